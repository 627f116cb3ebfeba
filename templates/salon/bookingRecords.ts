import { and, asc, eq, gte, sql } from 'drizzle-orm';
import type { ToolDb } from '../../src/authoring.ts';
import { formatDayLong, todayIso } from '../shared/calendar.ts';
import { namesOtherOwner, otherOwnerRefusal, ownedRecord } from '../shared/ownership.ts';
import { formatTime } from '../shared/timeOfDay.ts';
import type { SalonContext } from './context.ts';
import { formatDuration, formatPrice, parseBookingRef, phoneDigits } from './format.ts';
import { salonBookings, salonServices, salonStylists } from './schema.ts';

export type BookingRow = typeof salonBookings.$inferSelect;

export type NewBooking = {
  day: string;
  startMin: number;
  endMin: number;
  stylistId: string;
  serviceId: string;
  hairLength: string | null;
  priceCents: number;
  customerName: string;
  phone: string;
};

/**
 * Inserts a booking and gives it the next reference of its appointment day, in one statement: the
 * day's counter row is created at 1 or incremented (`ON CONFLICT (day) DO UPDATE … RETURNING n`),
 * which row-locks it until the caller's transaction ends. Concurrent bookings for the same day
 * therefore take consecutive numbers one after the other, and a booking that rolls back gives its
 * number back with it: references are unique and gapless per day. Past 999 the number just grows.
 */
export async function insertBooking(tx: ToolDb, b: NewBooking): Promise<{ id: number; ref: string }> {
  const result = (await tx.execute(sql`
    WITH seq AS (
      INSERT INTO salon_booking_counters AS c (day, n) VALUES (${b.day}::date, 1)
      ON CONFLICT (day) DO UPDATE SET n = c.n + 1
      RETURNING n
    )
    INSERT INTO salon_bookings
      (ref, day, start_min, end_min, stylist_id, service_id, hair_length, price_cents, customer_name, phone, status)
    SELECT
      'GB-' || to_char(${b.day}::date, 'YYYYMMDD') || '-' || lpad(seq.n::text, greatest(3, length(seq.n::text)), '0'),
      ${b.day}::date, ${b.startMin}::int, ${b.endMin}::int, ${b.stylistId}::text, ${b.serviceId}::text,
      ${b.hairLength}::text, ${b.priceCents}::int, ${b.customerName}::text, ${b.phone}::text, 'booked'
    FROM seq
    RETURNING id, ref
  `)) as unknown as { rows: { id: number; ref: string }[] };
  return result.rows[0];
}

const bookingColumns = {
  booking: salonBookings,
  serviceName: salonServices.name,
  category: salonServices.category,
  patchTest: salonServices.patchTest,
  stylistName: salonStylists.name,
};

export type BookingWithNames = {
  booking: BookingRow;
  serviceName: string;
  category: string;
  patchTest: boolean;
  stylistName: string;
};

function withNames(db: ToolDb) {
  return db
    .select(bookingColumns)
    .from(salonBookings)
    .innerJoin(salonServices, eq(salonServices.id, salonBookings.serviceId))
    .innerJoin(salonStylists, eq(salonStylists.id, salonBookings.stylistId));
}

export async function findBookingByRef(db: ToolDb, ref: string): Promise<BookingWithNames | null> {
  const [row] = await withNames(db).where(eq(salonBookings.ref, ref)).limit(1);
  return row ?? null;
}

/** Active bookings from today on under a phone number (compared digit by digit), soonest first. */
async function upcomingByPhone(db: ToolDb, digits: string, day?: string): Promise<BookingWithNames[]> {
  const conditions = [
    sql`regexp_replace(${salonBookings.phone}, '[^0-9]', '', 'g') = ${digits}`,
    eq(salonBookings.status, 'booked'),
    day ? eq(salonBookings.day, day) : gte(salonBookings.day, todayIso()),
  ];
  return withNames(db)
    .where(and(...conditions))
    .orderBy(asc(salonBookings.day), asc(salonBookings.startMin));
}

