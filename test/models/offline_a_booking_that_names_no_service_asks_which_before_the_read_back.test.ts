import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "could I book something for next tuesday at 4pm" was read back as "something on Tuesday…", and only
 * after the customer's "yes" did the booking tool ask which service; a date change said to that question
 * ("oh actually can you make it wednesday") then became the service. The salon names what its booking
 * tool can book (`responses.clarify.serviceDescription.names`): a value naming none of it is asked for
 * before the read-back — or taken from an earlier message that named one.
 */
const ASK_SERVICE = /^Which service would you like/;

describe('a booking that names no service asks which before the read-back', () => {
  it('"book something … at 4pm": the service is asked, then one read-back and one yes', async () => {
    const o = await converse(
      'salon',
      ['could I book something for next tuesday at 4pm', 'Dee Walsh', '07700 900444', 'a blow dry', 'yes'],
      { tool: 'book_appointment', result: { booked: true, service: 'blow-dry' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(ASK_SERVICE);
    expect(o.turns[3].reply).toMatch(/^Just to confirm: blow dry on Tuesday/);
    expect(toolsOf(o).filter((t) => t.tool === 'book_appointment')).toHaveLength(1);
  }, 120_000);

  it('"an appointment" is no service either, and a reply that is not one is asked again', async () => {
    const o = await converse(
      'salon',
      ["I'd like an appointment on friday at 2pm", 'Ana Lopes', '07700 900333', 'yes', "a men's cut", 'yes'],
      { tool: 'book_appointment', result: { booked: true, service: "men's cut" } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(ASK_SERVICE);
    expect(o.turns[3].reply).toMatch(/Which service would you like/);
    expect(o.turns[3].reply).not.toMatch(/confirm/i);
  }, 120_000);

  it('a service quoted earlier is the one booked: "Wednesday at 10?" after a full-colour quote', async () => {
    const o = await converse(
      'salon',
      [
        'Hello, I wish to make an appointment for full colour. My hair is medium length.',
        'Wednesday at 10 in the morning is possible?',
        'Oksana Kovalenko',
        '07700 900274',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true, service: 'full colour' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.map((t) => t.reply).join('\n')).not.toMatch(ASK_SERVICE);
  }, 120_000);
});
