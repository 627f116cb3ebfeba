import type { AgentInputItem, Model, ModelRequest, ModelResponse, StreamEvent } from '@openai/agents';
import { Usage } from '@openai/agents';
import { responseToStream } from '../../src/models/responseStream.ts';
import { type AgentName, type ConversationView, decide, HANDOFF_ARGS, modelCalls } from './workload.ts';

let callIds = 0;

function viewOf(input: ModelRequest['input']): ConversationView {
  const items: AgentInputItem[] = typeof input === 'string' ? [{ role: 'user', content: input }] : input;
  let lastUser = '';
  for (const item of items) {
    const m = item as { role?: string; content?: unknown };
    if (m.role === 'user' && typeof m.content === 'string') lastUser = m.content;
  }
  const last = items.at(-1) as { type?: string; name?: string } | undefined;
  return {
    lastUser,
    afterToolResult: last?.type === 'function_call_result' && last.name === 'lookup_invoice',
  };
}

/** The workload's scripted model as an `@openai/agents` Model (used by the raw SDK and by Switchboard). */
export class ScriptedAgentsModel implements Model {
  constructor(private readonly agent: AgentName) {}

  async getResponse(request: ModelRequest): Promise<ModelResponse> {
    modelCalls.count += 1;
    const decision = decide(this.agent, viewOf(request.input));
    if (decision.kind === 'text')
      return {
        usage: new Usage(),
        output: [
          {
            type: 'message',
            role: 'assistant',
            status: 'completed',
            content: [{ type: 'output_text', text: decision.text }],
          },
        ],
      };
    const [name, args] =
      decision.kind === 'tool'
        ? [decision.name, decision.args]
        : [`transfer_to_${decision.to}`, HANDOFF_ARGS];
    callIds += 1;
    return {
      usage: new Usage(),
      output: [
        {
          type: 'function_call',
          callId: `call_${callIds}`,
          name,
          status: 'completed',
          arguments: JSON.stringify(args),
        },
      ],
    };
  }

  async *getStreamedResponse(request: ModelRequest): AsyncIterable<StreamEvent> {
    yield* responseToStream(await this.getResponse(request));
  }
}
