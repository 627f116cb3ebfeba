import { defineGraph, type Graph } from '../graph/defineGraph.ts';
import { type AgentSpec, HUMAN_AGENT, type NormalizedAgent, type ResponseTemplates } from '../graph/types.ts';
import type { TurnResult } from '../runtime/runTurn.ts';
import type { SwitchboardTool } from '../tools/defineTool.ts';

export const MEGA_AGENT = 'Assistant';

const MEGA_PREAMBLE =
  'You are the only assistant on this line and handle every topic yourself, with the tools below. ' +
  'Each section describes one area of work.';

/**
 * The "mega-agent" baseline: one agent holding every specialist's tools, instructions and examples,
 * built from the same graph, so routing through a triage agent can be compared with not routing at all.
 * It keeps the escalation edge to the built-in Human node, like every agent.
 */
export function buildMegaGraph(graph: Graph): Graph {
  const specialists = graph.agents.filter((a) => !a.human && a.name !== graph.entry);
  const entry = graph.byName.get(graph.entry)!;
  const tools = new Map<string, SwitchboardTool<any, any>>();
  for (const agent of specialists)
    for (const tool of agent.tools) if (!tools.has(tool.name)) tools.set(tool.name, tool);

  const mega: AgentSpec = {
    name: MEGA_AGENT,
    instructions: (state) =>
      [MEGA_PREAMBLE, ...specialists.map((a) => `## ${a.name}\n${instructionsOf(a, state)}`)].join('\n\n'),
    tools: [...tools.values()],
    examples: specialists.flatMap((a) => a.examples),
    responses: mergeResponses(entry, specialists),
  };
  const escalateTo = graph.byName.get(graph.policy.escalateTo)?.human ? graph.policy.escalateTo : HUMAN_AGENT;
  return defineGraph({
    name: `${graph.name}-mega`,
    description: `Mega-agent baseline of ${graph.name}`,
    entry: MEGA_AGENT,
    agents: [mega],
    context: graph.contextSchema,
    styleGuide: graph.styleGuide,
    policy: { ...graph.policy, escalateTo },
    safeReply: graph.safeReply,
    setupSql: graph.setupSql,
  });
}

/**
 * The agent a mega-agent turn "routed to": the specialist owning the first tool it called; the Human
 * node when it escalated; otherwise (no tool, e.g. a question back) the original graph's entry agent.
 */
export function megaRoutedAgent(graph: Graph): (result: TurnResult) => string {
  const owner = new Map<string, string>();
  for (const agent of graph.agents) {
    if (agent.name === graph.entry) continue;
    for (const tool of agent.tools) if (!owner.has(tool.name)) owner.set(tool.name, agent.name);
  }
  return (result) => {
    const first = result.toolCalls.find((call) => owner.has(call.tool));
    if (first) return owner.get(first.tool)!;
    if (graph.byName.get(result.agent)?.human) return result.agent;
    return graph.entry;
  };
}

function instructionsOf(agent: NormalizedAgent, state: unknown): string {
  return typeof agent.instructions === 'function' ? agent.instructions(state) : agent.instructions;
}

/** Per-tool templates and questions of every specialist; greeting and fallback of the entry agent. */
function mergeResponses(entry: NormalizedAgent, specialists: NormalizedAgent[]): ResponseTemplates {
  const responses: ResponseTemplates = {
    greeting: entry.responses?.greeting,
    fallback: entry.responses?.fallback,
    askFor: {},
    tools: {},
  };
  for (const agent of specialists) {
    Object.assign(responses.askFor!, { ...agent.responses?.askFor, ...responses.askFor });
    Object.assign(responses.tools!, { ...agent.responses?.tools, ...responses.tools });
  }
  return responses;
}