/** What a booking is, ready to read out; every field a reply template may use. */
export function describeBooking({ booking, serviceName, stylistName, patchTest }: BookingWithNames) {
  const when = `${formatDayLong(booking.day)} at ${formatTime(booking.startMin)}`;
  return {
    bookingRef: booking.ref,
    reference: booking.ref,
    service: serviceName,
    stylist: stylistName,
    day: booking.day,
    when,
    time: formatTime(booking.startMin),
    duration: formatDuration(booking.endMin - booking.startMin),
    price: formatPrice(booking.priceCents),
    status: booking.status,
    customerName: booking.customerName,
    patchTestNeeded: patchTest,
  };
}

/**
 * `held`: the booking was found under a phone number (the caller's, said now or already the
 * conversation's), not by its reference alone. Only then may it be changed or its number kept.
 */
export type Resolved =
  | { ok: true; found: BookingWithNames; held: boolean }
  | { ok: false; result: Record<string, unknown> };

const notFound = (ref: string) => ({
  found: false,
  bookingRef: ref,
  // Never a real booking's reference as the example: it had named another customer's booking, which
  // could then be read by that reference (a QA probe, 2026-11-27).
  message: `I couldn't find a booking with the reference ${ref}. References are GB-, the day as YYYYMMDD and a three-digit number, as on your confirmation.`,
});

const askForPhone = (message: string) => ({ found: false, missing: 'phone', message });

/**
 * What a move or cancellation asks when no phone number is known yet. A reference is a day plus a
 * three-digit count of that day, so anyone can guess one: the tool itself, not only the conversation,
 * wants the number the booking is under before it changes anything (as the after-hours line does,
 * templates/after-hours/bookingHolder.ts).
 */
export const ASK_PHONE_ON_FILE = askForPhone("What's the phone number the booking is under?");

/**
 * Whose bookings the conversation may touch: the phone number it established (the first booking
 * found or made), compared digit by digit. A different number named in a call is refused, never
 * switched to; before any number is established, the one named now.
 */
export type PhoneScope = { ok: true; digits: string | null } | { ok: false; result: Record<string, unknown> };

export function phoneScope(rawPhone: string | null | undefined, state: SalonContext): PhoneScope {
  const established = phoneDigits(state.phone);
  const named = phoneDigits(rawPhone);
  if (established && namesOtherOwner(established, named))
    return { ok: false, result: otherOwnerRefusal(`the bookings under ${state.phone}`) };
  return { ok: true, digits: established ?? named };
}

/**
 * The scope of a look-up, and whether the caller `held` the number (said it now, or the conversation
 * holds it: a booking made here, or one found under a number said). A booking read by its reference
 * alone keeps its number out of the state (rememberBooking), yet it still scopes later look-ups, so a
 * conversation never reads a second customer's bookings either way.
 */
export async function bookingScope(
  db: ToolDb,
  rawPhone: string | null | undefined,
  state: SalonContext,
): Promise<
  { ok: true; digits: string | null; held: boolean } | { ok: false; result: Record<string, unknown> }
> {
  const scope = phoneScope(rawPhone, state);
  if (!scope.ok) return scope;
  const held = scope.digits !== null;
  const inState = parseBookingRef(state.bookingRef);
  if (phoneDigits(state.phone) || !inState || !('ref' in inState)) return { ...scope, held };
  const lookedUp = phoneDigits((await findBookingByRef(db, inState.ref))?.booking.phone);
  if (!lookedUp) return { ...scope, held };
  // The refusal names the booking, not its number: the caller never gave that number.
  if (namesOtherOwner(lookedUp, scope.digits))
    return { ok: false, result: otherOwnerRefusal(`booking ${inState.ref}`) };
  return { ok: true, digits: lookedUp, held };
}

/** The booking when it is under the conversation's number (or none is established yet), else null. */
export async function findOwnedBooking(
  db: ToolDb,
  ref: string,
  digits: string | null,
): Promise<BookingWithNames | null> {
  return ownedRecord(await findBookingByRef(db, ref), digits, (b) => phoneDigits(b.booking.phone));
}

