import { isRungBelow } from '../../graph/ladder.ts';
import type { NormalizedAgent, NormalizedEdge, NormalizedGraph } from '../../graph/types.ts';
import { checkHandoff, type PolicyView } from '../../policy/handoffPolicy.ts';
import { createAgentRouter, DEFAULT_ROUTER_THRESHOLD } from '../../routing/agentRouter.ts';
import { tokenize } from '../../routing/textFeatures.ts';
import type { SwitchboardTool } from '../../tools/defineTool.ts';
import type { JsonSchema } from './argumentExtraction.ts';
import { inToolWords } from './customerWords.ts';
import { isQuestion } from './forms/digressions.ts';
import type { FunctionTool } from './modelItems.ts';
import { nearestAgents } from './nearestAgents.ts';
import { describeProperty } from './propertyKinds.ts';
import { jsonSchemaOf, referenceOwner } from './referenceOwner.ts';
import {
  changesItsObject,
  MIN_TOOL_SIMILARITY,
  matchTool,
  namesAction,
  namesActionOnObject,
  namesChangeOfRecord,
  scoreTools,
  type ToolDoc,
} from './toolMatcher.ts';

/**
 * Two transfers the offline model makes outside the router's usual decision: to the escalation when
 * the handoff cap hides the edge a request needs, and to the agent that does an action this one
 * cannot ("move my booking" asked of Booking).
 */

type Transfer = { toolName: string; args: { reason: string; intent: string | null }; confidence?: number };

/**
 * When the policy hides edges because the handoff cap is reached: the hidden edge the message clearly
 * routes to, if any. Calling it makes the governed model escalate deterministically (with its
 * `policy.tripped` event) instead of this agent answering what it does not cover. Edges hidden for
 * another reason (ping-pong, a closed gate) are not returned: those are answered by this agent.
 */
export function cappedRoute(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  text: string,
  enabledHandoffs: readonly string[],
  view: PolicyView<any> | undefined,
  routerThreshold: number | undefined,
): Transfer | undefined {
  const edges = agent?.handoffs ?? [];
  if (!agent || !view || edges.every((e) => enabledHandoffs.includes(e.toolName))) return undefined;
  const threshold = routerThreshold ?? DEFAULT_ROUTER_THRESHOLD;
  const route = createAgentRouter(graph, agent.name, { threshold }).route(
    text,
    edges.map((e) => e.toolName),
  );
  const edge = edges.find((e) => e.toolName === route.toolName);
  if (route.decision !== 'handoff' || !edge || enabledHandoffs.includes(edge.toolName)) return undefined;
  const verdict = checkHandoff(graph.policy, edge, view);
  if (verdict.allow || verdict.remedy !== 'escalate') return undefined;
  return {
    toolName: edge.toolName,
    args: { reason: route.reason, intent: route.intent },
    confidence: route.confidence,
  };
}

/** The handoff to the agent whose data-changing tool does the action the message names, if not ours. */
export function actionOwner(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  text: string,
  tools: readonly FunctionTool[],
  enabledHandoffs: readonly string[],
): Transfer | undefined {
  // In tools' words: "can I pop in tomorrow?" asks to book.
  const words = tokenize(inToolWords(text));
  const ours = (name: string) => agent?.tools.find((t) => t.name === name)?.sideEffect === true;
  if (tools.some((t) => ours(t.name) && namesAction(words, t.name))) return undefined;
  const doesIt = (name: string) =>
    graph.byName
      .get(name)
      ?.tools.some((t) => t.sideEffect && (namesAction(words, t.name) || changesItsObject(words, t.name))) ===
    true;
  const usable = (agent?.handoffs ?? []).filter((e) => enabledHandoffs.includes(e.toolName));
  // Further than a neighbour only when nothing of ours fits the message ("I want to sell 1420 birch lane,
  // cannot wait to move" is the sellers' desk's, whatever "move" names two steps away).
  const oursFits = (scoreTools(text, toolDocsOf(graph, agent))[0]?.score ?? 0) >= MIN_TOOL_SIMILARITY;
  const further = agent && !oursFits ? firstStepToSoleDoer(graph, agent, usable, doesIt) : undefined;
  const edge = usable.find((e) => doesIt(e.to)) ?? further;
  if (!edge) return undefined;
  return {
    toolName: edge.toolName,
    args: {
      reason: `Customer asks "${text}", which ${edge.to} does`,
      intent: `${edge.to.toLowerCase()}.action`,
    },
  };
}

