import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "could I book a toner and gloss for friday?": the salon's read-back said "Just to confirm: toner on
 * Friday…", and a women's cut and blow-dry was read back as a "women's cut" — the read-back's service
 * ended at the first "and", though the words after it were the service's own. An "and" followed by one
 * or two words and then the when (or the end) joins the service's words; "a trim and my daughter too"
 * still ends at the "and".
 */
describe('a service named with "and" is read back whole', () => {
  it('reads back the toner and gloss, not "toner"', async () => {
    const o = await converse(
      'salon',
      ['could I book a toner and gloss for friday?', 'half ten', 'Ruth Adebayo', '07700 900219', 'yes'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    const readBack = o.turns.find((t) => /just to confirm/i.test(t.reply))?.reply ?? '';
    expect(readBack).toMatch(/^Just to confirm: toner and gloss on Friday/);
  }, 180_000);
});
