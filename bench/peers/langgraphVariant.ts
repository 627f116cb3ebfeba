import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, type BaseMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import { tool } from '@langchain/core/tools';
import { type BaseCheckpointSaver, MemorySaver } from '@langchain/langgraph';
import { createReactAgent } from '@langchain/langgraph/prebuilt';
import { PostgresSaver } from '@langchain/langgraph-checkpoint-postgres';
import { createHandoffTool, createSwarm } from '@langchain/langgraph-swarm';
import { z } from 'zod';
import { type AgentName, decide, INVOICE, modelCalls, type Runner, type Variant } from './workload.ts';

let callIds = 0;

/** The workload's scripted model as a LangChain chat model: same decisions from the same conversation. */
class ScriptedChatModel extends BaseChatModel {
  constructor(private readonly agent: AgentName) {
    super({});
  }

  _llmType(): string {
    return 'scripted';
  }

  /** Tools are fixed by the script; binding them changes nothing. */
  override bindTools(): any {
    return this;
  }

  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    modelCalls.count += 1;
    let lastUser = '';
    for (const m of messages) if (HumanMessage.isInstance(m)) lastUser = String(m.content);
    const last = messages.at(-1);
    const afterToolResult = !!last && ToolMessage.isInstance(last) && last.name === 'lookup_invoice';
    const decision = decide(this.agent, { lastUser, afterToolResult });
    callIds += 1;
    const message =
      decision.kind === 'text'
        ? new AIMessage(decision.text)
        : new AIMessage({
            content: '',
            tool_calls: [
              decision.kind === 'tool'
                ? { id: `call_${callIds}`, name: decision.name, args: decision.args, type: 'tool_call' }
                : {
                    id: `call_${callIds}`,
                    name: `transfer_to_${decision.to.toLowerCase()}`,
                    args: {},
                    type: 'tool_call',
                  },
            ],
          });
    return { generations: [{ text: typeof message.content === 'string' ? message.content : '', message }] };
  }
}

function swarm(checkpointer: BaseCheckpointSaver) {
  const lookupInvoice = tool(async () => JSON.stringify(INVOICE), {
    name: 'lookup_invoice',
    description: 'Look up an invoice by id',
    schema: z.object({ invoiceId: z.string() }),
  });
  const triage = createReactAgent({
    llm: new ScriptedChatModel('Triage'),
    tools: [createHandoffTool({ agentName: 'Billing', description: 'Invoices' })],
    name: 'Triage',
    prompt: 'Route.',
  });
  const billing = createReactAgent({
    llm: new ScriptedChatModel('Billing'),
    tools: [lookupInvoice, createHandoffTool({ agentName: 'Triage' })],
    name: 'Billing',
    prompt: 'Billing.',
  });
  return createSwarm({ agents: [triage, billing], defaultActiveAgent: 'Triage' }).compile({ checkpointer });
}

/** LangGraph.js swarm (`@langchain/langgraph-swarm`): each conversation is a thread of the checkpointer. */
function langgraphVariant(
  durability: Variant['durability'],
  saver: () => Promise<{ checkpointer: BaseCheckpointSaver; close(): Promise<void> }>,
): Variant {
  return {
    name: `LangGraph.js swarm, ${durability === 'memory' ? 'MemorySaver' : 'PostgresSaver'}`,
    durability,
    async open(): Promise<Runner> {
      const { checkpointer, close } = await saver();
      const app = swarm(checkpointer);
      return {
        start: async (i) => `thread-${i}`,
        async turn(threadId, text) {
          const state = await app.invoke(
            { messages: [{ role: 'user', content: text }] },
            { configurable: { thread_id: threadId as string } },
          );
          return String(state.messages.at(-1)?.content ?? '');
        },
        close,
      };
    },
  };
}

export const langgraphMemory = langgraphVariant('memory', async () => ({
  checkpointer: new MemorySaver(),
  close: async () => {},
}));

export const langgraphPostgres = (url: string, schema: string) =>
  langgraphVariant('PostgreSQL', async () => {
    const checkpointer = PostgresSaver.fromConnString(url, { schema });
    await checkpointer.setup();
    return { checkpointer, close: () => checkpointer.end() };
  });
