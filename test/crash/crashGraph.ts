import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineGraph } from '../../src/graph/defineGraph.ts';
import { defineTool } from '../../src/tools/defineTool.ts';

/*
 * The graph the crash harness drives (`serve --graph src/crash/crashGraph.ts`, offline model): a
 * triage desk that hands off to Orders, a side-effecting tool that writes a row per call into its OWN
 * table (so "no side effect repeated" is a row count), a read-only tool, and a way back to the desk.
 */

export const CRASH_ORDERS_TABLE = 'crash_orders';

const context = z.object({
  orders: z.number().int().default(0),
  lastItem: z.string().optional(),
});

const placeOrder = defineTool({
  name: 'place_order',
  description: 'Place an order for an item the caller wants to buy; charges their card once per order',
  sideEffect: true,
  parameters: z.object({ item: z.string().describe('The item to order, e.g. lamp') }),
  async execute({ item }, ctx) {
    await ctx.db.execute(
      sql`insert into crash_orders (conversation_id, call_id, item) values (${ctx.conversationId}, ${ctx.callId}, ${item})`,
    );
    ctx.state.orders = (ctx.state.orders ?? 0) + 1;
    ctx.state.lastItem = item;
    return { placed: true, item, orders: ctx.state.orders };
  },
});

const startReturn = defineTool({
  name: 'start_return',
  description: 'Start a return of an ordered item and refund the caller; refunds once per return',
  sideEffect: true,
  parameters: z.object({ item: z.string().describe('The item to return, e.g. lamp') }),
  async execute({ item }, ctx) {
    await ctx.db.execute(
      sql`insert into crash_orders (conversation_id, call_id, item) values (${ctx.conversationId}, ${ctx.callId}, ${`return:${item}`})`,
    );
    return { started: true, item };
  },
});

const countOrders = defineTool({
  name: 'count_orders',
  description: 'Count how many orders the caller has placed so far, the order history',
  parameters: z.object({}),
  async execute(_args, ctx) {
    const result = await ctx.db.execute(
      sql`select count(*)::int as n from crash_orders where conversation_id = ${ctx.conversationId}`,
    );
    return { count: (result as unknown as { rows: { n: number }[] }).rows[0].n };
  },
});

export default defineGraph({
  name: 'crashdesk',
  entry: 'Desk',
  context,
  setupSql: [
    `CREATE TABLE IF NOT EXISTS crash_orders (
      id serial PRIMARY KEY,
      conversation_id text NOT NULL,
      call_id text NOT NULL,
      item text NOT NULL,
      created_at timestamp with time zone DEFAULT now() NOT NULL
    )`,
  ],
  agents: [
    {
      name: 'Desk',
      instructions: 'Greet the caller and send ordering questions to Orders.',
      handoffs: ['Orders'],
      examples: ['hello', 'good morning', 'thanks, bye', 'who am I talking to', 'that is all for today'],
      responses: { greeting: 'Hello, this is the desk. How can I help?', fallback: 'How can I help?' },
    },
    {
      name: 'Orders',
      handoffDescription: 'Places orders and answers questions about past orders',
      instructions: 'Place orders with place_order and count them with count_orders.',
      tools: [placeOrder, countOrders],
      handoffs: ['Desk', 'Returns'],
      examples: [
        'I want to order a lamp',
        'please order a chair for me',
        'buy a desk',
        'how many orders have I placed',
        'order history',
      ],
      responses: {
        tools: {
          place_order: 'Ordered {item}; that is order number {orders}.',
          count_orders: 'You have placed {count} orders.',
        },
        fallback: 'What would you like to order?',
      },
    },
    {
      name: 'Returns',
      handoffDescription: 'Returns and refunds of items the caller already received',
      instructions: 'Start returns with start_return.',
      tools: [startReturn],
      handoffs: ['Desk', 'Orders'],
      examples: [
        'I want to return the lamp',
        'send it back for a refund',
        'return my chair',
        'refund please',
      ],
      responses: {
        tools: { start_return: 'Return of {item} started.' },
        fallback: 'What would you like to return?',
      },
    },
  ],
});
