import { describe, expect, it } from 'vitest';
import { saysOnlyWhatTheToolDoes } from '../../../src/models/offline/forms/accountGiven.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "complaint" (dialogue batch 32, a terse customer) was logged at once with "complaint" as what went wrong,
// category "other", and the customer handed to a person before saying what happened.
describe('a complaint named alone', () => {
  it('is asked what happened, and logged with the account given', async () => {
    const o = await converse('salon', ['complaint', 'fringe cut crooked'], {
      tool: 'log_complaint',
      result: { logged: true, category: 'service' },
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].tools).toEqual([]);
    expect(o.turns[0].reply).toMatch(/what happened/i);
    expect(toolsOf(o).filter((t) => t.tool === 'log_complaint')).toHaveLength(1);
  }, 180_000);

  it('takes an account said with the complaint at once', async () => {
    const o = await converse('salon', ['I want to complain, my colour came out brassy'], {
      tool: 'log_complaint',
      result: { logged: true, details: expect.stringMatching(/brassy/) },
    });
    expect(o.turns[0].tools.map((t) => t.tool)).toEqual(['log_complaint']);
  }, 180_000);

  it("reads only the tool's own words, past greetings and asking, as no account", () => {
    const tool = { name: 'log_complaint', description: 'Log a complaint for the salon manager: a bad cut.' };
    expect(saysOnlyWhatTheToolDoes("hi, I'd like to make a complaint please", tool)).toBe(true);
    expect(saysOnlyWhatTheToolDoes('complaint about my fringe', tool)).toBe(false);
    expect(saysOnlyWhatTheToolDoes('hello', tool)).toBe(false);
    // The description's first clause is the tool's too ("a bad cut" comes after it: an account).
    expect(saysOnlyWhatTheToolDoes('a complaint for the manager', tool)).toBe(true);
    expect(saysOnlyWhatTheToolDoes('a bad cut', tool)).toBe(false);
  });
});
