import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import { cancelSlot, findMine, rescheduleSlot } from '../../../templates/after-hours/appointmentChanges.ts';
import type { AfterHoursContext } from '../../../templates/after-hours/context.ts';
import { BOOKED_APPOINTMENTS } from '../../../templates/after-hours/seedData.ts';
import { afterHoursSetupSql } from '../../../templates/after-hours/setup.ts';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';
import {
  rows,
  seededTemplateDb,
  templateToolContext,
} from '../../support/templates/shared/templateTestDb.ts';

/**
 * An appointment on the after-hours line is changed only by a caller who gives the name it is under and
 * the phone number it was booked with (bookingHolder.ts). Before, the name alone moved or cancelled it:
 * anyone who knew whose it was could. The check is in the tools, so a model that skips the question
 * still changes nothing; a miss reads the same whichever detail was wrong and says nothing of the
 * booking; the second miss offers a person and the third passes the caller to one. Seeded: Dana Ruiz
 * holds one appointment, booked with 555-0134.
 */

const held = async (db: ToolDb, name: string) =>
  rows<{ id: string; booked_phone: string | null }>(
    db,
    `SELECT id, booked_phone FROM after_hours_slots WHERE booked_for = '${name}'`,
  );

describe('after-hours tools: the name and the number together, checked in code', () => {
  let db: ToolDb;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await seededTemplateDb(afterHoursSetupSql));
  });
  afterAll(() => close());
  const ctx = (state: AfterHoursContext = {}) => templateToolContext(db, 'Scheduler', state);

  it('a stranger with only the name is asked for the number, and nothing is cancelled or moved', async () => {
    const [visit] = await held(db, 'Dana Ruiz');
    for (const result of [
      await cancelSlot.execute({ bookedUnderName: 'Dana Ruiz', bookedSlotId: visit.id }, ctx()),
      await rescheduleSlot.execute({ bookedUnderName: 'Dana Ruiz', date: '2099-01-01' }, ctx()),
      await findMine.execute({ bookedUnderName: 'Dana Ruiz' }, ctx()),
    ])
      expect(result).toMatchObject({ missing: 'bookedUnderPhone' });
    expect(await held(db, 'Dana Ruiz')).toEqual([visit]);
  });

  it('a wrong number reads exactly as a name that holds nothing, and reveals no booking', async () => {
    const wrong = await cancelSlot.execute(
      { bookedUnderName: 'Dana Ruiz', bookedUnderPhone: '555-0199' },
      ctx(),
    );
    const nobody = await cancelSlot.execute(
      { bookedUnderName: 'Nobody Here', bookedUnderPhone: '555-0134' },
      ctx(),
    );
    expect(wrong).toEqual(nobody);
    expect(JSON.stringify(wrong)).not.toMatch(/SL-\d|Okafor|13:30/);
    const move = await rescheduleSlot.execute(
      { bookedUnderName: 'Dana Ruiz', bookedUnderPhone: '555 0100', date: '2099-01-01' },
      ctx(),
    );
    expect(move).toMatchObject({ rescheduled: false, found: false });
    expect(JSON.stringify(move)).not.toMatch(/SL-\d|Okafor|13:30/);
    expect(await held(db, 'Dana Ruiz')).toHaveLength(1);
  });

  it('a number the call already holds that is not the booking’s is asked about, not tried as a miss', async () => {
    const state: AfterHoursContext = { phone: '555 0100' };
    expect(await findMine.execute({ bookedUnderName: 'Dana Ruiz' }, ctx(state))).toMatchObject({
      missing: 'bookedUnderPhone',
    });
    expect(state.detailMisses).toBeUndefined();
  });

  it('the second miss offers a person; the third passes the caller to one', async () => {
    const state: AfterHoursContext = {};
    const tryNumber = (phone: string) =>
      findMine.execute({ bookedUnderName: 'Dana Ruiz', bookedUnderPhone: phone }, ctx(state));
    expect(await tryNumber('555 0101')).not.toHaveProperty('escalate');
    expect(await tryNumber('555 0102')).toMatchObject({
      message: expect.stringMatching(/member of our team/),
    });
    expect(await tryNumber('555 0103')).toMatchObject({ escalate: true });
  });

  it.each(['555-0134', '(555) 0134', '555.01.34', '+1 555 0134', '5550134'])(
    'the right number said as %s finds the appointment',
    async (phone) => {
      const found = await findMine.execute({ bookedUnderName: 'dana  ruiz', bookedUnderPhone: phone }, ctx());
      expect(found).toMatchObject({ found: true, count: 1 });
    },
  );

  it("the number question's example is no booking's number (a question asked again says it)", () => {
    const examples = [findMine, cancelSlot, rescheduleSlot].map((tool) =>
      JSON.stringify(tool.parameters.shape.bookedUnderPhone.description).replace(/\D/g, ''),
    );
    for (const booked of BOOKED_APPOINTMENTS)
      for (const example of examples) expect(example).not.toContain(booked.phone);
  });

  it('a slot the clinic holds itself (no number) is changed by nobody', async () => {
    const result = await cancelSlot.execute(
      { bookedUnderName: 'Walk-in hold', bookedUnderPhone: '555-0134' },
      ctx(),
    );
    expect(result).toMatchObject({ cancelled: false, found: false });
  });
});

describe('after-hours, offline: a stranger with only the name cannot move or cancel', () => {
  const t = useOfflineTemplate('after-hours', { perTest: true });
  const conversation = async () => {
    const { id } = await t.switchboard.createConversation({});
    return (text: string) => t.switchboard.send(id, text);
  };
  const danas = async () => held(await t.store.toolDb(), 'Dana Ruiz');

  it('a caller who gives the name and a wrong number hears nothing of the booking and cancels nothing', async () => {
    const [visit] = await danas();
    const say = await conversation();
    await say("I need to cancel my appointment, it's under Dana Ruiz");
    const miss = await say('555 0199');
    expect(miss.reply).toMatch(/^I don't see an appointment under that name and phone number\./);
    expect(miss.reply).not.toContain(visit.id);
    const again = await say('yes cancel it');
    expect(
      again.toolCalls.filter(
        (c) => c.tool === 'cancel_slot' && (c.result as { cancelled?: boolean }).cancelled,
      ),
    ).toEqual([]);
    expect(await danas()).toHaveLength(1);
  });

  it('the right number, said another way, cancels on yes', async () => {
    const say = await conversation();
    await say("I need to cancel my appointment, it's under Dana Ruiz");
    const readBack = await say('it was (555) 013-4');
    expect(readBack.reply).toMatch(
      /^Just to confirm: cancel your appointment on .+ at 13:30 with Dr\. Okafor/,
    );
    const done = await say('yes');
    expect(done.toolCalls.map((c) => c.tool)).toEqual(['cancel_slot']);
    expect(await danas()).toEqual([]);
  });

  it('an appointment booked in this call is moved without asking the number again', async () => {
    const say = await conversation();
    await say('hi, I need to book an appointment for this week');
    await say('the first one is fine');
    await say('Lena Marsh');
    const booked = await say('555-0123');
    expect(booked.toolCalls.map((c) => c.tool)).toEqual(['book_slot']);
    const [slot] = await held(await t.store.toolDb(), 'Lena Marsh');
    expect(slot.booked_phone).toBe('5550123');
    const cancel = await say('actually can you cancel that appointment');
    expect(cancel.reply).toMatch(/^Just to confirm: cancel your appointment/);
  });
});
