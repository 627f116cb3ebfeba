import { z } from 'zod';
import { defineGraph } from '../../../src/graph/defineGraph.ts';
import type { InputFilterSpec } from '../../../src/graph/types.ts';
import { defineTool } from '../../../src/tools/defineTool.ts';

/** Opens when the test says so: a tool that takes exactly as long as the test needs. */
export class ToolGate {
  private release: (() => void) | null = null;
  private readonly opened = new Promise<void>((resolve) => {
    this.release = resolve;
  });
  entered = false;

  open(): void {
    this.release?.();
  }

  async pass(): Promise<void> {
    this.entered = true;
    await this.opened;
  }
}

export type VoiceTestGraphOptions = {
  /** Blocks `slow_lookup` until opened. */
  gate?: ToolGate;
  /** Input filter of the Billing → Sales edge. */
  salesFilter?: InputFilterSpec;
  /** Gate of the Triage → Sales edge. */
  salesOpen?: () => boolean;
  /** Guardrail verdict of the Billing → Sales edge. */
  salesGuard?: (reason: string) => { ok: true } | { ok: false; reason: string };
  maxHandoffs?: number;
};

/**
 * A small graph whose tools touch no database (voice tests stay fast and deterministic): Triage routes
 * to Billing and Sales; Billing has a lookup that writes the context, a side-effecting refund whose
 * real executions are counted, and a lookup that waits on a gate.
 */
export function voiceTestGraph(options: VoiceTestGraphOptions = {}) {
  const refunds = { executed: 0 };
  const lookupAccount = defineTool({
    name: 'lookup_account',
    description: 'Look up the caller account by id',
    parameters: z.object({ accountId: z.string().describe('Account id like ACC-1') }),
    execute: ({ accountId }, { state }) => {
      (state as Record<string, unknown>).accountId = accountId;
      return { accountId, plan: 'Growth', balance: '$12.00' };
    },
  });
  const issueRefund = defineTool({
    name: 'issue_refund',
    description: 'Refund an amount to the caller',
    parameters: z.object({ amount: z.number().describe('Dollars') }),
    sideEffect: true,
    execute: ({ amount }) => {
      refunds.executed += 1;
      if (amount > 500) return { escalate: true, reason: `refund of $${amount} needs approval` };
      return { refunded: amount, reference: `RF-${refunds.executed}` };
    },
  });
  const slowLookup = defineTool({
    name: 'slow_lookup',
    description: 'A lookup in a slow backend',
    parameters: z.object({ query: z.string() }),
    execute: async ({ query }) => {
      await options.gate?.pass();
      return { query, answer: 'found it' };
    },
  });
  const graph = defineGraph({
    name: 'voicetest',
    entry: 'Triage',
    context: z.object({ accountId: z.string().optional() }),
    styleGuide: 'One warm voice.',
    policy: { maxHandoffs: options.maxHandoffs ?? 5 },
    agents: [
      {
        name: 'Triage',
        instructions: 'Greet and route.',
        handoffs: ['Billing', { to: 'Sales', canHandoff: () => options.salesOpen?.() ?? true }],
      },
      {
        name: 'Billing',
        handoffDescription: 'Invoices and refunds',
        instructions: 'Resolve billing questions.',
        tools: [lookupAccount, issueRefund, slowLookup],
        handoffs: [
          'Triage',
          {
            to: 'Sales',
            inputFilter: options.salesFilter ?? 'full',
            guardrail: ({ payload }) => options.salesGuard?.(payload.reason) ?? { ok: true },
          },
        ],
      },
      {
        name: 'Sales',
        handoffDescription: 'Plans and prices',
        instructions: 'Sell plans.',
        handoffs: ['Triage'],
      },
    ],
  });
  return { graph, refunds };
}
