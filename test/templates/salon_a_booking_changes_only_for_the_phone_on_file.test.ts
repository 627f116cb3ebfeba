import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../src/store/types.ts';
import { cancelBooking, getBooking, rescheduleBooking } from '../../templates/salon/bookingChangeTools.ts';
import { rows, seededSalonDb, toolContext } from '../support/templates/salon/salonTestDb.ts';

/**
 * Issue #23, security: a salon reference is a day plus a three-digit count, so it can be guessed. The
 * tools that move or cancel a booking refuse unless the caller's phone number is the booking's (said
 * now, or already the conversation's), whatever the conversation layer asks before calling them.
 * Daniel Kim's booking GB-20310613-002 is under 07700 900303.
 */

const REF = 'GB-20310613-002';
const DANIEL = '07700 900303';
const STRANGER = '07700 900999';

let db: ToolDb;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await seededSalonDb());
});
afterAll(() => close());

const booking = async () =>
  (
    await rows<{ day: string; status: string }>(
      db,
      `select to_char(day, 'YYYY-MM-DD') as day, status from salon_bookings where ref = '${REF}'`,
    )
  )[0];
const ctx = (state = {}) => toolContext(db, 'CustomerService', state);
const move = { bookingRef: REF, date: '2031-06-17', timeText: '11:00' };

describe('salon: a booking is moved or cancelled only for the phone number on file', () => {
  it('with no phone number at all, both tools ask for it and change nothing', async () => {
    const asked = { changed: false, missing: 'phone', message: expect.stringMatching(/phone number/) };
    expect(await rescheduleBooking.execute(move, ctx())).toMatchObject(asked);
    expect(await cancelBooking.execute({ bookingRef: REF }, ctx())).toMatchObject(asked);
    expect(await booking()).toEqual({ day: '2031-06-13', status: 'booked' });
  });

  it('with a wrong number, both answer as for a reference that does not exist and change nothing', async () => {
    const missing: any = await cancelBooking.execute(
      { bookingRef: 'GB-20310613-099', phone: STRANGER },
      ctx(),
    );
    const moved: any = await rescheduleBooking.execute({ ...move, phone: STRANGER }, ctx());
    const cancelled: any = await cancelBooking.execute({ bookingRef: REF, phone: STRANGER }, ctx());
    for (const refused of [moved, cancelled]) {
      expect(refused).toMatchObject({ changed: false, found: false });
      expect(refused.message).toBe(missing.message.replace('GB-20310613-099', REF));
    }
    expect(await booking()).toEqual({ day: '2031-06-13', status: 'booked' });
  });

  it('a look-up by reference alone does not lend its number to a change that follows', async () => {
    const state = {};
    expect(await getBooking.execute({ bookingRef: REF }, ctx(state))).toMatchObject({ found: true });
    expect(state).not.toHaveProperty('phone');
    expect(await cancelBooking.execute({}, ctx(state))).toMatchObject({ changed: false, missing: 'phone' });
    expect((await booking()).status).toBe('booked');
  });

  it('with the right number (said now or the conversation’s own), the move and the cancellation go ahead', async () => {
    expect(await rescheduleBooking.execute({ ...move, phone: '07700900303' }, ctx())).toMatchObject({
      changed: true,
      reference: REF,
    });
    expect(await booking()).toEqual({ day: '2031-06-17', status: 'booked' });
    expect(await cancelBooking.execute({ bookingRef: REF }, ctx({ phone: DANIEL }))).toMatchObject({
      changed: true,
      cancelled: true,
    });
    expect((await booking()).status).toBe('cancelled');
  });
});
