import type { AgentInputItem, Model, ModelRequest, SerializedTool } from '@openai/agents-core';
import type { NormalizedAgent, NormalizedGraph } from '../../src/graph/types.ts';
import { createOfflineModel } from '../../src/models/offline/offlineModel.ts';
import { type DoubleItem, quotedText, type Responder, type ScriptedOutput } from './doubleScript.ts';

/**
 * A Realtime double that "thinks" with Switchboard's offline model: each response is what the offline
 * model would answer for the agent the session is configured as, given the session's tools (the
 * transfers the session currently offers, after every `session.update`) and the conversation the
 * double holds. The double still hears energy, not words: what the caller said comes from `transcripts`.
 *
 * This is what makes a voice call comparable with a chat turn: the same deterministic decision
 * procedure runs on both paths, so any difference in the handoff trail comes from the voice machinery
 * (tools announced on handoff, policy, payloads, history), not from the model.
 */
export function offlineResponder(graph: NormalizedGraph, transcripts: readonly string[]): Responder {
  const models = new Map<string, Model>();
  const modelOf = (agent: string) => {
    let model = models.get(agent);
    if (!model) {
      model = createOfflineModel(graph, agent);
      models.set(agent, model);
    }
    return model;
  };
  return {
    transcript: (turn) => transcripts[turn - 1] ?? '[unintelligible]',
    async respond(ctx) {
      if (ctx.instructions) return [{ say: quotedText(ctx.instructions) }];
      const tools = ctx.session.tools.filter((t) => t.type === 'function');
      const agent = agentOf(
        graph,
        ctx.session.instructions ?? '',
        tools.map((t) => t.name),
      );
      const transfers = new Set(agent.handoffs.map((e) => e.toolName));
      const request: ModelRequest = {
        systemInstructions: ctx.session.instructions ?? undefined,
        input: toInputItems(ctx.conversation),
        modelSettings: {},
        tools: tools
          .filter((t) => !transfers.has(t.name))
          .map(
            (t) =>
              ({
                type: 'function',
                name: t.name,
                description: t.description ?? '',
                parameters: (t.parameters ?? { type: 'object', properties: {} }) as any,
                strict: false,
              }) satisfies SerializedTool,
          ),
        handoffs: tools
          .filter((t) => transfers.has(t.name))
          .map((t) => ({
            toolName: t.name,
            toolDescription: t.description ?? '',
            inputJsonSchema: (t.parameters ?? {}) as any,
            strictJsonSchema: false,
          })),
        outputType: 'text',
        tracing: false,
      };
      const response = await modelOf(agent.name).getResponse(request);
      return response.output.flatMap((item): ScriptedOutput[] => {
        const out = item as Record<string, any>;
        if (out.type === 'function_call') return [{ call: out.name, arguments: out.arguments }];
        if (out.type === 'message' && out.role === 'assistant')
          return [{ say: (out.content ?? []).map((c: { text?: string }) => c.text ?? '').join(' ') }];
        return [];
      });
    },
  };
}

/**
 * The agent a session is configured as: the one whose own instructions the session's instructions
 * contain (Switchboard composes style guide + own instructions + context), else the one whose tools
 * best match the session's.
 */
function agentOf(graph: NormalizedGraph, instructions: string, toolNames: string[]): NormalizedAgent {
  const byText = graph.agents
    .filter(
      (a) => typeof a.instructions === 'string' && a.instructions && instructions.includes(a.instructions),
    )
    .sort((a, b) => String(b.instructions).length - String(a.instructions).length);
  if (byText.length > 0) return byText[0];
  const names = new Set(toolNames);
  let best = graph.byName.get(graph.entry)!;
  let bestScore = -1;
  for (const agent of graph.agents) {
    const own = [...agent.tools.map((t) => t.name), ...agent.handoffs.map((e) => e.toolName)];
    const score = own.filter((n) => names.has(n)).length - own.filter((n) => !names.has(n)).length * 0.01;
    if (score > bestScore) [best, bestScore] = [agent, score];
  }
  return best;
}

/** The double's conversation in the SDK's input shapes (what a chat turn hands the offline model). */
function toInputItems(conversation: readonly DoubleItem[]): AgentInputItem[] {
  const names = new Map<string, string>();
  const items: AgentInputItem[] = [];
  for (const item of conversation) {
    const text = (item.content ?? [])
      .map((c) => c.text ?? c.transcript ?? '')
      .join(' ')
      .trim();
    if (item.type === 'message' && item.role === 'user') items.push({ role: 'user', content: text });
    else if (item.type === 'message' && item.role === 'assistant' && text)
      items.push({
        role: 'assistant',
        status: 'completed',
        content: [{ type: 'output_text', text }],
      });
    else if (item.type === 'message' && item.role === 'system') items.push({ role: 'system', content: text });
    else if (item.type === 'function_call' && item.call_id && item.name) {
      names.set(item.call_id, item.name);
      items.push({
        type: 'function_call',
        callId: item.call_id,
        name: item.name,
        arguments: item.arguments ?? '{}',
        status: 'completed',
      });
    } else if (item.type === 'function_call_output' && item.call_id)
      items.push({
        type: 'function_call_result',
        callId: item.call_id,
        name: names.get(item.call_id) ?? 'unknown',
        status: 'completed',
        output: { type: 'text', text: item.output ?? '' },
      });
  }
  return items;
}
