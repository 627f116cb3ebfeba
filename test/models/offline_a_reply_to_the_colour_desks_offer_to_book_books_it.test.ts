import { describe, expect, it } from 'vitest';
import { offeredAction } from '../../src/models/offline/offerAccepted.ts';
import { converse, toolsOf } from './offlineScenario.ts';

describe("a reply to the colour desk's 'Would you like me to book it?'", () => {
  it('reads the action an offer ends with', () => {
    expect(offeredAction('Highlights are $150… Would you like me to book it?')).toBe('book it');
    expect(offeredAction('Shall I book that for you?')).toBe('book it');
    expect(offeredAction('What colour are you after?')).toBeUndefined();
  });

  it('a time said in reply goes to Booking, which books the quoted colour on the day asked about', async () => {
    const o = await converse(
      'salon',
      [
        'how much are highlights? my hair is medium length, thinking friday',
        'ooh 2pm would be great',
        'Tara Quinn',
        '07700 900345',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true, service: 'full-head highlights' } },
    );
    expect(o.unmet).toEqual([]);
    // Before: the colour desk's fallback ("What colour are you after?") and no booking.
    expect(o.turns[1].handoffs).toEqual(['ColorConsultation->Booking']);
    expect(o.turns[1].reply).toBe('What name should I put the booking under?');
    // The request is the quote's message, not the time said to the offer.
    expect(o.turns[3].reply).toMatch(/^Just to confirm: highlights on Friday/);
    expect(toolsOf(o).at(-1)?.arguments).toMatchObject({ timeText: '2pm', customerName: 'Tara Quinn' });
  }, 120_000);

  it('a plain yes goes to Booking too, which asks what the quote did not say', async () => {
    const o = await converse(
      'salon',
      [
        'how much would a balayage be on long hair?',
        'yes please',
        'saturday at 10am',
        'Ivy Cole',
        '07700 900346',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true, service: 'balayage' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].handoffs).toEqual(['ColorConsultation->Booking']);
  }, 120_000);
});
