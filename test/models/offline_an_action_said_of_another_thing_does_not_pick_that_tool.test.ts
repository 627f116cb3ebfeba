import { describe, expect, it } from 'vitest';
import { matchTool } from '../../src/models/offline/toolMatcher.ts';
import { billingTools, salesTools } from '../../templates/support/tools.ts';

/**
 * Sales can cancel an order; "cancel my plan" says the action of another thing (the plan, which the
 * desk's price look-up is about) and must never cancel the latest order. "Cancel my subscription" is
 * closing the account (read back before it runs), and "the seats we ordered" asks about an order that
 * exists, not for a new one.
 */
const docs = (tools: readonly { name: string; description: string; sideEffect?: boolean }[]) =>
  tools.map((t) => ({ name: t.name, description: t.description, sideEffect: t.sideEffect }));

describe('an action said of another thing does not pick that tool', () => {
  it('"cancel my plan" to Sales cancels no order; "cancel my order" and "cancel it" do', () => {
    expect(matchTool('cancel my plan', docs(salesTools))?.name).not.toBe('cancel_order');
    expect(matchTool('please cancel my order', docs(salesTools))?.name).toBe('cancel_order');
    expect(matchTool('cancel the seats order I put in', docs(salesTools))?.name).toBe('cancel_order');
    expect(matchTool('cancel it', docs(salesTools))?.name).toBe('cancel_order');
  });

  it('an order already placed is looked up, a new one is placed', () => {
    expect(matchTool('hi, any news on the seats we ordered?', docs(salesTools))?.name).toBe(
      'check_order_status',
    );
    expect(matchTool('I placed an order for 10 seats last week', docs(salesTools))?.name).toBe(
      'check_order_status',
    );
    expect(matchTool('hi, has our order for extra seats gone through?', docs(salesTools))?.name).toBe(
      'check_order_status',
    );
    expect(matchTool("I'd like to order 3 more numbers", docs(salesTools))?.name).toBe('place_order');
    expect(matchTool('we want to buy 5 numbers', docs(salesTools))?.name).toBe('place_order');
    expect(matchTool('hey we need 3 more seats for new hires', docs(salesTools))?.name).toBe('place_order');
  });

  it('cancelling the subscription is closing the account', () => {
    expect(matchTool("I'd like to cancel my subscription", docs(billingTools))?.name).toBe('close_account');
  });
});
