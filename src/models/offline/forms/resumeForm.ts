import type { AgentInputItem } from '@openai/agents-core';
import type { NormalizedAgent, NormalizedGraph } from '../../../graph/types.ts';
import { createAgentRouter, DEFAULT_ROUTER_THRESHOLD } from '../../../routing/agentRouter.ts';
import { tokenize } from '../../../routing/textFeatures.ts';
import { findPropertyValue } from '../argumentExtraction.ts';
import { askableProperties, recognizeQuestion } from '../askedQuestions.ts';
import { messageText, parseOutput } from '../conversationView.ts';
import { describeProperty } from '../propertyKinds.ts';
import { jsonSchemaOf } from '../referenceOwner.ts';
import { namesAction, namesObject } from '../toolActions.ts';
import { onlyCourtesy } from './closing.ts';
import { isCancel, isQuestion } from './digressions.ts';
import { requestClauses } from './statedReason.ts';

/**
 * Returning to a form interrupted by a question another agent answered. TourBooker asks "May I have
 * your full name?", the customer asks "is Maplewood good for schools?" (routed to
 * NeighborhoodExplainer, which answers), then says "Lena Ortiz": that is the answer to TourBooker's
 * question, not a new request for whoever holds the conversation now. The model keeps no memory, so
 * the interruption is read from the input: who said what follows from the transfers in it.
 *
 * The agent holding the conversation passes such a reply back to the agent that asked; that agent
 * then reads the conversation as if the reply had come straight after its question (the aside and
 * the transfers are left out of its view), so its form, offer or read-back continues as usual.
 */

type Item = Record<string, any>;

/** A reply that reads as an answer to a pending question, not a request of its own. */
const MAX_ANSWER_WORDS = 8;

type Said = { index: number; agent: string; text: string };

/** Who said each assistant message (before any transfer the entry agent speaks), and the user turns. */
function speakers(graph: NormalizedGraph, items: Item[]): { said: Said[]; users: number[] } {
  const said: Said[] = [];
  const users: number[] = [];
  let speaker = graph.entry;
  items.forEach((item, index) => {
    const to = transferTo(item);
    if (to) speaker = to;
    else if (isMessage(item, 'user')) users.push(index);
    else if (isMessage(item, 'assistant')) said.push({ index, agent: speaker, text: messageText(item) });
  });
  return { said, users };
}

/**
 * "Okay, good to know. So yeah, Saturday at eleven is good.": the aside's answer taken in, then the
 * reply to the question it interrupted. Only what follows counts towards the reply's length, and only
 * after a sentence of its own: "yeah close it on out, the reason's i'm retirin" is all one reply.
 */
