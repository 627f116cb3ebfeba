import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import { cancelBooking, getBooking, rescheduleBooking } from '../../../templates/salon/bookingChangeTools.ts';
import { bookAppointment } from '../../../templates/salon/bookingTools.ts';
import { logComplaint } from '../../../templates/salon/complaintTools.ts';
import { rows, seededSalonDb, toolContext } from '../../support/templates/salon/salonTestDb.ts';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * Issue #17 item 4, salon analogue: Maya (07700 900101) must not read, move or cancel Sofia's booking
 * GB-20310613-001 (07700 900202). A conversation is about the bookings under one phone number.
 */

const MAYA = { phone: '07700 900101', bookingRef: 'GB-20310610-001', customerName: 'Maya Patel' };
const statusOf = async (db: ToolDb, ref: string) =>
  (
    await rows<{ status: string; day: string }>(
      db,
      `select status, day::text from salon_bookings where ref = '${ref}'`,
    )
  )[0];

const t = useOfflineTemplate('salon', { perTest: true });

describe('salon: a conversation never touches another customer’s booking (offline model)', () => {
  it("Maya asks to cancel the booking under Sofia's number: refused, no booking changes", async () => {
    const { id } = await t.switchboard.createConversation();
    const say = (text: string) => t.switchboard.send(id, text);

    const own = await say('my number is 07700 900101, when is my booking');
    expect(own.toolCalls[0]).toMatchObject({
      tool: 'get_booking',
      result: { found: true, bookingRef: MAYA.bookingRef },
    });

    // A cancellation is read back first (docs/dialogue.md). Whatever the dialogue does next, nothing of
    // Sofia's is revealed or changed (the tool's own refusal is tested directly below).
    for (const text of ['please cancel the booking under 07700 900202', 'yes']) {
      const turn = await say(text);
      expect(turn.reply).not.toMatch(/Sofia|full colour|GB-20310613-001/);
      for (const call of turn.toolCalls)
        expect(JSON.stringify(call.result)).not.toMatch(/Sofia|GB-20310613-001/);
    }

    const db = await t.store.toolDb();
    expect((await statusOf(db, 'GB-20310613-001')).status).toBe('booked');
    expect((await statusOf(db, MAYA.bookingRef)).status).toBe('booked');
    expect((await t.store.getConversation(id))!.context).toMatchObject({ phone: MAYA.phone });
  });
});

describe('salon booking tools are scoped to the conversation’s phone number', () => {
  let db: ToolDb;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await seededSalonDb());
  });
  afterAll(() => close());
  const asMaya = (agent = 'CustomerService') => toolContext(db, agent, { ...MAYA });

  it('get_booking: another customer’s reference reads exactly like a reference that does not exist', async () => {
    const foreign = await getBooking.execute({ bookingRef: 'GB-20310613-001' }, asMaya());
    const missing = await getBooking.execute({ bookingRef: 'GB-20310613-009' }, asMaya());
    expect(foreign).toEqual({
      ...(missing as object),
      bookingRef: 'GB-20310613-001',
      message: expect.any(String),
    });
    expect((foreign as { message: string }).message).toBe(
      (missing as { message: string }).message.replace('GB-20310613-009', 'GB-20310613-001'),
    );
  });

  // QA probe (2026-11-27): the not-found message gave a real booking's reference as its example
  // (GB-20310613-002), which anyone could then read, with its customer's name, by that reference alone.
  it('get_booking: a miss names no real booking, and a reference alone reads no name', async () => {
    const missing = await getBooking.execute(
      { bookingRef: 'GB-20310613-009' },
      toolContext(db, 'CustomerService'),
    );
    const seeded = await rows<{ ref: string }>(db, 'select ref from salon_bookings');
    for (const { ref } of seeded) expect((missing as { message: string }).message).not.toContain(ref);
    const byReference = await getBooking.execute(
      { bookingRef: 'GB-20310613-002' },
      toolContext(db, 'CustomerService'),
    );
    expect(byReference).toMatchObject({ found: true, bookingRef: 'GB-20310613-002' });
    expect(byReference).not.toHaveProperty('customerName');
    expect(await getBooking.execute({ phone: MAYA.phone }, asMaya())).toMatchObject({
      found: true,
      customerName: MAYA.customerName,
    });
  });

  it('reschedule_booking and cancel_booking leave another customer’s booking alone', async () => {
    const moved = await rescheduleBooking.execute(
      { bookingRef: 'GB-20310613-001', date: '2031-06-17', timeText: '10:00' },
      asMaya(),
    );
    expect(moved).toMatchObject({ changed: false, found: false });
    expect(await cancelBooking.execute({ bookingRef: 'GB-20310613-001' }, asMaya())).toMatchObject({
      changed: false,
      found: false,
    });
    expect(await statusOf(db, 'GB-20310613-001')).toEqual({ status: 'booked', day: '2031-06-13' });
  });

  it('another phone number is refused the same way whether or not anyone books under it', async () => {
    const real = await getBooking.execute({ phone: '07700 900202' }, asMaya());
    const nobody = await getBooking.execute({ phone: '07700 999999' }, asMaya());
    expect(real).toEqual(nobody);
    expect(real).toMatchObject({ found: false, otherOwner: true });
    const booked = await bookAppointment.execute(
      {
        serviceDescription: "women's cut",
        date: '2031-06-18',
        timeText: '11:00',
        customerName: 'Maya Patel',
        phone: '07700 900202',
      },
      asMaya('Booking'),
    );
    expect(booked).toMatchObject({ booked: false, otherOwner: true });
  });

  it('the first booking found establishes the number; it never switches afterwards', async () => {
    const ctx = toolContext(db, 'CustomerService');
    expect(await getBooking.execute({ bookingRef: 'GB-20310613-002' }, ctx)).toMatchObject({ found: true });
    // Its number is not the conversation's (a reference alone proves nothing, issue #23), yet the
    // booking still scopes every later look-up.
    expect(ctx.state.phone).toBeUndefined();
    expect(await getBooking.execute({ bookingRef: 'GB-20310613-001' }, ctx)).toMatchObject({ found: false });
    expect(ctx.state).toMatchObject({ bookingRef: 'GB-20310613-002' });
    expect(await getBooking.execute({ phone: '07700 900202' }, ctx)).toMatchObject({ otherOwner: true });
  });

  it('a complaint naming another customer’s booking is logged without tying it to that booking', async () => {
    const result = await logComplaint.execute(
      { details: 'the colour was patchy', complaintBookingRef: 'GB-20310613-001' },
      asMaya(),
    );
    expect(result).toMatchObject({ logged: true, bookingRef: null });
  });
});
