import { isRungBelow } from '../../graph/ladder.ts';
import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import { lookupWord, supersenseOf } from '../../routing/wordNet.ts';
import { isQuestion } from './forms/digressions.ts';
import { requestClauses } from './forms/statedReason.ts';
import { namesSymptoms, statesIllHealth } from './illHealth.ts';
import type { Transfer } from './ownRecordDesk.ts';

/**
 * "nobody ever called me back about her results like you said you would, and now she has been vomiting
 * all afternoon" at the clinic's front desk, or "…now my son has been throwing up since dinner. I just
 * need someone to tell me what to do." at the after-hours clinical lead: the router kept it (its words
 * are the call back's), and the desk asked what was needed, or took a call back nobody asked for. Ill
 * health said to a desk that keeps the message, where exactly one of its handoffs goes down or across
 * (not to the front desk, not back to its lead) to a desk whose purpose names symptoms, goes there — unless the message asks this desk for something it does
 * (`asksHere`: a request clause one of its own tools takes, "can the on-call doctor call me back").
 */
/** A sentence of the message is a question. */
const asksSomething = (text: string) => text.split(/(?<=[.?!])\s+/).some((s) => isQuestion(s));

const ASKED_OF_US = /^\W*(?:can|could|would|will|please)\b/i;

export function symptomsDesk(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  text: string,
  enabledHandoffs: readonly string[],
  asksHere: (clause: string) => boolean,
): Transfer | undefined {
  // Only a statement: "why was I charged for the sinus infection visit?" asks about a bill, whatever it names.
  if (!agent || !statesIllHealth(text) || asksSomething(text)) return undefined;
  // Down or across, never back up: the nurse line's lead names symptoms too.
  const desks = agent.handoffs.filter((e) => {
    const target = graph.byName.get(e.to);
    return (
      enabledHandoffs.includes(e.toolName) &&
      !e.system &&
      target?.human !== true &&
      e.to !== graph.entry &&
      !isRungBelow(graph, e.to, agent.name) &&
      namesSymptoms(target?.handoffDescription ?? '')
    );
  });
  // What the message asks: its request clauses, and a clause asked of the desk ("can the on-call doctor
  // call me back…", "…didn't go down, can she or whoever's on call ring me back": not request clauses).
  const asking = [...requestClauses(text), ...text.split(/[,.;!?]\s*/).filter((c) => ASKED_OF_US.test(c))];
  if (desks.length !== 1 || asking.some(asksHere)) return undefined;
  // Nor an animal's or a plant's ("my dog has been limping since yesterday"). Not the router's "foreign"
  // (it keeps "…about her results…, and now she has been vomiting" as another business's).
  if (ownedCreature(text)) return undefined;
  const [edge] = desks;
  return {
    toolName: edge.toolName,
    args: { reason: `Customer describes symptoms: "${text}"`, intent: `${edge.to.toLowerCase()}.symptoms` },
  };
}

/** "my dog", "our cat", "my tomato plants": a creature the caller has, an animal or a plant in WordNet. */
function ownedCreature(text: string): boolean {
  const owned = [
    ...text.toLowerCase().matchAll(/\b(?:my|our|his|her|their)\s+([a-z]{3,})(?:\s+([a-z]{3,}))?/g),
  ];
  return owned
    .flatMap(([, first, second]) => [first, second].filter((w): w is string => w !== undefined))
    .some((word) => {
      // Its first two senses as a noun ("plants": a factory, then flora), unless the first is a person:
      // "kid" is first a child, only then a young goat.
      const nouns = (lookupWord(word, 2)?.synsets ?? []).filter((sense) => sense.pos === 'n');
      if (nouns.length === 0 || supersenseOf(nouns[0]) === 'noun.person') return false;
      return nouns.some((sense) => ['noun.animal', 'noun.plant'].includes(supersenseOf(sense)));
    });
}
