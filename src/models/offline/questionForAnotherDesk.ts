import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import { createAgentRouter, DEFAULT_ROUTER_THRESHOLD } from '../../routing/agentRouter.ts';
import { tokenize } from '../../routing/textFeatures.ts';
import { findPropertyValue, type JsonSchema, namedAnswer } from './argumentExtraction.ts';
import type { AskedQuestion } from './askedQuestions.ts';
import { STREET_ADDRESS_PROPERTY } from './entityExtractors.ts';
import { isQuestion } from './forms/digressions.ts';
import type { FunctionTool } from './modelItems.ts';
import { ASKS_PRICE, priceAside } from './priceAside.ts';
import { describeProperty } from './propertyKinds.ts';
import { otherAgentsToolDocs, toolDocsOf } from './routeAsides.ts';
import { POINTS_BACK } from './subjectWords.ts';
import { namesAction } from './toolActions.ts';
import { CLEARLY_BETTER_ELSEWHERE, MIN_TOOL_SIMILARITY, scoreTools } from './toolMatcher.ts';

/**
 * Values a reply is recognised as: a time, a date, a number, a reference… and a person's name (a name
 * finder reads "Ana Lima" from a reply). A question that gives none of it is plainly something else.
 * A reason or a company is not here: any words may be one ("Lee Media" answers "What's your company?").
 */
const TYPED_KINDS = new Set([
  'email',
  'phone',
  'date',
  'money',
  'reference',
  'time',
  'number',
  'enum',
  'person',
]);

/**
 * "just have someone call me", "can an agent ring me instead": said to the name question, the booking
 * held it as a name it could not read ("Sorry, I didn't catch that"), because only a question could
 * leave. Asking to be contacted instead is no value of the form either, and the call-back desk serves
 * it. "call me Dana" names the caller: the name question's finder reads it, so it stays an answer.
 */
const ASKS_TO_BE_CONTACTED =
  /\b(?:call|ring|phone|contact|text|email|e-mail)\s+(?:me|us)\b|\b(?:call|ring|phone)\s*back\b|\bcall-?back\b/i;

/**
 * "is there parking there?" while TourBooker asks the time: right after a question of ours the router
 * must be very sure (ARRIVAL_ROUTING_CONFIDENCE) before a message leaves, so that "Acme Ltd" stays an
 * answer. The handback scored 0.835 and the customer heard "Sorry, I didn't catch that" about a
 * question the form never asked. That bar guards answers; this message cannot be one:
 * - the form asks a value of a typed kind (a time, a date, a number…) and the message gives none;
 * - it is a question (or asks to be called instead), and no tool of this agent fits it (a price asked mid-booking fits the booking's
 *   own price list: that stays here, however sure the router is of the colour desk);
 * - someone else serves it: the front desk's router places it with another specialist ("actually can
 *   someone just call me" asked with the name: the call-back desk), or another agent's look-up fits it.
 * Such a question is routed at the usual threshold; the form resumes when its value is said next.
 */
export function questionForAnotherDesk(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  input: { asked: AskedQuestion | undefined; text: string; tools: readonly FunctionTool[]; now: Date },
): boolean {
  const { asked, text, tools, now } = input;
  if (!agent || asked?.kind !== 'argument' || !(isQuestion(text) || ASKS_TO_BE_CONTACTED.test(text)))
    return false;
  const schemas = tools
    .map((t) => (t.parameters ?? {}) as JsonSchema)
    .filter((s) => s.properties?.[asked.property] !== undefined);
  const typed = schemas.some((s) =>
    TYPED_KINDS.has(describeProperty(asked.property, s.properties[asked.property]).kind),
  );
  // A street address is free text, but it has a house number ("9 Cedar Court", "flat 2, 14 Mill"): a
  // question with no number is plainly no answer to "What's the street address of the home?".
  const address = STREET_ADDRESS_PROPERTY.test(asked.property);
  // Any words answer a free-text question ("Tell me what symptoms you're having"), but not a request for
  // another desk's change: "can we book her in tomorrow morning" asked the nurse line for a visit.
  if (!typed && !address) return asksAnotherDesksChange(graph, agent, text);
  if (
    address
      ? /\d/.test(text) || !leavesDesk(graph, agent, text)
      : !typed || schemas.some((s) => givesValue(s, asked.property, text, now))
  )
    return false;
  const ours = scoreTools(text, toolDocsOf(graph, agent))[0]?.score ?? 0;
  // "whats the property tax like around there btw" shares "property" with the viewing's booking (0.21,
  // just over the bar), but the area desk's look-up names property taxes: the better fit elsewhere wins.
  const theirs = scoreTools(text, otherAgentsToolDocs(graph, agent.name))[0]?.score ?? 0;
  if ((ours >= MIN_TOOL_SIMILARITY && ours >= theirs) || priceOfOurs(agent, asked.property, text, tools))
    return false;
  return placedByFrontDesk(graph, agent.name, text) || fitsAnotherLookUp(graph, agent.name, text);
}

