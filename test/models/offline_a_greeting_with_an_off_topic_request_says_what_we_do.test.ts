import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "hi my electricity bill doubled this month" at the software desk: the entry keeps it (another
 * business's bill), and its reply must say what it can help with. It answered with its greeting ("What
 * can I help you with today?"), as if nothing had been asked.
 */
describe('a greeting that brings an off-topic request gets what the desk can help with', () => {
  it('says what the desk does after "hi my electricity bill doubled this month"', async () => {
    const o = await converse('support', ['hi my electricity bill doubled this month'], {
      tool: 'issue_refund',
    });
    const reply = o.turns[0].reply;
    expect(reply).toMatch(/I can help with/);
    expect(reply).not.toMatch(/What can I help you with today/);
  }, 120_000);

  it('still greets a bare greeting', async () => {
    const o = await converse('support', ['hello there'], { tool: 'issue_refund' });
    expect(o.turns[0].reply).toMatch(/What can I help you with today/);
  }, 120_000);
});
