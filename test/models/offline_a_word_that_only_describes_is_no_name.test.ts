import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "earliest" said to "What time would you like?" picked 09:00 and was also booked as the customer's
// name ("under Earliest"); "Hana 07700 747474" after it was dropped (a chat probe, 2026-11-27). WordNet
// knows "earliest" only as a description: no one's name.
describe('a word that only describes is no name', () => {
  it('books under Hana, at the earliest time', async () => {
    const o = await converse(
      'salon',
      ['I want to book a trim', 'womens', 'saturday morning', 'earliest', 'Hana 07700 747474', 'ok'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    const booked = toolsOf(o).find((t) => t.tool === 'book_appointment');
    expect((booked?.arguments as { customerName?: string } | undefined)?.customerName).toBe('Hana');
  }, 180_000);
});