/**
 * The entry agent's router, at the threshold it routes a first message with, sends the question to a
 * specialist other than `agentName` (not a person): the handback would not come straight back.
 */
function placedByFrontDesk(graph: NormalizedGraph, agentName: string, text: string): boolean {
  const entry = graph.byName.get(graph.entry);
  if (!entry || agentName === graph.entry) return false;
  const route = createAgentRouter(graph, entry.name, { threshold: DEFAULT_ROUTER_THRESHOLD }).route(
    text,
    entry.handoffs.map((e) => e.toolName),
  );
  const target = graph.byName.get(route.target ?? '');
  return route.decision === 'handoff' && target !== undefined && target.name !== agentName && !target.human;
}

/** The agent's own router hands the message on at its usual bar ("is it a good time to sell?" stays). */
function leavesDesk(graph: NormalizedGraph, agent: NormalizedAgent, text: string): boolean {
  const route = createAgentRouter(graph, agent.name, { threshold: DEFAULT_ROUTER_THRESHOLD }).route(
    text,
    agent.handoffs.map((e) => e.toolName),
  );
  return route.decision === 'handoff';
}

/**
 * The question says the action of another agent's data-changing tool (book, cancel…) and fits that tool
 * clearly better than anything of ours: "can we book her in tomorrow morning" fits the night line's
 * `book_slot` (0.198, just under the bar a request alone must clear) over the nurse line's protocol look-up
 * (0.114, "her" and "tomorrow"). The action said is what makes it a request.
 */
function asksAnotherDesksChange(graph: NormalizedGraph, agent: NormalizedAgent, text: string): boolean {
  const changes = new Set(
    graph.agents
      .filter((a) => a.name !== agent.name)
      .flatMap((a) => a.tools.filter((t) => t.sideEffect).map((t) => t.name)),
  );
  const [theirs] = scoreTools(text, otherAgentsToolDocs(graph, agent.name));
  const ours = scoreTools(text, toolDocsOf(graph, agent))[0]?.score ?? 0;
  return (
    theirs !== undefined &&
    changes.has(theirs.name) &&
    theirs.score > CLEARLY_BETTER_ELSEWHERE * ours &&
    namesAction(tokenize(text), theirs.name)
  );
}

/** A read-only tool of another agent fits the question as a request would. */
function fitsAnotherLookUp(graph: NormalizedGraph, agentName: string, text: string): boolean {
  const readOnly = new Set(
    graph.agents
      .filter((a) => a.name !== agentName)
      .flatMap((a) => a.tools.filter((t) => !t.sideEffect).map((t) => t.name)),
  );
  const best = scoreTools(text, otherAgentsToolDocs(graph, agentName)).find((m) => readOnly.has(m.name));
  return (best?.score ?? 0) >= MIN_TOOL_SIMILARITY;
}

/**
 * The reply fills the property: its finder reads a value, or it is the name asked for ("Ana Lima").
 * A finder answers null when it read nothing it could use: "whats the property tax like around there
 * btw" to the viewing's time question gave null for the time, which counted as an answer, and the
 * customer heard "Sorry, I didn't catch that".
 */
function givesValue(schema: JsonSchema, property: string, text: string, now: Date): boolean {
  const given = (value: unknown) => value !== undefined && value !== null;
  return given(findPropertyValue(schema, property, text, now)) || given(namedAnswer(schema, property, text));
}

/**
 * "how much is balayage?" or "how much does that cost btw" while the booking asks the name: the
 * booking's own price list answers it (priceAside.ts), or it asks the price of what is being booked.
 * Either is ours, however sure the front desk is of the colour desk.
 */
function priceOfOurs(
  agent: NormalizedAgent,
  property: string,
  text: string,
  tools: readonly FunctionTool[],
): boolean {
  const changesData = (name: string) => agent.tools.find((t) => t.name === name)?.sideEffect === true;
  const forms = tools.filter(
    (t) => changesData(t.name) && ((t.parameters ?? {}) as JsonSchema).properties?.[property] !== undefined,
  );
  if (forms.length === 0) return false;
  if (ASKS_PRICE.test(text) && POINTS_BACK.test(text)) return true;
  return forms.some((form) => priceAside(text, form, tools, changesData) !== undefined);
}
