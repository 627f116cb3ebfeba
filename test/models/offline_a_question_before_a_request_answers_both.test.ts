import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "what time do you open on saturday? and i need to book a physical" got the clinic's hours and nothing
 * else: the booking was dropped, and "Dana Ruiz" then verified a patient who was asked "How can I help you
 * today?". A question with a fixed answer asked beside a request, with no form open, is answered and the
 * request goes on; a message that is only the question (and a greeting) still gets the answer alone.
 */
describe('a question asked before a request answers both', () => {
  it('the clinic answers its hours and lists openings for the physical', async () => {
    const o = await converse(
      'healthcare',
      [
        'what time do you open on saturday? and i need to book a physical',
        'Dana Ruiz',
        '1984-03-12',
        'the first one',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.turns[0].reply).toMatch(/open every day/i);
    expect(o.turns[0].tools.map((c) => c.tool)).toContain('find_appointment_slots');
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('the salon answers parking and lists the afternoon for the cut', async () => {
    const o = await converse(
      'salon',
      ['is there parking near you? i want to book a womens cut thursday afternoon'],
      { tool: 'check_availability' },
    );
    expect(o.turns[0].reply).toMatch(/car park/i);
    const asked = toolsOf(o).find((c) => c.tool === 'check_availability')?.arguments as {
      partOfDay?: string;
    };
    expect(asked.partOfDay).toBe('afternoon');
  }, 120_000);

  it('the booking keeps the day, the stylist and the service said beside the question', async () => {
    const o = await converse(
      'salon',
      [
        "hi do you have parking near you? and i'd like to book a men's cut tomorrow with Theo, around 11 if he's free",
        'Ben Carter, 07700 900818',
        "yes that's right, book it",
      ],
      { tool: 'book_appointment', result: { booked: true, service: "men's cut", stylist: 'Theo' } },
    );
    expect(o.turns[0].reply).toMatch(/car park/i);
    expect(o.turns[1].reply).toMatch(/^Just to confirm: men's cut with Theo on Tuesday/);
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('a request beside a service we do not offer is about that service', async () => {
    const salon = await converse('salon', ['do you do nails? I want a manicure on friday'], {
      never_tools: ['check_availability', 'book_appointment'],
    });
    expect(salon.turns[0].reply).toMatch(/^We're a hair salon only/);
    expect(salon.turns[0].handoffs).toEqual([]);
    const estate = await converse(
      'real-estate',
      ['do you do rentals? I need a 2 bed apartment near the park'],
      {
        never_tools: ['search_listings'],
      },
    );
    expect(estate.turns[0].reply).toMatch(/we don't handle rentals/);
    expect(estate.turns[0].handoffs).toEqual([]);
    // Said without a question, the salon's service it does not offer is declined the same way.
    const said = await converse('salon', ['I want a manicure on friday'], {
      never_tools: ['check_availability'],
    });
    expect(said.turns[0].reply).toMatch(/^We're a hair salon only/);
  }, 120_000);

  it('a greeting beside the question gets the answer alone', async () => {
    const o = await converse('salon', ['Hello! What time do you close on friday?'], { reply: 'open' });
    expect(o.turns[0].reply).toMatch(/^We're open Tuesday to Saturday/);
    expect(toolsOf(o)).toEqual([]);
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
