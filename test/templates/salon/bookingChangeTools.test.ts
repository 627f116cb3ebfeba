import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import { cancelBooking, getBooking, rescheduleBooking } from '../../../templates/salon/bookingChangeTools.ts';
import { bookAppointment } from '../../../templates/salon/bookingTools.ts';
import { rows, seededSalonDb, toolContext } from '../../support/templates/salon/salonTestDb.ts';

let db: ToolDb;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await seededSalonDb());
});
afterAll(() => close());

const row = async (ref: string) =>
  (
    await rows<{ day: string; start_min: number; stylist_id: string; status: string }>(
      db,
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, start_min, stylist_id, status FROM salon_bookings WHERE ref = '${ref}'`,
    )
  )[0];

async function book(day: string, time: string, extra: Record<string, unknown> = {}) {
  const ctx = toolContext(db, 'Booking');
  const result: any = await bookAppointment.execute(
    {
      serviceDescription: "women's cut",
      date: day,
      timeText: time,
      customerName: 'Ana Lopes',
      phone: '07700 900777',
      ...extra,
    } as any,
    ctx,
  );
  expect(result.booked).toBe(true);
  return { ref: result.reference as string, state: ctx.state };
}

describe('get_booking', () => {
  it('finds a booking by reference and remembers it with the customer', async () => {
    const ctx = toolContext(db, 'CustomerService');
    const result: any = await getBooking.execute({ bookingRef: 'gb 20310613 001' }, ctx);
    expect(result).toMatchObject({
      found: true,
      bookingRef: 'GB-20310613-001',
      service: 'full colour',
      stylist: 'Priya',
      when: 'Friday 13 June 2031 at 10:00',
      status: 'booked',
    });
    // Its day and time too: the move's read-back names the time, and "the twelfth" is in its month.
    // Not its phone number: a reference alone proves nothing, and a change is checked against the number.
    expect(ctx.state).toEqual({
      bookingRef: 'GB-20310613-001',
      bookingDay: '2031-06-13',
      bookingTime: '10:00',
      customerName: 'Sofia Rossi',
    });
  });

  it('uses the booking already in the state when no reference is given (after any handoff)', async () => {
    const result: any = await getBooking.execute(
      {},
      toolContext(db, 'ColorConsultation', { bookingRef: 'GB-20310614-002' }),
    );
    expect(result).toMatchObject({ found: true, service: "women's cut and blow-dry", stylist: 'Maya' });
  });

  it('finds the next booking under a phone number, and says a cancelled booking was cancelled', async () => {
    expect(
      await getBooking.execute({ phone: '07700900505' }, toolContext(db, 'CustomerService')),
    ).toMatchObject({
      found: true,
      bookingRef: 'GB-20310614-001',
    });
    const cancelled: any = await getBooking.execute(
      { bookingRef: 'GB-20310613-003' },
      toolContext(db, 'CustomerService'),
    );
    expect(cancelled.summary).toMatch(/was cancelled/);
  });

  it('never guesses a reference cut short after its day: the phone number picks that day’s booking', async () => {
    const noPhone: any = await getBooking.execute(
      { bookingRef: 'GB-20310613' },
      toolContext(db, 'CustomerService', { bookingRef: 'GB-20310613-002' }),
    );
    expect(noPhone).toMatchObject({ found: false, missing: 'phone' });
    const withPhone: any = await getBooking.execute(
      { bookingRef: 'GB-20310613', phone: '07700 900303' },
      toolContext(db, 'CustomerService'),
    );
    expect(withPhone).toMatchObject({ found: true, bookingRef: 'GB-20310613-002' });
    // The digits of a reference read as a phone number are not a phone number.
    expect(
      await getBooking.execute(
        { bookingRef: 'GB-20310613', phone: '20310613-002' },
        toolContext(db, 'CustomerService'),
      ),
    ).toMatchObject({
      missing: 'phone',
    });
  });

  it('asks for a reference when it has nothing to go on, and says when one does not exist', async () => {
    expect(await getBooking.execute({}, toolContext(db, 'CustomerService'))).toMatchObject({
      found: false,
      missing: 'bookingRef',
    });
    expect(
      await getBooking.execute({ bookingRef: 'GB-20310613-099' }, toolContext(db, 'CustomerService')),
    ).toMatchObject({
      found: false,
      message: expect.stringContaining('GB-20310613-099'),
    });
  });
});

describe('reschedule_booking', () => {
  it('moves a booking with the same stylist when free and keeps its reference', async () => {
    const { ref, state } = await book('2031-07-15', '10:00', { stylist: 'Priya' });
    const result: any = await rescheduleBooking.execute(
      { date: '2031-07-16', timeText: '2pm' },
      toolContext(db, 'CustomerService', state),
    );
    expect(result).toMatchObject({
      changed: true,
      reference: ref,
      stylist: 'Priya',
      when: 'Wednesday 16 July 2031 at 14:00',
    });
    expect(await row(ref)).toMatchObject({
      day: '2031-07-16',
      start_min: 840,
      stylist_id: 'STY-3',
      status: 'booked',
    });
  });

  it('may move within the same day onto its own old slot, and hands the slot to a colleague when the stylist is busy', async () => {
    const { ref, state } = await book('2031-07-17', '13:00', { stylist: 'Maya' });
    const later: any = await rescheduleBooking.execute(
      { date: '2031-07-17', timeText: '13:30' },
      toolContext(db, 'CustomerService', state),
    );
    expect(later).toMatchObject({ changed: true, stylist: 'Maya' });
    await book('2031-07-18', '10:00', { stylist: 'Maya', customerName: 'Someone Else' });
    const moved: any = await rescheduleBooking.execute(
      { date: '2031-07-18', timeText: '10am' },
      toolContext(db, 'CustomerService', state),
    );
    expect(moved.changed).toBe(true);
    expect(moved.stylist).not.toBe('Maya');
    const insisted: any = await rescheduleBooking.execute(
      { date: '2031-07-18', timeText: '10am', stylist: 'Maya' },
      toolContext(db, 'CustomerService', { bookingRef: ref, phone: '07700 900777' }),
    );
    expect(insisted).toMatchObject({
      changed: false,
      message: expect.stringMatching(/^Maya is fully booked at 10:00/),
    });
  });

  it('calls a move onto the time the booking already has no move', async () => {
    const { ref, state } = await book('2031-07-24', '11:00', { stylist: 'Priya' });
    const same: any = await rescheduleBooking.execute(
      { date: '2031-07-24', timeText: '11am' },
      toolContext(db, 'CustomerService', state),
    );
    expect(same).toMatchObject({ changed: false, message: expect.stringContaining('already on') });
    expect(same.rescheduled).toBeUndefined();
    expect(await row(ref)).toMatchObject({ day: '2031-07-24', start_min: 660, stylist_id: 'STY-3' });
  });

  it('refuses past and cancelled bookings, and closed days', async () => {
    const past: any = await rescheduleBooking.execute(
      { bookingRef: 'GB-20250614-002', phone: '07700 900422', date: '2031-07-19', timeText: '10am' },
      toolContext(db, 'CustomerService'),
    );
    expect(past).toMatchObject({ changed: false, message: expect.stringContaining("can't be changed") });
    const cancelled: any = await rescheduleBooking.execute(
      { bookingRef: 'GB-20310613-003', phone: '07700 900404', date: '2031-07-19', timeText: '10am' },
      toolContext(db, 'CustomerService'),
    );
    expect(cancelled).toMatchObject({
      changed: false,
      message: expect.stringContaining('already cancelled'),
    });
    const monday: any = await rescheduleBooking.execute(
      { bookingRef: 'GB-20310610-001', phone: '07700 900101', date: '2031-07-21', timeText: '10am' },
      toolContext(db, 'CustomerService'),
    );
    expect(monday).toMatchObject({ changed: false, missing: 'date' });
    expect(await row('GB-20310610-001')).toMatchObject({ day: '2031-06-10', start_min: 540 });
  });
});

describe('cancel_booking', () => {
  it('cancels the booking in the state, frees the slot, and does nothing the second time', async () => {
    const { ref, state } = await book('2031-07-22', '10:00', { stylist: 'Priya' });
    const result: any = await cancelBooking.execute({}, toolContext(db, 'CustomerService', state));
    expect(result).toMatchObject({ changed: true, cancelled: true, reference: ref });
    expect((await row(ref)).status).toBe('cancelled');
    const again: any = await cancelBooking.execute({}, toolContext(db, 'CustomerService', state));
    expect(again).toMatchObject({ changed: false, message: expect.stringContaining('already cancelled') });
    // The slot is free again: Priya can be booked at the same time.
    await book('2031-07-22', '10:00', { stylist: 'Priya' });
  });
});