/**
 * "I'd like to close our account please. It's ACC-1006, Kim Legal Partners." left the front desk's router
 * unsure (the polite words and the company spread it over three desks), and the caller heard the menu.
 * The action and its object said together name one desk's change (`close_account`): when exactly one
 * neighbour makes it, the message goes there. Only for a router that was unsure, never for one that kept
 * the message as off-topic.
 */
export function soleActionOwner(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  text: string,
  enabledHandoffs: readonly string[],
): Transfer | undefined {
  const words = tokenize(inToolWords(text));
  const edges = (agent?.handoffs ?? []).filter((e) => {
    const target = graph.byName.get(e.to);
    return (
      enabledHandoffs.includes(e.toolName) &&
      !e.system &&
      target !== undefined &&
      !target.human &&
      target.tools.some(
        (t) =>
          t.sideEffect &&
          (namesActionOnObject(words, t.name, enumValuesOf(t)) ||
            namesChangeOfRecord(words, t.name, recordWordsOf(t))),
      )
    );
  });
  if (edges.length !== 1) return undefined;
  return {
    toolName: edges[0].toolName,
    args: {
      reason: `Customer asks "${text}", which ${edges[0].to} does`,
      intent: `${edges[0].to.toLowerCase()}.action`,
    },
  };
}

/**
 * "can we get her in tomorrow then?" said to the nurse line, whose booking desk is two steps away (up to
 * the clinical lead, down to scheduling): no neighbour books, so the first step towards the one agent
 * that does, the nearest by handoffs, when exactly one is nearest. Never through a person.
 */
function firstStepToSoleDoer(
  graph: NormalizedGraph,
  agent: NormalizedAgent,
  usable: readonly NormalizedEdge[],
  doesIt: (name: string) => boolean,
): NormalizedEdge | undefined {
  const firstSteps = usable.filter((e) => !e.system && !graph.byName.get(e.to)?.human);
  const doers = nearestAgents(graph, agent.name, firstSteps, doesIt);
  return doers.length === 1 ? doers[0].edge : undefined;
}

/** An agent's tools as the tool matcher sees them; a desk it consults carries its agent's examples. */
export function toolDocsOf(graph: NormalizedGraph, agent: NormalizedAgent | undefined): ToolDoc[] {
  if (!agent) return [];
  return [
    ...agent.tools.map((t) => ({ name: t.name, description: t.description ?? '', sideEffect: t.sideEffect })),
    ...(agent.agentTools ?? []).map((t) => ({
      name: t.toolName,
      description: t.description,
      examples: graph.byName.get(t.agent)?.examples ?? [],
    })),
  ];
}

/**
 * The handoff to the agent one of whose tools serves a request this agent has no tool for ("what
 * appointments do I have coming up?" asked of Clinical, after a refill): better than a fallback that
 * asks the customer to start again. Only read-only matches: a change is asked for by its action.
 * Failing that, the way towards the agent that looks up a reference the message names (referenceOwner.ts).
 * `arrived`: the message was handed to this agent this turn: only down a lead's own ladder.
 */
export function toolOwner(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  text: string,
  enabledHandoffs: readonly string[],
  arrived = false,
): Transfer | undefined {
  // A look-up we have ourselves is no reason to move: had it fitted, it would have run here. Without
  // this, a salon complaint that mentions "my appointment" went from CustomerService to
  // ColorConsultation for the `get_booking` both of them have.
  const ours = new Set(toolDocsOf(graph, agent).map((d) => d.name));
  for (const edge of agent?.handoffs ?? []) {
    const target = graph.byName.get(edge.to);
    if (!enabledHandoffs.includes(edge.toolName) || edge.system || !target || target.human) continue;
    // Just handed this message by a router that weighed every agent's examples: a neighbour's tool
    // description matching a topic word ("cut", "quoted") is weaker evidence than that decision (salon's
    // "not happy with my fringe, she cut it crooked" went FrontDesk → CustomerService → Booking for its
    // price list). A lead still passes it down its own ladder, and a reference only a neighbour looks
    // up still moves it (referenceOwner.ts).
    if (arrived && agent && !isRungBelow(graph, agent.name, edge.to)) continue;
    const docs = toolDocsOf(graph, target);
    const match = matchTool(text, docs, { threshold: MIN_TOOL_SIMILARITY });
    if (!match || ours.has(match.name) || docs.find((d) => d.name === match.name)?.sideEffect) continue;
    return {
      toolName: edge.toolName,
      args: {
        reason: `Customer asks "${text}", which ${edge.to} can look up`,
        intent: `${edge.to.toLowerCase()}.lookup`,
      },
    };
  }
  // A reference ("CLM-7003") whose look-up is further away: one step towards it.
  return referenceOwner(graph, agent, text, enabledHandoffs);
}

