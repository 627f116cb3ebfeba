import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { formatDayLong, parseDay, todayIso } from '../shared/calendar.ts';
import { formatTime } from '../shared/timeOfDay.ts';
import { claimSlot, dayProblem, stylistsFor } from './availability.ts';
import { type BookingWithNames, describeBooking, rememberBooking, resolveBooking } from './bookingRecords.ts';
import { SALON_STYLISTS, type SalonContext } from './context.ts';
import { parseTimeOfDay } from './format.ts';
import { salonBookings, salonServices } from './schema.ts';

type Ctx = ToolRunContext<SalonContext>;

const bookingRefParam = z
  .string()
  .optional()
  .describe('Booking reference, e.g. GB-20310613-002; omit to use the booking already discussed');
const phoneParam = z
  .string()
  .optional()
  .describe('Phone number the booking is under, to find it without a reference');

function summary(view: ReturnType<typeof describeBooking>): string {
  const what = `${view.service} with ${view.stylist} on ${view.when}`;
  if (view.status === 'cancelled') return `Booking ${view.bookingRef} (${what}) was cancelled.`;
  return `Booking ${view.bookingRef} is a ${what}, ${view.duration}, ${view.price}.`;
}

/** Why a booking can no longer be changed, or null. */
function unchangeable(found: BookingWithNames): string | null {
  const { booking } = found;
  if (booking.status === 'cancelled') return `Booking ${booking.ref} was already cancelled.`;
  if (booking.day < todayIso())
    return `Booking ${booking.ref} was on ${formatDayLong(booking.day)}, so it can't be changed any more.`;
  return null;
}

export const getBooking = defineTool({
  name: 'get_booking',
  description:
    'Look up an existing booking (appointment) by its GB- reference or phone number: what time and day it is, the service, stylist, price and whether it is still on. Use it when the customer asks when their appointment is, what they booked, who with, or to confirm it went through; with no reference it uses the booking already discussed.',
  parameters: z.object({ bookingRef: bookingRefParam, phone: phoneParam }),
  execute: async (args, ctx: Ctx) => {
    const resolved = await resolveBooking(ctx.db, args, ctx.state);
    if (!resolved.ok) return resolved.result;
    rememberBooking(ctx.state, resolved.found.booking, resolved.held);
    // Found by its reference alone (anyone can guess one): what is booked, not whose it is.
    const described = describeBooking(resolved.found);
    const { customerName, ...booked } = described;
    const view = resolved.held ? described : booked;
    return { found: true, ...view, summary: summary(described), message: summary(described) };
  },
});

