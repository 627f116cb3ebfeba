import { describe, expect, it } from 'vitest';
import { spelledOut } from '../../src/models/offline/textingWords.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// "cn i get a ladies cut n blowdry sat mornin pls" got the cut's price and never a booking (a chat probe):
// "mornin" was no part of the day, so "sat" was no day, and the message read as a price question.
describe('a booking texted with "mornin" and "n"', () => {
  it('spells out mornin, arvo and a lone n between words', () => {
    expect(spelledOut('a ladies cut n blowdry sat mornin pls')).toBe(
      'a ladies cut and blowdry sat morning please',
    );
    expect(spelledOut('fri arvo')).toBe('fri afternoon');
    expect(spelledOut('plan N')).toBe('plan N');
  });

  it('offers Saturday morning and books the time picked', async () => {
    const o = await converse(
      'salon',
      ['cn i get a ladies cut n blowdry sat mornin pls', '10.30', 'Steph Mills', '07700 900777', 'yes'],
      { tool: 'book_appointment', result: { booked: true, service: "women's cut and blow-dry" } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o)[0]?.tool).toBe('check_availability');
  }, 180_000);
});
