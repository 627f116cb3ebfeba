import { z } from 'zod';
import { defineGraph } from '../../src/graph/defineGraph.ts';
import type { EdgeSpec, GraphSpec } from '../../src/graph/types.ts';
import { defineTool } from '../../src/tools/defineTool.ts';

export const exampleContext = z.object({
  callerName: z.string().optional(),
  accountId: z
    .string()
    .regex(/^ACC-\d+$/)
    .optional(),
  refunds: z.number().int().optional(),
});

/** A side-effecting tool over a real table, so tests can count rows to prove effects ran once. */
export const issueRefund = defineTool({
  name: 'issue_refund',
  description: 'Refund an invoice',
  parameters: z.object({ invoiceId: z.string(), amount: z.number() }),
  sideEffect: true,
  async execute({ invoiceId, amount }, ctx) {
    await ctx.db.execute(
      `insert into example_refunds (invoice_id, amount) values ('${invoiceId.replace(/'/g, "''")}', ${Number(amount)})`,
    );
    const state = ctx.state as z.infer<typeof exampleContext>;
    state.refunds = (state.refunds ?? 0) + 1;
    if (amount > 500) return { escalate: true, reason: `refund of $${amount} is over the $500 limit` };
    return { refunded: amount, invoiceId };
  },
});

export const lookupAccount = defineTool({
  name: 'lookup_account',
  description: 'Look up the caller account',
  parameters: z.object({ name: z.string() }),
  async execute({ name }, ctx) {
    const state = ctx.state as z.infer<typeof exampleContext>;
    state.callerName = name;
    state.accountId = 'ACC-1001';
    return { accountId: 'ACC-1001', name };
  },
});

/** Triage → Billing / Tech / Sales, each specialist can hand back; every agent escalates to Human. */
export function exampleGraph(
  overrides: Partial<GraphSpec<typeof exampleContext>> & { edges?: Record<string, EdgeSpec[]> } = {},
) {
  const edges = overrides.edges ?? {};
  return defineGraph({
    name: 'example',
    entry: 'Triage',
    context: exampleContext,
    setupSql: [
      'create table if not exists example_refunds (id serial primary key, invoice_id text, amount numeric)',
    ],
    agents: [
      {
        name: 'Triage',
        instructions: 'Route the caller.',
        handoffs: edges.Triage ?? ['Billing', 'Tech', 'Sales'],
      },
      {
        name: 'Billing',
        handoffDescription: 'Invoices, refunds and payments.',
        instructions: 'Handle billing.',
        tools: [issueRefund, lookupAccount],
        handoffs: edges.Billing ?? ['Triage', 'Tech'],
      },
      {
        name: 'Tech',
        handoffDescription: 'Technical problems.',
        instructions: 'Fix things.',
        handoffs: edges.Tech ?? ['Triage', 'Billing', 'Sales'],
      },
      {
        name: 'Sales',
        handoffDescription: 'Plans and pricing.',
        instructions: 'Sell.',
        handoffs: edges.Sales ?? ['Triage', 'Tech'],
      },
    ],
    ...overrides,
  });
}
