import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * A caller who says what they want and who they are in one message ("need a refill on my
 * atorvastatin. Dana Ruiz, born 03/12/1984") was asked for the name and birth date again, or verified
 * and then asked "How can I help you today?". The check runs with what was said, and only once it has
 * passed is the request served; with details that match nobody, nothing is read or changed.
 */
describe('a request said with the identity is served after the check', () => {
  it('verifies from the same message when the clinical line asks who is calling, then refills', async () => {
    const o = await converse('healthcare', ['need a refill on my atorvastatin. Dana Ruiz, born 03/12/1984'], {
      tool: 'request_refill',
      result: { requested: true, status: 'needs_prescriber' },
    });
    expect(o.unmet).toEqual([]);
    const names = toolsOf(o).map((t) => t.tool);
    expect(names.indexOf('verify_identity')).toBeLessThan(names.lastIndexOf('request_refill'));
  }, 300_000);

  it('passes a refill said after the identity at the front desk to the clinical line', async () => {
    const o = await converse(
      'healthcare',
      ['Hello, I am Grace Liu, birthday 14 September 1952. I finish my metformin, I need more please'],
      { tool: 'request_refill', result: { requested: true, medication: 'Metformin' } },
    );
    expect(o.unmet).toEqual([]);
  }, 300_000);

  it('asks the appointments desk for the specialist named, without the name and birth date', async () => {
    const o = await converse(
      'healthcare',
      [
        "I'd like to see a dermatologist about a spot on my arm. My name is Hannah Kowalski, DOB 12/08/1999",
        'whichever is earliest',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
  }, 300_000);

  it('reads and changes nothing when the details match no patient', async () => {
    const o = await converse('healthcare', ['need a refill on my atorvastatin. Dana Ruiz, born 03/12/1985'], {
      tool: 'verify_identity',
      result: { verified: false },
    });
    expect(o.unmet).toEqual([]);
    const refills = toolsOf(o).filter((t) => t.tool === 'request_refill');
    expect(refills.every((t) => (t.result as { requested?: boolean }).requested !== true)).toBe(true);
  }, 300_000);
});
