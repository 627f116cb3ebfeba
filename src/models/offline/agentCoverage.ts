import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import { lightStem } from '../../routing/lightStem.ts';
import { isStopword, tokenize } from '../../routing/textFeatures.ts';
import { isSalutation } from './askedQuestions.ts';
import type { ConversationView } from './conversationView.ts';
import { idleReply } from './responseTemplates.ts';

/**
 * Whether a specialist covers what a customer asked: the router sends every message somewhere, and an
 * off-script question ("do you do wedding hair trials at the venue?") can land on a specialist that
 * only shares a word of the trade with it. Greeting such a customer with the specialist's own slot
 * question ("what colour are you thinking of?") ignores what they said; saying what the agent does and
 * offering a person does not guess (issue #23).
 *
 * What an agent covers is the words of its handoff description, routing examples, tools (a desk's
 * with its agent's examples) and its own questions, less the words every specialist of the graph
 * shares ("hair" at a salon, "home" at an estate agency) unless its handoff description names them.
 */

/** Words that carry no request ("I need…", "can you…"), beyond the router's stopwords. */
const FILLERS = new Set(
  'need want get like know help please don thank thanks yes yeah yep okay hello hey hiya'.split(' '),
);

/** A request is covered when more than this share of its content words are the agent's own. */
const MIN_COVERED_SHARE = 0.25;

function contentWords(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter((w) => w.length >= 3 && !isStopword(w) && !FILLERS.has(w) && !/\d/.test(w))
      .map(lightStem),
  );
}

function agentWords(graph: NormalizedGraph, agent: NormalizedAgent): Set<string> {
  const responses = agent.responses;
  const texts = [
    agent.handoffDescription ?? '',
    ...(agent.examples ?? []),
    ...agent.tools.map((t) => t.description ?? ''),
    ...(agent.agentTools ?? []).flatMap((t) => [
      t.description,
      ...(graph.byName.get(t.agent)?.examples ?? []),
    ]),
    ...Object.values(responses?.askFor ?? {}),
    responses?.greeting ?? '',
    responses?.fallback ?? '',
  ];
  return contentWords(texts.join(' '));
}

const distinctiveWords = new WeakMap<NormalizedGraph, Map<string, Set<string>>>();

/** Each specialist's words that not every specialist of the graph has (computed once per graph). */
function distinctiveWordsOf(graph: NormalizedGraph): Map<string, Set<string>> {
  const cached = distinctiveWords.get(graph);
  if (cached) return cached;
  const specialists = graph.agents.filter((a) => !a.human && a.name !== graph.entry);
  const words = new Map(specialists.map((a) => [a.name, agentWords(graph, a)]));
  const agentsWith = new Map<string, number>();
  for (const set of words.values()) for (const w of set) agentsWith.set(w, (agentsWith.get(w) ?? 0) + 1);
  // The handoff description is the agent's declared scope: its words count even when shared.
  const distinct = new Map(
    specialists.map((a) => [
      a.name,
      new Set([
        ...[...(words.get(a.name) ?? [])].filter((w) => (agentsWith.get(w) ?? 0) < specialists.length),
        ...contentWords(a.handoffDescription ?? ''),
      ]),
    ]),
  );
  distinctiveWords.set(graph, distinct);
  return distinct;
}

/**
 * Whether `agent` covers `text`. The entry agent and people cover everything (they take what nobody
 * else does); so does a message with no content words ("hi", "yes").
 */
export function coversRequest(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  text: string,
): boolean {
  if (!agent || agent.human || agent.name === graph.entry) return true;
  const own = distinctiveWordsOf(graph).get(agent.name);
  const words = [...contentWords(text)];
  if (!own || words.length === 0) return true;
  return words.filter((w) => own.has(w)).length > words.length * MIN_COVERED_SHARE;
}

/**
 * "hello", "hi there!": a greeting and nothing else deserves the greeting back. "hi my electricity bill
 * doubled" brought something the agent keeps without serving it: that deserves what the agent can help
 * with, not "what can I help you with today?".
 */
function onlyGreets(text: string): boolean {
  if (!isSalutation(text)) return false;
  const rest = tokenize(text).slice(1);
  return rest.filter((w) => !isStopword(w) && !GREETING_FILLERS.has(w)).length === 0;
}
const GREETING_FILLERS = new Set([
  'there',
  'all',
  'everyone',
  'folks',
  'team',
  'morning',
  'afternoon',
  'evening',
  'day',
]);

/**
 * Greeting on a first reply to a greeting (or on arriving at a specialist with a request it covers),
 * never twice; otherwise the fallback or a clarifying question: "what's the weather" deserves "I can
 * help with…", not "hi", and an uncovered request what the agent does rather than its own question.
 */
export function idleTurnReply(
  graph: NormalizedGraph,
  agentName: string,
  view: ConversationView,
  enabledHandoffs: string[],
  text: string | undefined,
): string {
  const agent = graph.byName.get(agentName);
  const greeting = agent?.responses?.greeting?.trim();
  const greeted = greeting !== undefined && view.assistantTexts.some((t) => t.trim() === greeting);
  const invited =
    text === undefined ||
    onlyGreets(text) ||
    (view.arrivedByHandoff && agentName !== graph.entry && coversRequest(graph, agent, text));
  return idleReply({
    graph,
    agentName,
    enabledHandoffs,
    firstReply: !view.agentHasReplied && !greeted && invited,
  });
}