const othersDocs = new WeakMap<NormalizedGraph, Map<string, ToolDoc[]>>();

/** The function tools of every agent of the graph but `agentName` (once per graph and agent). */
export function otherAgentsToolDocs(graph: NormalizedGraph, agentName: string): ToolDoc[] {
  const byAgent = othersDocs.get(graph) ?? new Map<string, ToolDoc[]>();
  othersDocs.set(graph, byAgent);
  let docs = byAgent.get(agentName);
  if (!docs) {
    docs = graph.agents
      .filter((a) => a.name !== agentName)
      .flatMap((a) => a.tools.map((t) => ({ name: t.name, description: t.description ?? '' })));
    byAgent.set(agentName, docs);
  }
  return docs;
}

/** How much better another agent's look-up must fit a question than ours to send the question there. */
const CLEARLY_BETTER = { ratio: 2, margin: 0.25 };

/**
 * The handoff to an agent one of whose read-only tools (or desks) fits the customer's question clearly
 * better than anything of ours: "do you take Aetna?" asked of Clinical shares a word with its
 * medication list ("take"), but the Receptionist's insurance desk is about it. Without this the weak
 * match runs and the question gets an answer to something else.
 */
export function betterServedBy(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  text: string,
  enabledHandoffs: readonly string[],
): Transfer | undefined {
  if (!agent || !isQuestion(text)) return undefined;
  const ours = scoreTools(text, toolDocsOf(graph, agent))[0]?.score ?? 0;
  for (const edge of agent.handoffs) {
    const target = graph.byName.get(edge.to);
    if (!enabledHandoffs.includes(edge.toolName) || edge.system || !target || target.human) continue;
    const docs = toolDocsOf(graph, target);
    const readOnly = (name: string) => docs.find((d) => d.name === name)?.sideEffect !== true;
    const theirs = scoreTools(text, docs).find((m) => readOnly(m.name))?.score ?? 0;
    if (
      theirs >= MIN_TOOL_SIMILARITY &&
      theirs >= ours * CLEARLY_BETTER.ratio &&
      theirs - ours >= CLEARLY_BETTER.margin
    )
      return {
        toolName: edge.toolName,
        args: {
          reason: `Customer asks "${text}", which ${edge.to} can answer`,
          intent: `${edge.to.toLowerCase()}.lookup`,
        },
      };
  }
  // "wait, before that, how much do I owe on AC-2001?" asked while the Scheduler waits for a pick: the
  // balance desk is three steps away, and the openings were said again as if nothing had been asked.
  // Not when the question asks for what this desk's own tool does: "the elm street one looks nice, can an
  // agent call me about it?" names a listing, and the call-back desk sent it off to the listing's look-up.
  return ours >= MIN_TOOL_SIMILARITY ? undefined : referenceOwner(graph, agent, text, enabledHandoffs);
}

/** What a tool's arguments call the record it changes: `viewingDescription` → viewing. */
function recordWordsOf(tool: SwitchboardTool): string[] {
  const properties: Record<string, JsonSchema> = jsonSchemaOf(tool).properties ?? {};
  return Object.keys(properties).flatMap((name) => /^([a-z]+)Description$/.exec(name)?.[1] ?? []);
}

/** The values a tool takes from fixed sets (its schema's enums): "Starter", "Growth", "Scale". */
function enumValuesOf(tool: SwitchboardTool): string[] {
  const properties: Record<string, JsonSchema> = jsonSchemaOf(tool).properties ?? {};
  return Object.entries(properties).flatMap(([name, raw]) => describeProperty(name, raw).enum ?? []);
}
