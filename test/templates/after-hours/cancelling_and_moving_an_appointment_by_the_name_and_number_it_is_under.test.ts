import { describe, expect, it } from 'vitest';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';
import { rows } from '../../support/templates/shared/templateTestDb.ts';

/**
 * The after-hours line cancels and moves appointments it booked, offline, as `switchboard chat --graph
 * after-hours` runs it. An appointment is a slot held in a name and the phone number given at booking, so
 * the caller gives both (a_stranger_with_only_the_name_cannot_move_or_cancel.test.ts: the name alone
 * changes nothing); the appointment is found as the only one, by the doctor or day the caller names,
 * or picked from a list; the change is read back naming the appointment and made on "yes" only; a move
 * keeps the doctor and the time unless others are named, and frees the old slot. Seeded: Dana Ruiz has
 * one appointment (Dr. Okafor, 13:30, booked with 555-0134), Marcus Bell two (Dr. Whitfield and Dr.
 * Patel, 555-0178).
 */

const t = useOfflineTemplate('after-hours', { perTest: true });

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

type Slot = {
  id: string;
  provider: string;
  slot_date: string;
  start_time: string;
  booked_for: string | null;
};
const heldBy = async (name: string) =>
  rows<Slot>(
    await t.store.toolDb(),
    `SELECT id, provider, to_char(slot_date, 'YYYY-MM-DD') AS slot_date, start_time, booked_for FROM after_hours_slots WHERE booked_for = '${name}' ORDER BY slot_date`,
  );

/** A weekday other than the appointment's own, and the date it means from today. */
function anotherWeekday(date: string): { name: string; date: string } {
  // Three or four days ahead: never tomorrow (the line holds tomorrow's first slots for walk-ins) and
  // never the appointment's own weekday.
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const own = new Date(`${date}T00:00:00Z`).getUTCDay();
  const ahead = (now.getUTCDay() + 3) % 7 === own ? 4 : 3;
  return {
    name: WEEKDAYS[(now.getUTCDay() + ahead) % 7],
    date: new Date(today + ahead * 86_400_000).toISOString().slice(0, 10),
  };
}

async function conversation() {
  const { id } = await t.switchboard.createConversation({});
  return (text: string) => t.switchboard.send(id, text);
}

describe('after-hours, offline: cancelling and moving an appointment by the name and number it is under', () => {
  it('asks whose name it is under and its number, reads the cancellation back, and cancels only on yes', async () => {
    const [before] = await heldBy('Dana Ruiz');
    const say = await conversation();
    const asked = await say('hello, I have to cancel my appointment');
    expect(asked.agent).toBe('Scheduler');
    expect(asked.reply).toBe('Whose name is the appointment under?');
    const number = await say('Dana Ruiz');
    expect(number.reply).toBe('And the phone number it was booked with?');
    const readBack = await say('555-0134');
    expect(readBack.reply).toMatch(
      new RegExp(
        `^Just to confirm: cancel your appointment on .+ at 13:30 with Dr\\. Okafor \\(${before.id}\\)\\. Shall I go ahead\\?$`,
      ),
    );
    expect(await heldBy('Dana Ruiz')).toHaveLength(1);
    const done = await say('yes please');
    expect(done.toolCalls.map((c) => c.tool)).toEqual(['cancel_slot']);
    expect(done.reply).toMatch(
      /^I've cancelled your appointment on .+\. The slot is free for someone else\.$/,
    );
    expect(await heldBy('Dana Ruiz')).toEqual([]);
  });

  it('changing your mind at the read-back cancels nothing', async () => {
    const say = await conversation();
    const readBack = await say("I need to cancel my appointment, it's under Dana Ruiz, 555 0134");
    expect(readBack.reply).toMatch(/^Just to confirm: cancel your appointment on /);
    const kept = await say("actually no, I'll keep it");
    expect(kept.reply).toMatch(/nothing was changed/);
    expect(kept.toolCalls).toEqual([]);
    expect(await heldBy('Dana Ruiz')).toHaveLength(1);
  });

  it('moves the appointment to another day at the same time with the same doctor and frees the old slot', async () => {
    const [before] = await heldBy('Dana Ruiz');
    const to = anotherWeekday(before.slot_date);
    const say = await conversation();
    await say(`hi, I need to move my appointment to ${to.name}`);
    const readBack = await say('Dana Ruiz, my number is 555-0134');
    expect(readBack.reply).toMatch(
      new RegExp(`^Just to confirm: move your appointment .+\\(${before.id}\\) to .+, at the same time\\.`),
    );
    const done = await say('yes');
    expect(done.toolCalls.map((c) => c.tool)).toEqual(['reschedule_slot']);
    const [after] = await heldBy('Dana Ruiz');
    expect(after).toMatchObject({ provider: 'Okafor', slot_date: to.date, start_time: before.start_time });
    const [old] = await rows<{ booked_for: string | null }>(
      await t.store.toolDb(),
      `SELECT booked_for FROM after_hours_slots WHERE id = '${before.id}'`,
    );
    expect(old.booked_for).toBeNull();
  });

  it('with two appointments, the one named by its doctor is the one moved', async () => {
    const [whitfield, patel] = await heldBy('Marcus Bell');
    expect([whitfield.provider, patel.provider]).toEqual(['Whitfield', 'Patel']);
    const to = anotherWeekday(patel.slot_date);
    const say = await conversation();
    const readBack = await say(
      `can I move my appointment with Dr. Patel to ${to.name}? it's Marcus Bell, 555 0178`,
    );
    expect(readBack.reply).toMatch(
      new RegExp(`^Just to confirm: move your appointment .+ with Dr\\. Patel \\(${patel.id}\\)`),
    );
    await say('yes');
    const after = await heldBy('Marcus Bell');
    expect(after.map((s) => s.id)).toContain(whitfield.id);
    expect(after.find((s) => s.provider === 'Patel')).toMatchObject({
      slot_date: to.date,
      start_time: '11:00',
    });
  });

  it('with two appointments and none named, lists them and the pick is the one moved', async () => {
    const [whitfield] = await heldBy('Marcus Bell');
    const to = anotherWeekday(whitfield.slot_date);
    const say = await conversation();
    await say(`I need to reschedule my appointment to ${to.name}`);
    await say('Marcus Bell');
    const listed = await say('(555) 0178');
    expect(listed.reply).toMatch(/^Marcus Bell has 2 appointments: .+ Which one do you mean\?$/);
    const readBack = await say('the one with Dr. Whitfield');
    expect(readBack.reply).toMatch(
      new RegExp(`Just to confirm: move your appointment .+\\(${whitfield.id}\\) to `),
    );
    await say('yes');
    expect((await heldBy('Marcus Bell')).find((s) => s.provider === 'Whitfield')).toMatchObject({
      slot_date: to.date,
    });
  });
});
