import { Agent, handoff } from '@openai/agents-core';
import { DEFAULT_HUMAN_REPLY } from '../graph/humanNode.ts';
import { chatHumanReply } from '../graph/phoneTarget.ts';
import type { NormalizedAgent, NormalizedGraph } from '../graph/types.ts';
import type { AgentModelFactory } from '../models/agentModels.ts';
import { HandoffPayloadSchema } from '../policy/handoffPayload.ts';
import { baseInstructions, composeInstructions } from './agentInstructions.ts';
import { GovernedModel } from './governedModel.ts';
import { HumanHandoffModel } from './humanModel.ts';
import { toInputFilter } from './inputFilters.ts';
import { injectedTools, toSdkTool } from './toolAdapter.ts';
import { maybeTurnState, requireTurnState } from './turnState.ts';

export type CompiledGraph = {
  graph: NormalizedGraph;
  agents: Map<string, Agent<any, any>>;
  humanReply: string;
  /** Whether any tool of the graph (edge-injected ones too) has side effects: only then can a turn leave orphans. */
  sideEffects: boolean;
};

/**
 * Builds one SDK `Agent` per graph node, once per process: per-conversation data (policy view, context,
 * recorder) is read from the running turn (the run's context, see src/models/turnScope.ts), so compiled agents are
 * shared by all conversations.
 */
export function compileGraph(
  graph: NormalizedGraph,
  models: AgentModelFactory,
  humanReply = DEFAULT_HUMAN_REPLY,
): CompiledGraph {
  const agents = new Map<string, Agent<any, any>>();
  for (const spec of graph.agents) {
    // A Human with a phone target offers the number or a callback on chat (docs/telephony.md).
    const reply = spec.human && spec.phone ? chatHumanReply(humanReply, spec.phone) : humanReply;
    agents.set(spec.name, spec.human ? humanAgent(spec, reply) : specialist(spec, graph, models));
  }
  for (const spec of graph.agents) {
    const agent = agents.get(spec.name)!;
    // Manager pattern: specialists as tools answer inside this agent's turn; control never moves.
    for (const t of spec.agentTools ?? []) {
      agent.tools.push(agents.get(t.agent)!.asTool({ toolName: t.toolName, toolDescription: t.description }));
    }
    agent.tools.push(
      ...injectedTools(spec.name, graph, (runContext) => maybeTurnState(runContext)?.view.lastHandoff),
    );
    agent.handoffs = spec.handoffs.map((edge) =>
      handoff(agents.get(edge.to)!, {
        inputType: HandoffPayloadSchema,
        toolDescriptionOverride: `Transfer the conversation to ${edge.to}: ${edge.description}`,
        inputFilter: toInputFilter(edge.inputFilter),
        // No `isEnabled`: the governed model hides the edges the policy refuses from each request and
        // refuses a call to one anyway, before the SDK acts on it.
        onHandoff: (runContext, payload) => {
          const turn = requireTurnState(runContext);
          // A fallback was recorded where the governed model decided it (recordEscalation): this is the
          // SDK carrying it out. Any other transfer is the model's, recorded here.
          if (turn.lastHandoffIsFallback(edge.from, edge.to)) return;
          turn.recordHandoff(edge.from, edge.to, payload?.reason ?? '', payload?.intent ?? null, 'handoff');
        },
      }),
    );
  }
  return { graph, agents, humanReply, sideEffects: hasSideEffects(graph) };
}

function specialist(
  spec: NormalizedAgent,
  graph: NormalizedGraph,
  models: AgentModelFactory,
): Agent<any, any> {
  const { model, path } = models(spec, graph);
  return new Agent({
    name: spec.name,
    handoffDescription: spec.handoffDescription ?? '',
    // Instructions that are not a function of the state go to the SDK as a plain string, and the governed
    // model adds what is known about the customer on each call: no awaited callback per model call.
    instructions:
      typeof spec.instructions === 'function'
        ? (runContext) => composeInstructions(graph, spec, maybeTurnState(runContext)?.state)
        : baseInstructions(graph, spec, undefined),
    model: new GovernedModel(model, spec, graph, path),
    tools: spec.tools.map((tool) => toSdkTool(tool, spec.name)),
    inputGuardrails: spec.inputGuardrails ?? [],
    outputGuardrails: spec.outputGuardrails ?? [],
  });
}

function humanAgent(spec: NormalizedAgent, reply: string): Agent<any, any> {
  return new Agent({
    name: spec.name,
    handoffDescription: spec.handoffDescription ?? '',
    instructions: spec.instructions as string,
    model: new HumanHandoffModel(reply),
  });
}

function hasSideEffects(graph: NormalizedGraph): boolean {
  return graph.agents.some(
    (a) =>
      a.tools.some((t) => t.sideEffect) || a.handoffs.some((e) => e.injectTools?.some((t) => t.sideEffect)),
  );
}
