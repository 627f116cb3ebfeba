import { type FunctionTool, handoff } from '@openai/agents-core';
import { RealtimeAgent } from '@openai/agents-realtime';
import type { NormalizedAgent, NormalizedEdge, NormalizedGraph } from '../graph/types.ts';
import { HandoffPayloadSchema } from '../policy/handoffPayload.ts';
import { checkHandoff, type PolicyView } from '../policy/handoffPolicy.ts';
import { composeInstructions } from '../runtime/agentInstructions.ts';
import { injectedTools, toSdkTool } from '../runtime/toolAdapter.ts';

export type RealtimeGraphOptions = {
  graph: NormalizedGraph;
  /** The call's live structured context: tools write it, every session.update reads it into the instructions. */
  state: () => unknown;
  /** The live policy view: an edge the policy would refuse now is left out of the tools, as in chat. */
  view: () => PolicyView;
  voiceOf: (agent: string) => string | undefined;
  /** What the built-in Human node says before a person takes over. */
  humanReply: string;
};

/** One agent of the graph on the call: its RealtimeAgent and what its tool names mean. */
export type RealtimeNode = {
  spec: NormalizedAgent;
  agent: RealtimeAgent;
  /** Function tools by name (the same SDK tools chat runs: ledger, events, escalation). */
  tools: Map<string, FunctionTool<any, any, any>>;
  /** Graph edges by transfer tool name (`transfer_to_Billing`). */
  edges: Map<string, NormalizedEdge>;
};

/** Instructions for a spoken turn: the style guide already says "one voice"; speech needs short sentences. */
const VOICE_NOTE =
  'You are speaking on a live voice call: answer in short spoken sentences, no lists, no markdown, and read ids character by character.';

/**
 * Compiles a graph into RealtimeAgents for one call: style guide + own instructions + known context
 * (recomputed at every session.update, so what a tool learned reaches the next agent), the agent's own
 * scoped tools, tools injected by the edge it arrived over, and its handoffs as `transfer_to_*`
 * tools taking the typed `{reason, intent}` payload. Handoffs are SDK handoffs so the session
 * announces them exactly as the SDK does; Switchboard takes the calls over (see toolCallDispatcher).
 */
export function graphToRealtime(options: RealtimeGraphOptions): Map<string, RealtimeNode> {
  const { graph } = options;
  const nodes = new Map<string, RealtimeNode>();
  for (const spec of graph.agents) {
    const tools = new Map<string, FunctionTool<any, any, any>>();
    if (!spec.human) {
      for (const t of spec.tools) tools.set(t.name, toSdkTool(t, spec.name));
      for (const t of injectedTools(spec.name, graph, () => options.view().lastHandoff)) tools.set(t.name, t);
    }
    const agent = new RealtimeAgent({
      name: spec.name,
      handoffDescription: spec.handoffDescription ?? '',
      instructions: () =>
        spec.human
          ? spec.phone
            ? // Put through by phone (src/telephony): the hold line is TwiML's <Say>, the assistant says nothing.
              'Say nothing at all: this call is being put through to a person.'
            : `Say exactly: "${options.humanReply}" Then stay silent: a person takes over this call.`
          : `${composeInstructions(graph, spec, options.state())}\n\n${VOICE_NOTE}`,
      tools: [...tools.values()],
      voice: options.voiceOf(spec.name),
    });
    nodes.set(spec.name, { spec, agent, tools, edges: new Map(spec.handoffs.map((e) => [e.toolName, e])) });
  }
  for (const node of nodes.values()) {
    node.agent.handoffs = node.spec.handoffs.map((edge) =>
      handoff(nodes.get(edge.to)!.agent as any, {
        toolNameOverride: edge.toolName,
        toolDescriptionOverride: `Transfer the conversation to ${edge.to}: ${edge.description}`,
        inputType: HandoffPayloadSchema,
        isEnabled: () => checkHandoff(graph.policy, edge, options.view()).allow,
        // Never reached: Switchboard answers transfer calls before the SDK dispatches them.
        onHandoff: () => {},
      }),
    ) as any;
  }
  return nodes;
}
