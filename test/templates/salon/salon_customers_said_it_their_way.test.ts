import { describe, expect, it } from 'vitest';
import { dialogueClock } from '../../../src/eval/dialogueEval.ts';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * Found by chatting as customers do (salon22): a stylist asked after at one desk and "the earliest she
 * can fit me in" after the handoff; "after work", "after school", "first thing" and "late afternoon"
 * instead of a clock time; "how long does it take?" mid-form; a cancellation fee asked of a salon with
 * no written terms; and a third phone number that finds nothing.
 */

// Its "tomorrow" is a Tuesday, when the salon is open, whatever day the tests run.
const t = useOfflineTemplate('salon', { perTest: true, now: () => dialogueClock() });

async function chat() {
  const { id } = await t.switchboard.createConversation();
  return (text: string) => t.switchboard.send(id, text);
}

const toolsOf = (turn: { toolCalls: { tool: string }[] }) => turn.toolCalls.map((c) => c.tool);
/** The call of `tool` this turn (handoffs are listed among the calls too). */
const callOf = <T extends { tool: string }>(turn: { toolCalls: T[] }, tool: string) =>
  turn.toolCalls.find((c) => c.tool === tool);

describe('salon customers said it their way', () => {
  it('keeps the stylist and the day asked at the front desk when the earliest time is asked after the quote', async () => {
    const say = await chat();
    await say("is aisha in on friday? i want a full colour, my hair's medium length");
    const earliest = await say("what's the earliest she can fit me in");
    expect(callOf(earliest, 'check_availability')).toMatchObject({ arguments: { stylist: 'Aisha' } });
    expect(earliest.reply).toMatch(/^On Friday .*full colour.*: Aisha at 09:00/);
    const readBack = await say('ok 9am then. Laura Brennan, 07700 900558');
    expect(readBack.reply).toMatch(/with Aisha on Friday/);
    const done = await say('yes');
    expect(callOf(done, 'book_appointment')).toMatchObject({ result: { booked: true, stylist: 'Aisha' } });
  });

  it('lists the free times of "after work", "after school", "first thing" and "late afternoon"', async () => {
    for (const [said, part] of [
      ['can i book a blow dry for friday after work', 'evening'],
      ['can i book my son in for a haircut after school on wednesday', 'late afternoon'],
      ["a men's cut saturday first thing please", 'morning'],
      ['need a cut & blow-dry thurs late afternoon pls', 'late afternoon'],
    ]) {
      const say = await chat();
      const first = await say(said);
      expect(callOf(first, 'check_availability'), said).toMatchObject({ arguments: { partOfDay: part } });
    }
  });

  it('does not price a booking for long hair when the customer asks how long it takes', async () => {
    const say = await chat();
    await say('Book a blowdry tmrw 2pm');
    await say('actually how long does a blow dry take');
    const name = await say('ok. Zoe Hart');
    expect(name.reply).toContain('mobile number');
    await say('07700 900404');
    const done = await say('y');
    expect(callOf(done, 'book_appointment')).toMatchObject({ result: { booked: true, price: '$40' } });
    expect(callOf(done, 'book_appointment')).not.toMatchObject({ arguments: { hairLength: 'long' } });
  });

  it('answers a cancellation fee without inventing one and offers a person', async () => {
    const say = await chat();
    const fee = await say('is there a fee for cancelling?');
    expect(fee.reply).toMatch(/won't guess/);
    expect(fee.reply).toMatch(/member of our team/);
    expect(fee.reply).not.toMatch(/\$\d/);
  });

  it('offers a person on the third phone number that finds no booking', async () => {
    const say = await chat();
    await say('hi i need to cancel my appt');
    const first = await say('07700 900111');
    expect(first.reply).not.toMatch(/member of our team/);
    await say('07700 900222');
    const third = await say('07700 900333');
    expect(third.reply).toMatch(/can't find .*member of our team/);
    const yes = await say('yes please');
    expect(toolsOf(yes)).not.toContain('cancel_booking');
  });
});