export const rescheduleBooking = defineTool({
  name: 'reschedule_booking',
  description:
    'Move an existing booking to another day or time (reschedule, rearrange, push back, bring forward, make it a different time instead), keeping its reference; the same stylist if free, else another who does the service. Use it when the customer wants to change when their appointment is or who it is with.',
  sideEffect: true,
  parameters: z.object({
    bookingRef: bookingRefParam,
    phone: phoneParam,
    // Optional: "can you make it 3pm instead" keeps the booking's day (the read-back says "on the same
    // day"); with neither a day nor a time the offline model asks the day (its read-back names one).
    date: z
      .string()
      .optional()
      .describe(
        "New day as YYYY-MM-DD; omit when the customer keeps the booking's own day and changes only the time",
      ),
    // Optional: "can I move my booking to saturday" keeps the booking's own time when it is free that day
    // (the read-back says "at the same time"); the customer names another time to change it.
    timeText: z
      .string()
      .optional()
      .describe(
        "New start time as the customer said it or HH:MM, e.g. '11:30' or '3pm'; omit when the customer keeps the booking's own time",
      ),
    // "New …": a stylist said of the booking as it stands ("my cut with Maya on Friday") is no move to her.
    stylist: z
      .enum(SALON_STYLISTS)
      .optional()
      .describe('New stylist for the move, only if the customer asks for a different one'),
  }),
  execute: async (args, ctx: Ctx) => {
    // Only under the phone number on file: a reference alone is guessable (bookingRecords.ts).
    const resolved = await resolveBooking(ctx.db, args, ctx.state, { phoneOnFile: true });
    if (!resolved.ok) return { changed: false, ...resolved.result };
    const problem = unchangeable(resolved.found);
    if (problem) return { changed: false, found: true, message: problem };
    if (args.date === undefined && args.timeText === undefined)
      return { changed: false, found: true, missing: 'date', message: 'Which day would you like instead?' };
    const date = args.date ?? resolved.found.booking.day;
    const dayIssue = dayProblem(date);
    if (dayIssue) return { changed: false, missing: 'date', message: dayIssue };
    const day = parseDay(date)!;
    const start =
      args.timeText === undefined ? resolved.found.booking.startMin : parseTimeOfDay(args.timeText);
    if (start === undefined)
      return { changed: false, missing: 'timeText', message: `What time on ${formatDayLong(day)}?` };
    const { booking } = resolved.found;
    return ctx.db.transaction(async (tx) => {
      // Lock the booking first: two reschedules of the same booking must not both move it.
      const [current] = await tx
        .select()
        .from(salonBookings)
        .where(eq(salonBookings.id, booking.id))
        .for('update');
      if (current.status !== 'booked')
        return { changed: false, found: true, message: `Booking ${booking.ref} was already cancelled.` };
      const [service] = await tx.select().from(salonServices).where(eq(salonServices.id, current.serviceId));
      // A move onto the time it already has is no move: it was reported "Done: … now on" the same slot
      // when the old time, said as which booking, was read as the new one.
      if (day === current.day && start === current.startMin && args.stylist === undefined)
        return {
          changed: false,
          found: true,
          bookingRef: current.ref,
          message: `Your ${service.name} (${current.ref}) is already on ${formatDayLong(day)} at ${formatTime(start)}, so nothing was changed. What day or time would you like instead?`,
        };
      const duration = current.endMin - current.startMin;
      const candidates = await stylistsFor(tx, service);
      // The customer's own stylist first, unless they asked for someone else.
      candidates.sort((a, b) => Number(b.id === current.stylistId) - Number(a.id === current.stylistId));
      const slot = await claimSlot(tx, {
        day,
        start,
        duration,
        candidates,
        preferred: args.stylist,
        exceptBookingId: current.id,
      });
      if (!slot.ok) return { changed: false, found: true, ...slot };
      await tx
        .update(salonBookings)
        .set({
          day,
          startMin: start,
          endMin: start + duration,
          stylistId: slot.stylist.id,
          updatedAt: sql`now()`,
        })
        .where(eq(salonBookings.id, current.id));
      rememberBooking(ctx.state, current, resolved.held);
      const when = `${formatDayLong(day)} at ${formatTime(start)}`;
      return {
        changed: true,
        rescheduled: true,
        bookingRef: current.ref,
        reference: current.ref,
        service: service.name,
        stylist: slot.stylist.name,
        previously: `${formatDayLong(current.day)} at ${formatTime(current.startMin)}`,
        when,
        message: `Done: your ${service.name} is now on ${when} with ${slot.stylist.name}; the reference stays ${current.ref}.`,
      };
    });
  },
});

export const cancelBooking = defineTool({
  name: 'cancel_booking',
  description:
    'Cancel an existing booking (appointment) so the slot is freed. Use it when the customer says they want to cancel; with no reference it cancels the booking already discussed.',
  sideEffect: true,
  parameters: z.object({ bookingRef: bookingRefParam, phone: phoneParam }),
  execute: async (args, ctx: Ctx) => {
    // Only under the phone number on file: a reference alone is guessable (bookingRecords.ts).
    const resolved = await resolveBooking(ctx.db, args, ctx.state, { phoneOnFile: true });
    if (!resolved.ok) return { changed: false, ...resolved.result };
    const problem = unchangeable(resolved.found);
    rememberBooking(ctx.state, resolved.found.booking, resolved.held);
    if (problem) return { changed: false, found: true, message: problem };
    const view = describeBooking(resolved.found);
    // The status check in the WHERE makes a concurrent second cancel a no-op instead of a double write.
    const updated = await ctx.db
      .update(salonBookings)
      .set({ status: 'cancelled', updatedAt: sql`now()` })
      .where(sql`${salonBookings.id} = ${resolved.found.booking.id} and ${salonBookings.status} = 'booked'`)
      .returning({ id: salonBookings.id });
    if (updated.length === 0)
      return { changed: false, found: true, message: `Booking ${view.bookingRef} was already cancelled.` };
    return {
      changed: true,
      cancelled: true,
      bookingRef: view.bookingRef,
      reference: view.bookingRef,
      service: view.service,
      when: view.when,
      message: `I've cancelled your ${view.service} on ${view.when} (reference ${view.bookingRef}).`,
    };
  },
});
