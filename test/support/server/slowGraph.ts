import { z } from 'zod';
import { defineGraph } from '../../../src/graph/defineGraph.ts';
import { defineTool } from '../../../src/tools/defineTool.ts';

/**
 * A graph whose one tool takes a while (SWITCHBOARD_TEST_TOOL_DELAY_MS, default 1500 ms), loaded with
 * `serve --graph <this file>` by the shutdown test: it needs a turn still running when SIGTERM arrives.
 */
const checkOrder = defineTool({
  name: 'check_order',
  description: 'Check the delivery status of an order by its order id',
  parameters: z.object({ orderId: z.string().describe('Order id like ORD-1234') }),
  async execute({ orderId }) {
    await new Promise((resolve) =>
      setTimeout(resolve, Number(process.env.SWITCHBOARD_TEST_TOOL_DELAY_MS ?? 1500)),
    );
    return { orderId, status: 'shipped' };
  },
});

export default defineGraph({
  name: 'slowdesk',
  entry: 'Desk',
  agents: [
    {
      name: 'Desk',
      instructions: 'Answer order questions with your tool.',
      tools: [checkOrder],
      responses: { tools: { check_order: 'Order {orderId} is {status}.' } },
    },
  ],
});
