import { Agent, handoff, tool } from '@openai/agents-core';
import { z } from 'zod';
import type { NormalizedGraph } from '../../graph/types.ts';
import { createOfflineModel } from './offlineModel.ts';

/**
 * Test helper: real SDK agents for a hand-built graph, every one driven by the offline model.
 * A minimal stand-in for the runtime's graph compiler, so the offline model's tests do not depend on it.
 */
export function buildOfflineAgents(
  graph: NormalizedGraph,
  options: { now?: () => Date } = {},
): Map<string, Agent> {
  const agents = new Map<string, Agent>();
  for (const spec of graph.agents) {
    agents.set(
      spec.name,
      new Agent({
        name: spec.name,
        instructions: typeof spec.instructions === 'string' ? spec.instructions : '',
        handoffDescription: spec.handoffDescription,
        model: createOfflineModel(graph, spec.name, { now: options.now }),
        tools: spec.tools.map((t) =>
          tool({
            name: t.name,
            description: t.description,
            parameters: t.parameters,
            execute: (args: any) =>
              t.execute(args, {
                state: {},
                conversationId: 'test',
                callId: 'test',
                agent: spec.name,
                db: null as never,
              }),
          }),
        ),
      }),
    );
  }
  const payload = z.object({ reason: z.string(), intent: z.string().nullable().optional() });
  for (const spec of graph.agents) {
    agents.get(spec.name)!.handoffs = spec.handoffs.map((edge) =>
      handoff(agents.get(edge.to)!, {
        inputType: payload,
        onHandoff: () => {},
        toolDescriptionOverride: edge.description,
      }),
    );
  }
  return agents;
}
