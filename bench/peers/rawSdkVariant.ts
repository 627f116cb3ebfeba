import { Agent, type AgentInputItem, handoff, run, tool } from '@openai/agents';
import { z } from 'zod';
import { ScriptedAgentsModel } from './scriptedAgentsModel.ts';
import { INVOICE, type Runner, type Variant } from './workload.ts';

const payload = z.object({ reason: z.string(), intent: z.string().nullable().optional() });

/**
 * Plain `@openai/agents`: two agents with handoffs both ways and one function tool. What a developer
 * writes without Switchboard: each conversation's history and active agent kept in a Map.
 */
export const rawSdkVariant: Variant = {
  name: 'raw @openai/agents',
  durability: 'memory',
  async open(): Promise<Runner> {
    const lookup = tool({
      name: 'lookup_invoice',
      description: 'Look up an invoice by id',
      parameters: z.object({ invoiceId: z.string() }),
      execute: async () => INVOICE,
    });
    const triage = new Agent({
      name: 'Triage',
      instructions: 'Route.',
      model: new ScriptedAgentsModel('Triage'),
    });
    const billing = new Agent({
      name: 'Billing',
      instructions: 'Billing.',
      handoffDescription: 'Invoices',
      model: new ScriptedAgentsModel('Billing'),
      tools: [lookup],
    });
    triage.handoffs = [handoff(billing, { inputType: payload, onHandoff: () => {} })];
    billing.handoffs = [handoff(triage, { inputType: payload, onHandoff: () => {} })];
    type Conversation = { history: AgentInputItem[]; agent: Agent<any, any> };
    return {
      async start() {
        return { history: [], agent: triage } satisfies Conversation;
      },
      async turn(c, text) {
        const conversation = c as Conversation;
        const result = await run(
          conversation.agent,
          [...conversation.history, { role: 'user', content: text }],
          {
            maxTurns: 10,
          },
        );
        conversation.history = result.history;
        conversation.agent = result.lastAgent ?? conversation.agent;
        return String(result.finalOutput);
      },
      async close() {},
    };
  },
};
