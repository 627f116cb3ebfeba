/**
 * The files `switchboard init` writes: a small but complete assistant (triage + two specialists, a
 * context schema, tools on a seeded table, routing examples and a labeled dataset) meant to be edited.
 */
export function scaffoldFiles(name: string, importFrom: string, dir = name): Record<string, string> {
  return {
    'graph.ts': graphFile(name, importFrom),
    'tools.ts': toolsFile(importFrom),
    'routing.jsonl': `${ROUTING_ROWS.map((r) => JSON.stringify(r)).join('\n')}\n`,
    'README.md': readmeFile(name, dir),
  };
}

const graphFile = (name: string, importFrom: string) => `import { defineGraph, z } from '${importFrom}';
import { lookupOrder, setupSql, startReturn } from './tools.ts';

/** Structured context every agent sees and tools write (validated before each handoff and before saving). */
export const context = z.object({
  customerName: z.string().optional(),
  orderId: z.string().regex(/^ORD-\\d+$/).optional(),
  returnId: z.string().optional(),
});

export default defineGraph({
  name: '${name}',
  entry: 'Triage',
  context,
  setupSql,
  styleGuide: 'Friendly and brief. One voice: never mention transfers, agents or tools.',
  policy: { maxHandoffs: 5, warnAt: 3 },
  agents: [
    {
      name: 'Triage',
      instructions: 'Greet the customer, find out what they need and route them. Never answer order questions yourself.',
      handoffs: ['Orders', 'Returns', 'Human'],
      responses: { greeting: 'Hi! How can I help with your order today?' },
    },
    {
      name: 'Orders',
      handoffDescription: 'Order status, delivery dates and tracking for existing orders.',
      instructions: 'Look up orders with lookup_order and explain their status. Hand back to Triage for anything else.',
      tools: [lookupOrder],
      handoffs: ['Triage', 'Returns'],
      examples: [
        'where is my order',
        'has my package shipped yet',
        'tracking number for ORD-1001 please',
        'when will my parcel arrive',
        'my delivery is late',
        'order status',
        'did you send my order',
        'is ORD-1002 on its way',
        'I ordered last week and nothing came',
        'can you check my shipment',
        'what is the delivery date',
        'the courier says delivered but I have nothing',
      ],
      responses: {
        askFor: { orderId: 'What is your order number? It looks like ORD-1001.' },
        tools: { lookup_order: 'Order {orderId} is {status}; expected {eta}.' },
      },
    },
    {
      name: 'Returns',
      handoffDescription: 'Returns, refunds and exchanges for items already received.',
      instructions: 'Start returns with start_return. Hand back to Triage for anything else.',
      tools: [startReturn],
      handoffs: ['Triage', 'Orders'],
      examples: [
        'I want to return this',
        'how do I send an item back',
        'the shoes do not fit, can I exchange them',
        'refund for ORD-1001',
        'the product arrived broken',
        'start a return please',
        'I changed my mind about my purchase',
        'wrong size, need to swap it',
        'can I get my money back',
        'return label please',
        'item is damaged and I want a refund',
        'send it back for a different colour',
      ],
      responses: {
        askFor: { orderId: 'Which order is it? The number looks like ORD-1001.' },
        tools: { start_return: 'Your return {returnId} for order {orderId} is open; a label is on its way.' },
      },
    },
  ],
});
`;

const toolsFile = (importFrom: string) => `import { defineTool, sql, z } from '${importFrom}';

/** Created once per database (idempotent), with demo rows. */
export const setupSql = [
  \`create table if not exists shop_orders (id text primary key, customer text not null, status text not null, eta text not null)\`,
  \`insert into shop_orders values ('ORD-1001', 'Dana Ruiz', 'shipped', 'Friday'), ('ORD-1002', 'Sam Lee', 'processing', 'next week') on conflict do nothing\`,
  \`create table if not exists shop_returns (id serial primary key, order_id text not null, created_at timestamptz default now())\`,
];

export const lookupOrder = defineTool({
  name: 'lookup_order',
  description: 'Look up the status and delivery date of an order by its number.',
  parameters: z.object({ orderId: z.string().describe('Order number like ORD-1001') }),
  async execute({ orderId }, { db, state }) {
    const { rows } = await db.execute(sql\`select id, status, eta from shop_orders where id = \${orderId.toUpperCase()}\`);
    const order = rows[0] as { id: string; status: string; eta: string } | undefined;
    if (!order) return { found: false, message: \`I could not find order \${orderId}.\` };
    (state as { orderId?: string }).orderId = order.id;
    return { found: true, orderId: order.id, status: order.status, eta: order.eta };
  },
});

export const startReturn = defineTool({
  name: 'start_return',
  description: 'Open a return (and refund) for an order the customer received.',
  parameters: z.object({ orderId: z.string().describe('Order number like ORD-1001') }),
  sideEffect: true, // runs once per call, even if the turn is retried after a crash
  async execute({ orderId }, { db, state }) {
    const { rows } = await db.execute(sql\`insert into shop_returns (order_id) values (\${orderId.toUpperCase()}) returning id\`);
    const returnId = \`RET-\${(rows[0] as { id: number }).id}\`;
    Object.assign(state as object, { orderId: orderId.toUpperCase(), returnId });
    return { orderId: orderId.toUpperCase(), returnId };
  },
});
`;

const ROUTING_ROWS = [
  { input: 'hey there', expected_agent: 'Triage' },
  { input: 'whats the status of ORD-1002', expected_agent: 'Orders' },
  { input: 'my package never showed up', expected_agent: 'Orders' },
  { input: 'when does my stuff get here', expected_agent: 'Orders' },
  { input: 'i need to send back a jacket that is too small', expected_agent: 'Returns' },
  { input: 'the lamp came cracked, refund please', expected_agent: 'Returns' },
  { input: 'let me talk to a real person', expected_agent: 'Human' },
  { input: 'what is the capital of peru', expected_agent: 'Triage' },
];

const readmeFile = (name: string, dir: string) => `# ${name}

Scaffolded by \`switchboard init\`. Edit \`graph.ts\` (agents, handoffs, examples, response templates) and
\`tools.ts\` (tools and their tables), then:

\`\`\`sh
npx switchboard graph show --graph ${dir}/graph.ts         # validate and draw the graph
npx switchboard chat --graph ${dir}/graph.ts               # talk to it (offline model)
npx switchboard eval routing --graph ${dir}/graph.ts --dataset ${dir}/routing.jsonl
\`\`\`

Add at least 20 \`examples\` per specialist and grow \`routing.jsonl\` with real customer sentences
(written independently of the examples) before trusting the routing figures.
`;
