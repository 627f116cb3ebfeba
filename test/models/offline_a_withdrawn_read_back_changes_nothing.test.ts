import { describe, expect, it } from 'vitest';
import { isCancel, withdraws } from '../../src/models/offline/forms/digressions.ts';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * Found by talking to the support desk as a customer: to the read-back "close account ACC-1002 and stop
 * its subscription. Shall I go ahead?", "ok forget it, don't close it" **closed the account**. The message
 * opens like a yes ("ok") and names the read-back's action ("close"), which is how "yes cancel it" agrees
 * to a cancellation; the withdrawal ("forget it", "don't close it") was not weighed against it.
 */
describe('a read-back withdrawn in words changes nothing', () => {
  it('"ok forget it, don\'t close it" closes no account', async () => {
    const o = await converse(
      'support',
      ['I want to close my account', 'ACC-1002', "ok forget it, don't close it"],
      { reply: 'nothing was changed', never_tools: ['close_account'] },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('close_account');
  }, 120_000);

  it('"I don\'t want to close it" and "please don\'t" are refusals too; "yes close it" still closes', async () => {
    for (const refusal of ["I don't want to close my account", "no please don't do it"]) {
      const o = await converse('support', ['I want to close my account', 'ACC-1002', refusal], {
        never_tools: ['close_account'],
      });
      expect(o.unmet).toEqual([]);
    }
    const agreed = await converse('support', ['I want to close my account', 'ACC-1002', 'yes close it'], {
      tool: 'close_account',
    });
    expect(agreed.unmet).toEqual([]);
  }, 240_000);

  it('tells an order not to act from how to act or a correction', () => {
    expect(withdraws("ok forget it, don't close it")).toBe(true);
    expect(withdraws("please don't charge me yet")).toBe(true);
    expect(withdraws('yes cancel it')).toBe(false); // the action of a cancellation's read-back
    expect(isCancel("a trim, but don't take too much off")).toBe(false);
    expect(isCancel("no don't book friday, saturday instead")).toBe(false);
    expect(isCancel("I don't have it with me")).toBe(false);
    expect(isCancel("don't worry about the reason, go ahead")).toBe(false);
  });
});