/**
 * The booking a tool should act on: the reference given, else the one in the conversation state (so
 * "move it to Saturday" works after any handoff), else the phone number's next booking. A reference
 * cut short to its day ("GB-20310613", what the offline model reads from "GB-20310613-002") is never
 * guessed from the state: the phone number on the booking picks the booking of that day instead.
 */
export async function resolveBooking(
  db: ToolDb,
  args: { bookingRef?: string | null; phone?: string | null },
  state: SalonContext,
  options: { phoneOnFile?: boolean } = {},
): Promise<Resolved> {
  const given = parseBookingRef(args.bookingRef);
  const scope = await bookingScope(db, args.phone, state);
  if (!scope.ok) return scope;
  const { digits, held } = scope;
  // A change needs the number on file: with none said or held, asked before anything is looked up, so
  // the question says nothing about whether the reference exists.
  if (options.phoneOnFile && !held) return { ok: false, result: ASK_PHONE_ON_FILE };
  if (given && 'ref' in given) {
    // Someone else's booking (or a number that is not this booking's) answers exactly like a
    // reference that does not exist.
    const found = await findOwnedBooking(db, given.ref, digits);
    return found ? { ok: true, found, held } : { ok: false, result: notFound(given.ref) };
  }
  // The day's and the number's bookings are listed only for a number the caller gave.
  if (given && 'day' in given) {
    if (!digits || !held)
      return {
        ok: false,
        result: askForPhone(
          `I only caught part of that reference. What's the phone number the ${formatDayLong(given.day)} booking is under?`,
        ),
      };
    const sameDay = await upcomingByPhone(db, digits, given.day);
    if (sameDay.length === 1) return { ok: true, found: sameDay[0], held };
    return {
      ok: false,
      result: {
        found: false,
        message:
          sameDay.length === 0
            ? `I can't find a booking on ${formatDayLong(given.day)} under that phone number. Could you read me the whole reference, like GB-20310613-002?`
            : `There are ${sameDay.length} bookings that day under your number; could you read me the whole reference?`,
      },
    };
  }
  const fromState = parseBookingRef(state.bookingRef);
  if (fromState && 'ref' in fromState) {
    const found = await findOwnedBooking(db, fromState.ref, digits);
    if (found) return { ok: true, found, held };
  }
  if (digits && held) {
    const upcoming = await upcomingByPhone(db, digits);
    if (upcoming.length === 1) return { ok: true, found: upcoming[0], held };
    // Never a guess between two bookings: list them and ask which (a reply names one, or its place).
    if (upcoming.length > 1) return { ok: false, result: whichBooking(upcoming) };
    return {
      ok: false,
      result: { found: false, message: "I can't find an upcoming booking under that phone number." },
    };
  }
  return {
    ok: false,
    result: {
      found: false,
      missing: 'bookingRef',
      message: "What's your booking reference? It's on your confirmation and starts with GB-.",
    },
  };
}

/** The bookings under one number, listed soonest first for the caller to pick from. */
function whichBooking(bookings: BookingWithNames[]): Record<string, unknown> {
  const items = bookings.map((b) => describeBooking(b));
  const said = items.map((b) => `${b.bookingRef}, a ${b.service} on ${b.when}`);
  const list = `${said.slice(0, -1).join('; ')} and ${said.at(-1)}`;
  return {
    found: false,
    bookings: items.map((b) => ({ bookingRef: b.bookingRef, service: b.service, when: b.when })),
    message: `There are ${items.length} bookings under that number: ${list}. Which one do you mean?`,
  };
}

/**
 * Remembers the booking in the state so every agent after any handoff can act on it. Its phone number
 * becomes the conversation's only when the booking was `held` (found under a number the caller gave):
 * a booking read by its reference alone must not hand a stranger the number a change is checked
 * against.
 */
export function rememberBooking(state: SalonContext, booking: BookingRow, held: boolean): void {
  state.bookingRef = booking.ref;
  state.bookingDay = booking.day;
  state.bookingTime = formatTime(booking.startMin);
  state.customerName ??= booking.customerName;
  if (held) state.phone ??= booking.phone;
}
