import { describe, expect, it } from 'vitest';
import { dialogueClock } from '../../../src/eval/dialogueEval.ts';
import { salonGraph } from '../../../templates/salon/graph.ts';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * The booking form on the offline model (issue #23): every reply is first checked for a cancel, a
 * question with a fixed answer, a correction; only then read as a slot value, by type; a read-back
 * before booking; no question a third time.
 */

// Its "tomorrow" is a Tuesday, when the salon is open, whatever day the tests run.
const t = useOfflineTemplate('salon', { now: () => dialogueClock() });
const booking = salonGraph.agents.find((a) => a.name === 'Booking')!.responses!;
const frontDesk = salonGraph.agents.find((a) => a.name === 'FrontDesk')!.responses!;

async function chat() {
  const { id } = await t.switchboard.createConversation();
  return (text: string) => t.switchboard.send(id, text);
}

const called = (turns: { toolCalls: { tool: string }[] }[]) =>
  turns.flatMap((r) => r.toolCalls.map((c) => c.tool));

describe('salon booking form with digressions (offline)', () => {
  it('"what time do you open on Saturday?" is answered and never books or reschedules', async () => {
    const say = await chat();
    const turn = await say('what time do you open on Saturday?');
    expect(turn.toolCalls).toEqual([]);
    expect(turn.reply).toBe(frontDesk.answers![0].say);
  });

  it('answers the hours mid-form, resumes the same question, and does not take Saturday as the day', async () => {
    const say = await chat();
    const turns = [await say("I want to book a men's cut on Friday at 11")];
    expect(turns[0].reply).toBe(booking.askFor!.customerName);
    turns.push(await say('what time do you close on saturday?'));
    expect(turns[1].reply).toBe(`${booking.answers![0].say} ${booking.askFor!.customerName}`);
    turns.push(await say('Tom Reyes'), await say('07700 900888'));
    expect(turns[3].reply).toMatch(
      /^Just to confirm: men's cut on Friday .*, at 11am, under Tom Reyes, 07700 900888\./,
    );
    expect(called(turns)).toEqual([]);
    const done = await say('yes');
    expect(done.toolCalls[0]).toMatchObject({ tool: 'book_appointment', result: { booked: true } });
  });

  it('takes "no, Thursday" as a correction of the day, and "never mind" as the end of the form', async () => {
    const say = await chat();
    await say('can I book a blow-dry on Wednesday at 10am');
    await say('Ama Boateng');
    const readBack = await say('07700 900555');
    expect(readBack.reply).toMatch(/Wednesday/);
    const corrected = await say('no, Thursday');
    expect(corrected.reply).toMatch(/^Just to confirm: blow-dry on Thursday/);
    const cancelled = await say('actually never mind, forget it');
    expect(cancelled.reply).toMatch(/nothing was changed\. Is there anything else/);
    expect(cancelled.toolCalls).toEqual([]);
  });

  it('never takes a time, "yes" or a choice as a name; rephrases, then offers a person, then hands over', async () => {
    const say = await chat();
    await say("I'd like a men's cut on Saturday at 10");
    const second = await say('yes book it');
    expect(second.reply).toBe(
      `Sorry, I didn't catch that. ${booking.askFor!.customerName} For example: Sam Lee`,
    );
    const third = await say('the first one is fine');
    expect(third.reply).toMatch(/^I'm sorry, I'm not getting the customer name right\. .*member of our team/);
    const fourth = await say('yes');
    expect(fourth.agent).toBe('Human');
    expect(called([second, third, fourth])).toEqual([]);
  });

  it('sets a stylist only when named as the stylist: "my name is Priya Shah" books with whoever is free', async () => {
    const say = await chat();
    await say("hi can I book a women's cut on Thursday at 5pm");
    await say('my name is Priya Shah');
    await say('07700 900999');
    const done = await say('yes');
    const call = done.toolCalls[0];
    expect(call).toMatchObject({ tool: 'book_appointment', result: { booked: true } });
    expect((call.arguments as Record<string, unknown>).stylist).toBeUndefined();
    expect((call.arguments as Record<string, unknown>).customerName).toBe('Priya Shah');
  });

  it('books the issue transcript: haircut tomorrow afternoon, service and time given later, name, phone', async () => {
    const say = await chat();
    const turns = [];
    for (const text of [
      "hi, I'd like to book a haircut for tomorrow afternoon",
      "a women's cut please",
      '3pm works',
      'my name is Priya Shah',
      '07700 900123',
      'yes book it',
    ])
      turns.push(await say(text));
    const call = turns.at(-1)!.toolCalls[0];
    expect(call).toMatchObject({ tool: 'book_appointment', result: { booked: true } });
    expect(call.arguments).toMatchObject({ serviceDescription: "a women's cut please", timeText: '3pm' });
    expect((call.arguments as Record<string, unknown>).stylist).toBeUndefined();
  });
});
