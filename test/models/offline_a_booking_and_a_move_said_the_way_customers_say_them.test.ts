import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/models/offline/entityExtractors.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// Found by dialogue batch 15's dev rows (docs/dialogue.md, twenty-fourth pass): each of these reached the
// right desk and then stalled on how the customer put it.
describe('a booking and a move said the way customers say them', () => {
  // "saturday week, 9am" was booked for tomorrow's Saturday (a chat probe).
  it('reads "saturday week" as the Saturday after the coming one', () => {
    const friday = new Date('2026-11-27T09:00:00Z');
    expect(findDate('saturday week, 9am', friday)).toBe('2026-12-05');
    expect(findDate('a week on saturday', friday)).toBe('2026-12-05');
    expect(findDate('saturday at 9', friday)).toBe('2026-11-28');
  });

  // "It'll be under Amira Haddad" to the name question: "Sorry, I didn't catch that", three times.
  it('takes "it\'ll be under <name>" as the name', async () => {
    const o = await converse(
      'salon',
      [
        'can I book a kids cut for my son on thursday at 4pm?',
        "It'll be under Amira Haddad",
        '07700 900583',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'book_appointment')?.arguments).toMatchObject({
      customerName: 'Amira Haddad',
    });
  }, 180_000);

  // "the Saturday after instead, 14 June" for a June 2031 booking went to Monday 14 June 2027 (a day the
  // salon is closed): a date without a year is the booking's year, the one that falls on the weekday said.
  it("moves a booking to a date said with its weekday, in the booking's year", async () => {
    const o = await converse(
      'salon',
      [
        'I need to move my appointment GB-20310613-002, my number is 07700 900303',
        'could it be saturday 14 june instead, same time?',
        'yes',
      ],
      { tool: 'reschedule_booking', result: { changed: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'reschedule_booking')?.arguments).toMatchObject({
      date: '2031-06-14',
    });
  }, 180_000);

  // "do you have anything this saturday for a blow dry?" quoted the blow-dry's price, and the read-back
  // called the service "anything".
  it('answers "do you have anything <day> for <service>?" with free times, and reads the service back', async () => {
    const o = await converse(
      'salon',
      [
        'hi! do you have anything this saturday for a blow dry?',
        '10am',
        'Jess Tanaka',
        '07700 900412',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o)[0]?.tool).toBe('check_availability');
    expect(o.turns.map((t) => t.reply).join('\n')).toMatch(/Just to confirm: blow dry on Saturday/);
  }, 180_000);

  // "tell me more about the Elm Street one" after a search listing two homes got the search's opening
  // question: a listed record is picked by words only its entry says.
  it('looks up the listed home picked by its street', async () => {
    const o = await converse(
      'real-estate',
      ['looking for a 3 bed in Maplewood, budget around 650k', 'ok, tell me more about the Elm Street one'],
      { tool: 'get_listing', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'get_listing')?.arguments).toMatchObject({
      listingId: 'LST-1001',
    });
  }, 180_000);

  // "I twisted my ankle … What should I do?" handed to the clinical line scored just under the bar on the
  // symptom look-up and got the line's opening question; a statement still gets the question.
  it('triages a symptom story that ends "what should I do?", and asks about a bare statement', async () => {
    const asked = await converse(
      'healthcare',
      ["I twisted my ankle playing football yesterday and now it's swollen. What should I do?"],
      { tool: 'triage_symptoms', result: { found: true, protocolId: 'TP-SPRAIN' } },
    );
    expect(asked.unmet).toEqual([]);
    const told = await converse('healthcare', ['hey, my ankle is bothering me'], {
      reply: 'what you.re feeling',
    });
    expect(told.unmet).toEqual([]);
    expect(toolsOf(told)).toEqual([]);
  }, 180_000);
});
