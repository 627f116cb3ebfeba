import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * A complaint said to CustomerService in the customer's own words ("the highlights came out brassy
 * and nobody rang me back") shares too few words with log_complaint's description to clear the tool
 * bar, so it got the desk's generic reply; with a booking reference in it, the booking look-up ran
 * instead. The desk's declared purpose names complaints and log_complaint takes only the customer's
 * words: a statement that fits it best of the desk's tools is logged (deskPurposeTool.ts).
 */
describe('a complaint in plain words is logged', () => {
  it('logs the complaint said after a booking was looked up', async () => {
    const o = await converse(
      'salon',
      ['can you check my booking GB-20310610-001', 'the highlights came out brassy and nobody rang me back'],
      { tool: 'log_complaint', result: { logged: true, bookingRef: 'GB-20310610-001' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('Human');
  }, 180_000);

  it('logs a complaint naming its booking, rather than looking the booking up', async () => {
    const o = await converse(
      'salon',
      ["I want to complain about my visit, my cut GB-20310613-002 was left uneven at the back and I'm upset"],
      { tool: 'log_complaint', result: { logged: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('get_booking');
  }, 180_000);

  it('still looks a booking up when asked, and answers a question about it', async () => {
    const o = await converse('salon', ['what time is my booking GB-20310610-001 again?'], {
      tool: 'get_booking',
      result: { found: true },
    });
    expect(toolsOf(o).map((t) => t.tool)).toEqual(['get_booking']);
  }, 180_000);
});
