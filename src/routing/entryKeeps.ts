import type { ThingDomain } from './foreignThings.ts';
import { messageForTheirOwnPeople, reminderForThemselves } from './personalErrands.ts';

/**
 * At most this share of a message recognised by the router, and at most this share of its English words
 * the graph's own or their kin: the router is guessing from what little it knows ("what's the minimum
 * payment on my visa" → a clinic's billing desk on "payment" alone).
 */
const UNFAMILIAR_SHARE = 1 / 3;
/** Fewest words foreign to the graph that make a message unfamiliar: one unknown word is no topic. */
const MIN_UNFAMILIAR_WORDS = 2;

export type EntryKeep = { kind: 'foreign' | 'unfamiliar'; terms: string[] };

/**
 * Why the entry agent keeps a message its router would hand to a specialist (issue #16), or null:
 * - it is about a thing another business deals in ("cancel my gym membership" at a software desk);
 * - it is a message for the customer's own people ("call my mom", personalErrands.ts), or a reminder of
 *   an errand of their own ("remind me to call the bank at 3");
 * - not one of its words is known to the router or kin to the graph;
 * - too little of it is this business's to trust the classifier: few words the router recognised, and
 *   of its English words at least two and most neither the graph's nor kin to them through WordNet. The
 *   second test spares in-scope messages in words the examples never used ("my eczema is flaring up
 *   again" at a clinic) and names ("i'm Marco Silva, call me").
 * Requests for a person are never kept: the caller decides (see the caller, agentRouter.ts).
 */
export function whyEntryKeeps(things: ThingDomain, text: string, recognized: number): EntryKeep | null {
  const foreign = things.foreignThingsOf(text);
  if (foreign.length > 0) return { kind: 'foreign', terms: foreign };
  const person = messageForTheirOwnPeople(things, text);
  if (person) return { kind: 'foreign', terms: [person] };
  const reminder = reminderForThemselves(things, text);
  if (reminder) return { kind: 'foreign', terms: [reminder] };
  if (recognized > UNFAMILIAR_SHARE) return null;
  const { own, unfamiliar, words } = things.domainProfile(withoutSelfIntroduction(text));
  // Not one word the router knows, nor one of the graph's kin ("how do you spell necessary" went to a
  // clinical lead at 0.73 on character n-grams alone): there is nothing to route on. A word kin to the
  // graph ("my eczema is flaring up again" at a clinic) leaves it to the router.
  if (recognized === 0 && own === 0 && words.length > 0)
    return { kind: 'unfamiliar', terms: unfamiliar.length > 0 ? unfamiliar : words };
  if (unfamiliar.length >= MIN_UNFAMILIAR_WORDS && own <= UNFAMILIAR_SHARE * (own + unfamiliar.length))
    return { kind: 'unfamiliar', terms: unfamiliar };
  return null;
}

/**
 * "I'm Jonah Fischer, 555-0142. Cancel my viewing on the 14th please": the caller's name, capitalised
 * after "I'm", "this is", "my name is" or before "here", is who speaks, not what about. Its two words,
 * unknown to the graph, had made the message "mostly unfamiliar", and the front desk kept it.
 */
const SELF_INTRODUCTION =
  /\b(?:i'?m|i am|this is|my name is|my name'?s|it'?s)\s+\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2}|^\W*\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){1,2}\s+here\b/giu;

function withoutSelfIntroduction(text: string): string {
  return text.replace(SELF_INTRODUCTION, ' ');
}
