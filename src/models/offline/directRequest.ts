import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import type { AgentRouter, RouteDecision } from '../../routing/agentRouter.ts';
import { isQuestion } from './forms/digressions.ts';
import { frontDeskOwner } from './frontDeskOwner.ts';
import type { FunctionTool } from './modelItems.ts';
import { actionOwner, toolDocsOf } from './routeAsides.ts';
import { MIN_TOOL_SIMILARITY, matchTool, scoreTools } from './toolMatcher.ts';

/**
 * A message that says the situation and then asks for something: "I'm thinking about selling my place
 * in Maplewood, could somebody phone me?". The router reads the whole message (selling → the seller
 * desk), but what the customer asks is the question at its end, and their next replies answer that
 * (a name, a number). When that question is what another agent's data-changing tool does (record a
 * call back), and fits it at least twice as well as anything of ours, the message goes to that agent.
 */

/** How much better the other agent's tool must fit the question than ours. */
const CLEARLY_BETTER = 2;

/** The question a message ends its request with, when something else was said before it. */
export function directRequest(text: string): string | undefined {
  const clauses = text.match(/[^,.;!?]+[,.;!?]*/g)?.map((c) => c.trim()) ?? [];
  const asks = clauses.map((c) => c.replace(/[,.;]+$/, '')).filter((c, i) => i > 0 && c.endsWith('?'));
  const ask = asks.at(-1);
  return ask && isQuestion(ask) ? ask : undefined;
}

/** The handoff to the agent whose data-changing tool does what the message's closing question asks. */
export function directRequestOwner(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  text: string,
  enabledHandoffs: readonly string[],
  /**
   * Also through the way back to the front desk, to a desk the front desk hands to: "…Could an agent
   * phone me? I'm Edna Lowry, 555-0136." said while the mortgage desk asked a home's price (it has no
   * edge to the call-back desk, and the form's question was asked again).
   */
  throughEntry = false,
) {
  const ask = directRequest(text);
  if (!agent || !ask) return undefined;
  const ours = scoreTools(ask, toolDocsOf(graph, agent))[0]?.score ?? 0;
  for (const edge of agent.handoffs) {
    const target = graph.byName.get(edge.to);
    if (!enabledHandoffs.includes(edge.toolName) || edge.system || !target || target.human) continue;
    const beyond =
      throughEntry && target.name === graph.entry
        ? target.handoffs.flatMap((e) => {
            const desk = graph.byName.get(e.to);
            return !e.system && desk && !desk.human && desk.name !== agent.name ? [desk] : [];
          })
        : [];
    const docs = [target, ...beyond].flatMap((a) => toolDocsOf(graph, a));
    const match = matchTool(ask, docs, { threshold: MIN_TOOL_SIMILARITY });
    if (!match || !docs.find((d) => d.name === match.name)?.sideEffect) continue;
    if (match.score < ours * CLEARLY_BETTER) continue;
    return {
      toolName: edge.toolName,
      args: {
        reason: `Customer asks "${ask}", which ${edge.to} does`,
        intent: `${edge.to.toLowerCase()}.action`,
      },
    };
  }
  return undefined;
}

/**
 * The agent that does what the message asks, when not this one: its action named, its closing question,
 * or the front desk's reading of it (frontDeskOwner.ts).
 */
export function requestOwner(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  text: string,
  tools: readonly FunctionTool[],
  enabledHandoffs: readonly string[],
  /**
   * The message was handed to this agent this turn (an agent that weighed it sent it here), or it
   * replies to a question a tool of ours asked ("the toner one" to "Which one do you mean?").
   */
  held = false,
) {
  return (
    actionOwner(graph, agent, text, tools, enabledHandoffs) ??
    directRequestOwner(graph, agent, text, enabledHandoffs) ??
    (held ? undefined : frontDeskOwner(graph, agent, text, enabledHandoffs))
  );
}

/**
 * "My doctor wants me to get an MRI of my knee. Will my insurance cover that?": the question a message
 * closes with is what is asked. When the router is very sure that question is ours, one of our tools serves
 * it (the insurance desk), and the whole message went elsewhere less surely (the knee, to the clinical
 * line), the closing question's route (stay) decides, as a request clause's does. Not when the whole is
 * sure: "I'm allergic to sulfa, is that in my record?" is the allergy's; "is that in my record?" only says
 * where to look.
 */
export function closingQuestionKept(
  graph: NormalizedGraph,
  agentName: string,
  text: string,
  router: AgentRouter,
  enabledHandoffs: readonly string[],
  whole: RouteDecision,
  /** How sure counts as very sure (the arrival confidence). */
  sure: number,
): RouteDecision | undefined {
  const closing = whole.confidence < sure ? directRequest(text) : undefined;
  if (closing === undefined) return undefined;
  const route = router.route(closing, enabledHandoffs);
  const served =
    (scoreTools(closing, toolDocsOf(graph, graph.byName.get(agentName)))[0]?.score ?? 0) >=
    MIN_TOOL_SIMILARITY;
  return route.decision === 'stay' && route.confidence >= sure && served ? route : undefined;
}