const TAKEN_IN =
  /^(?:(?:ok(?:ay)?|alright|all right|right|great|cool|perfect|nice|lovely|brilliant|awesome|thanks?|thank you|good to know|that helps|that'?s helpful|got it|i see|makes sense|yeah)\b[\s,]*)+[.!]+\s*/i;

/**
 * The agent whose question the reply at `users[k]` answers, when the message before it was an aside
 * that other agents answered (and their answer asked nothing of its own: a reply to their question
 * belongs to them).
 */
function askerOf(graph: NormalizedGraph, items: Item[], said: Said[], users: number[], k: number) {
  const reply = messageText(items[users[k]]).replace(TAKEN_IN, '');
  const aside = users[k - 1];
  if (
    aside === undefined ||
    isQuestion(reply) ||
    reply.split(/\s+/).filter(Boolean).length > MAX_ANSWER_WORDS
  )
    return undefined;
  // "actually forget that, how do I upgrade to Scale?": the form was given up, nothing to go back to.
  if (isCancel(messageText(items[aside]))) return undefined;
  const question = said.filter((s) => s.index < aside).at(-1);
  const answers = said.filter((s) => s.index > aside && s.index < users[k]);
  // A question may be followed by what helps answer it ("What time? Viewings run from 9:00 to 18:30…").
  if (!question || answers.length === 0 || !question.text.includes('?')) return undefined;
  const asker = graph.byName.get(question.agent);
  if (!asker || asker.human || asker.name === graph.entry) return undefined;
  if (answers.some((a) => a.agent === question.agent)) return undefined;
  // The aside's answer asked something of its own ("Which one are you curious about?"): a reply to it
  // belongs to it, unless the reply is a value of the very kind the interrupted question asked ("11am"
  // after TourBooker's "What time?").
  if (answers.at(-1)?.text.includes('?') && !givesTypedValue(asker, question.text, reply)) return undefined;
  return asker.name;
}

/** Kinds of value a reply cannot give by accident: "11am" is a time for whoever asked for one. */
const TYPED = new Set(['time', 'date', 'phone', 'email', 'reference', 'money']);

/** The reply gives, by its shape, the value `asker`'s question (`asked`, its words) asked for. */
function givesTypedValue(asker: NormalizedAgent, asked: string, reply: string): boolean {
  const schemas = asker.tools.map((t) => jsonSchemaOf(t));
  const question = recognizeQuestion(
    asker,
    askableProperties(
      asker,
      schemas.map((parameters) => ({ parameters })),
    ),
    asked,
  );
  if (question?.kind !== 'argument') return false;
  const schema = schemas.find((js) => question.property in (js.properties ?? {}));
  const raw = schema?.properties?.[question.property];
  if (!schema || !raw || !TYPED.has(describeProperty(question.property, raw).kind)) return false;
  return findPropertyValue(schema, question.property, reply, new Date()) !== undefined;
}

/** The agent whose question the latest message answers after an aside another agent answered. */
function interruptedQuestion(graph: NormalizedGraph, input: string | AgentInputItem[]): string | undefined {
  if (typeof input === 'string') return undefined;
  const { said, users } = speakers(graph, input as Item[]);
  return users.length < 2 ? undefined : askerOf(graph, input as Item[], said, users, users.length - 1);
}

/**
 * The input as `agentName` reads it: every aside another agent answered between one of its questions
 * and the reply to it is left out, with the transfers that brought the reply back, so the reply pairs
 * with the question (this turn's and earlier ones': "Lena Ortiz" stays the name two turns later).
 */
export function withoutAsides(
  graph: NormalizedGraph,
  agentName: string,
  input: string | AgentInputItem[],
): string | AgentInputItem[] {
  if (typeof input === 'string') return input;
  const items = input as Item[];
  const { said, users } = speakers(graph, items);
  const drop = new Set<number>();
  for (let k = 1; k < users.length; k++) {
    if (askerOf(graph, items, said, users, k) !== agentName) continue;
    // An earlier reply counts only if the asker took it (spoke next); the latest one is ours to take.
    const next = said.find((s) => s.index > users[k]);
    if (next && next.agent !== agentName) continue;
    for (let i = users[k - 1]; i < users[k]; i++) drop.add(i);
    for (let i = users[k] + 1; i < items.length && isTransferItem(items, i); i++) drop.add(i);
  }
  return drop.size === 0 ? input : (items.filter((_, i) => !drop.has(i)) as AgentInputItem[]);
}

/** A transfer's call or its result (the SDK's handoff items). */
function isTransferItem(items: Item[], i: number): boolean {
  const item = items[i];
  if (transferTo(item)) return true;
  return (
    item.type === 'function_call' &&
    items.some((r) => r.callId === item.callId && transferTo(r) !== undefined)
  );
}

/**
 * The handoff that passes the customer's reply back to the agent whose question it answers, unless the
 * router is very sure the reply is a request for someone else (`confidence`: as for routing right after
 * a question, ARRIVAL_ROUTING_CONFIDENCE).
 */
export function handoffToAsker(input: {
  graph: NormalizedGraph;
  agentName: string;
  input: string | AgentInputItem[];
  text: string;
  enabledHandoffs: readonly string[];
  routerThreshold?: number;
  confidence: number;
}): { toolName: string; args: { reason: string; intent: string } } | undefined {
  const { graph, agentName, text, enabledHandoffs } = input;
  // "thanks bye" answers nobody's question: it was taken back to the form, which asked again.
  if (onlyCourtesy(text)) return undefined;
  const asker = interruptedQuestion(graph, input.input);
  if (!asker || asker === agentName || enabledHandoffs.length === 0) return undefined;
  // "please refund it" to Billing, which has just shown the invoice asked about on the side of the sales
  // desk's question: a change this agent makes, asked for by its action (or by its object, in a request),
  // is a request of its own (it was taken back to the sales desk, which answered with what it can do). A
  // bare value ("the Growth plan") still answers the question it was asked for.
  const words = tokenize(text);
  const asksForIt = (tool: string) =>
    namesAction(words, tool) || (namesObject(words, tool) && requestClauses(text).length > 0);
  if (graph.byName.get(agentName)?.tools.some((t) => t.sideEffect && asksForIt(t.name))) return undefined;
  const threshold = input.routerThreshold ?? DEFAULT_ROUTER_THRESHOLD;
  const route = createAgentRouter(graph, agentName, { threshold }).route(text, [...enabledHandoffs]);
  const elsewhere =
    route.decision === 'handoff' &&
    route.target !== asker &&
    // a handback to the entry agent is the way to the asker, not a new request
    route.target !== graph.entry &&
    route.confidence >= input.confidence;
  const toolName = elsewhere ? undefined : edgeTowards(graph, agentName, asker, enabledHandoffs);
  return toolName
    ? { toolName, args: { reason: 'answers an interrupted question', intent: 'form.resume' } }
    : undefined;
}

/**
 * The handoff that takes the reply back towards the agent that asked: straight there when this agent
 * has an edge to it, else back to the entry agent, which then passes it on (one reroute: a handback
 * and the entry agent's routing of the same message count once). A desk on a ladder has no edge to
 * the entry ("wait, how much do I owe?" asked while the Scheduler's openings waited reached Billing,
 * whose only way out is its lead): the reply then goes up the edge that leads to the asker in the
 * fewest handoffs, and each agent on the way passes it on the same way.
 */
function edgeTowards(
  graph: NormalizedGraph,
  from: string,
  target: string,
  enabledHandoffs: readonly string[],
): string | undefined {
  const edges = graph.byName.get(from)?.handoffs ?? [];
  const usable = edges.filter((e) => enabledHandoffs.includes(e.toolName));
  if (from === graph.entry) return usable.find((e) => e.to === target)?.toolName;
  const direct = usable.find((e) => e.to === target) ?? usable.find((e) => e.to === graph.entry);
  if (direct) return direct.toolName;
  const nearest = usable
    .map((e) => ({ edge: e, hops: handoffsBetween(graph, e.to, target, from) }))
    .filter((c) => c.hops !== undefined)
    .sort((a, b) => (a.hops ?? 0) - (b.hops ?? 0))[0];
  return nearest?.edge.toolName;
}

/** The fewest handoffs from `start` to `target` that never pass through `avoid`, if any way exists. */
function handoffsBetween(
  graph: NormalizedGraph,
  start: string,
  target: string,
  avoid: string,
): number | undefined {
  const seen = new Set([start, avoid]);
  let frontier = [start];
  for (let hops = 0; frontier.length > 0; hops++) {
    if (frontier.includes(target)) return hops;
    const next: string[] = [];
    for (const name of frontier)
      for (const edge of graph.byName.get(name)?.handoffs ?? [])
        if (!seen.has(edge.to) && !graph.byName.get(edge.to)?.human) {
          seen.add(edge.to);
          next.push(edge.to);
        }
    frontier = next;
  }
  return undefined;
}

function transferTo(item: Item): string | undefined {
  if (item.type !== 'function_call_result') return undefined;
  const output = parseOutput(item.output);
  return output && typeof output === 'object' && typeof (output as Item).assistant === 'string'
    ? (output as Item).assistant
    : undefined;
}

function isMessage(item: Item, role: 'user' | 'assistant'): boolean {
  return (item.type === undefined || item.type === 'message') && item.role === role;
}
