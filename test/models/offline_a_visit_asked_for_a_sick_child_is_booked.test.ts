import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "hi my daughter has had a temperature since this afternoon, can someone see her tomorrow?" went from the
 * night line's clinical lead to the nurse line, which gave its fever advice and then asked "Tell me what
 * symptoms you're having" to every reply ("afternoon if possible", the name, the number). The parent asked
 * for a visit; the temperature is why. The lead sends the request to its desk that books visits.
 */
describe('a visit asked for a sick child is booked', () => {
  it('offers tomorrow afternoon and books the opening picked', async () => {
    const o = await converse(
      'after-hours',
      [
        'hi my daughter has had a temperature since this afternoon, can someone see her tomorrow?',
        'afternoon if possible',
        'the first one',
        'Mia Chen',
        '555-0123',
      ],
      { tool: 'book_slot', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).toBe('Scheduler');
    expect(o.turns.map((t) => t.reply).join(' ')).not.toMatch(/tell me what symptoms/i);
  }, 180_000);

  it('still gives a worried parent the nurse line when no visit is asked for', async () => {
    const o = await converse(
      'after-hours',
      ['my daughter has had a temperature since this afternoon, should I worry?'],
      {
        tool: 'lookup_nurse_protocol',
      },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).toBe('NurseLine');
  }, 180_000);
});
