import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { formatDayLong, parseDay } from '../shared/calendar.ts';
import { earliestTimeOf, formatTime } from '../shared/timeOfDay.ts';
import {
  allStylists,
  claimSlot,
  dayProblem,
  describeFreeTimes,
  freeTimesSentence,
  PART_OF_DAY_WINDOWS,
  PARTS_OF_DAY,
  stylistsFor,
} from './availability.ts';
import { insertBooking, phoneScope } from './bookingRecords.ts';
import { HAIR_LENGTHS, type HairLength, SALON_STYLISTS, type SalonContext } from './context.ts';
import { formatDuration, formatPrice, parseTimeOfDay, phoneDigits } from './format.ts';
import {
  allServices,
  askWhichService,
  matchService,
  priceFor,
  type SalonService,
  servicesNamed,
} from './serviceMatch.ts';

type Ctx = ToolRunContext<SalonContext>;

const CATEGORIES = ['cut', 'colour', 'treatment'] as const;
const CATEGORY_TITLES: Record<string, string> = { cut: 'Cuts', colour: 'Colour', treatment: 'Treatments' };

/** Chair time assumed when availability is asked for without a service. */
const DEFAULT_DURATION_MIN = 60;

export const PATCH_TEST_NOTE =
  'This colour needs a patch test at least 48 hours before; it takes 15 minutes and is free.';

/**
 * The service a booking tool should use: the one the customer's words name, else the service of the
 * colour quote given earlier in the conversation ("book that for Saturday").
 */
export async function serviceFrom(
  ctx: Ctx,
  description: string | null | undefined,
): Promise<{ service: SalonService } | { problem: Record<string, unknown> }> {
  const services = await allServices(ctx.db);
  const match = matchService(services, description);
  if (match.kind === 'one') return { service: match.service };
  if (match.kind === 'ambiguous') {
    return { problem: askWhichService(match.candidates) };
  }
  const quoted = services.find((s) => s.id === ctx.state.quotedService);
  if (quoted) return { service: quoted };
  return {
    problem: { found: false, missing: 'serviceDescription', message: 'Which service would you like?' },
  };
}

/** The hair length to price a booking for: as said, else the length the same service was quoted for. */
function lengthFor(service: SalonService, said: HairLength | null | undefined, state: SalonContext) {
  if (said) return said;
  return service.id === state.quotedService ? (state.quotedLength ?? null) : null;
}

export const listServices = defineTool({
  name: 'list_services',
  description:
    "Prices and durations from the service menu: how much a cut, haircut, men's or children's cut, blow-dry, beard or fringe trim, colour or treatment costs and how long it takes. Use it when the customer asks what something costs, how long it takes, or what we offer; name a service for just that one.",
  parameters: z.object({
    serviceDescription: z
      .string()
      .optional()
      .describe("The service asked about, in the customer's words; omit for the menu"),
    category: z.enum(CATEGORIES).optional().describe('cut, colour or treatment; omit for every category'),
  }),
  execute: async (args, ctx: Ctx) => {
    const all = await allServices(ctx.db);
    const named = servicesNamed(all, args.serviceDescription);
    if (named.length > 1) {
      const summary = named
        .map((s) => `A ${s.name} is ${formatPrice(s.priceCents)} and takes ${formatDuration(s.durationMin)}.`)
        .join(' ');
      const services = named.map((s) => ({ id: s.id, name: s.name, price: formatPrice(s.priceCents) }));
      return { found: true, services, summary, message: summary };
    }
    const match = matchService(all, args.serviceDescription);
    if (match.kind === 'one') {
      const s = match.service;
      const longer = s.longExtraCents > 0 ? ' It costs a little more on long hair.' : '';
      const summary = `A ${s.name} is ${formatPrice(s.priceCents)} and takes ${formatDuration(s.durationMin)}.${longer}`;
      return { found: true, service: s.name, price: formatPrice(s.priceCents), summary, message: summary };
    }
    const services = (match.kind === 'ambiguous' ? match.candidates : all).filter(
      (s) => s.id !== 'PATCH' && (!args.category || s.category === args.category),
    );
    const sections = CATEGORIES.filter((c) => services.some((s) => s.category === c)).map((c) => {
      const items = services
        .filter((s) => s.category === c)
        .map((s) => `${s.name} ${formatPrice(s.priceCents)} (${formatDuration(s.durationMin)})`);
      return `${CATEGORY_TITLES[c]}: ${items.join(', ')}`;
    });
    const summary = `${sections.join('. ')}. Colour and smoothing cost a little more on longer hair.`;
    return {
      found: true,
      services: services.map((s) => ({ id: s.id, name: s.name, price: formatPrice(s.priceCents) })),
      summary,
      message: summary,
    };
  },
});

export const checkAvailability = defineTool({
  name: 'check_availability',
  description:
    'See which stylists are free on a day and at what times (openings, free slots) for a service. Use it when the customer asks when they can come in or whether a day or stylist is available, before booking.',
  parameters: z.object({
    date: z.string().describe('The day to check as YYYY-MM-DD'),
    serviceDescription: z
      .string()
      .optional()
      .describe(
        "The service in the customer's words, e.g. 'balayage'; decides who can do it and for how long",
      ),
    stylist: z.enum(SALON_STYLISTS).optional().describe('Only this stylist; omit for anyone'),
    // Colour on long hair takes longer: times offered for the base length were refused at booking.
    hairLength: z.enum(HAIR_LENGTHS).optional().describe('Hair length if the customer said it'),
    partOfDay: z
      .enum(PARTS_OF_DAY)
      .optional()
      .describe(
        'Only times in this part of the day, when the customer said one (morning, afternoon, late afternoon, evening)',
      ),
    fromTime: z
      .string()
      .optional()
      .describe(
        "Only times at or after this, when the customer gave the earliest they can come ('after 4', 'from 5pm'), as said or HH:MM",
      ),
  }),
  execute: async (args, ctx: Ctx) => {
    const problem = dayProblem(args.date);
    if (problem) return { found: false, missing: 'date', message: problem };
    const day = parseDay(args.date)!;
    const services = await allServices(ctx.db);
    const match = matchService(services, args.serviceDescription);
    const quoted = services.find((s) => s.id === ctx.state.quotedService);
    // "anything saturday for a colour?": who can do it and for how long (90 minutes to over three hours)
    // depend on which colour, so ask. A haircut is listed for an hour and asked which at the booking.
    if (match.kind === 'ambiguous' && !quoted && match.candidates.every((s) => s.category === 'colour'))
      return askWhichService(match.candidates);
    const service = match.kind === 'one' ? match.service : quoted;
    const duration = service
      ? priceFor(service, lengthFor(service, args.hairLength, ctx.state)).durationMin
      : DEFAULT_DURATION_MIN;
    const stylists = service ? await stylistsFor(ctx.db, service) : await allStylists(ctx.db);
    const asked = args.stylist ? stylists.filter((s) => s.name === args.stylist) : stylists;
    // "anything thursday after 4": every time listed from 09:00 never reached the hours asked for, and
    // "the first one" booked a morning the customer could not make.
    const earliest = earliestTimeOf(parseTimeOfDay, args.fromTime);
    const part = args.partOfDay ? PART_OF_DAY_WINDOWS[args.partOfDay] : undefined;
    const window =
      earliest === undefined ? part : { from: Math.max(part?.from ?? 0, earliest), to: part?.to ?? 24 * 60 };
    const free = await describeFreeTimes(ctx.db, asked, day, duration, undefined, window);
    const what = service ? `a ${service.name} (${formatDuration(duration)})` : 'a one-hour appointment';
    const when = [
      formatDayLong(day),
      args.partOfDay,
      earliest === undefined ? undefined : `from ${formatTime(earliest)}`,
    ]
      .filter(Boolean)
      .join(' ');
    if (free.length === 0) {
      return {
        found: false,
        day,
        // "Priya has no time", not "Priya has time": the stylist asked for is fully booked then.
        message: `${args.stylist ? `${args.stylist} has no time` : 'Nobody has time'} for ${what} on ${when}; would another day work?`,
      };
    }
    const summary = `On ${when} for ${what}: ${freeTimesSentence(free)}.`;
    if (!window) return { found: true, day, service: service?.name ?? null, free, summary, message: summary };
    // Offered because the customer gave only a part of the day or the earliest they can come: the earliest is kept as the booking's
    // time (the read-back shows it), and "the first one" or a time they name picks from the list.
    // One entry per time (the first stylist free then), so "the second one" is the second time.
    const byTime = new Map<string, string>();
    for (const f of free) for (const t of f.times) if (!byTime.has(t)) byTime.set(t, f.stylist);
    const slots = [...byTime]
      .map(([timeText, stylist]) => ({ timeText, stylist }))
      .sort((a, b) => a.timeText.localeCompare(b.timeText));
    ctx.state.timeText = slots[0].timeText;
    return { found: true, day, service: service?.name ?? null, free, slots, summary, message: summary };
  },
});

export const bookAppointment = defineTool({
  name: 'book_appointment',
  description:
    'Book an appointment (a haircut, colour or treatment) with a stylist and get its GB- booking reference. Use it once the customer wants to book and you know the service, day, time, their name and phone number. Books the quoted service when the customer says "book that".',
  sideEffect: true,
  parameters: z.object({
    serviceDescription: z
      .string()
      .describe(
        "The service in the customer's words, e.g. 'balayage', 'highlights', 'root touch-up', 'toner' or 'men's cut'",
      ),
    date: z.string().describe('Appointment day as YYYY-MM-DD'),
    timeText: z.string().describe("Start time as the customer said it or HH:MM, e.g. '14:30' or '2pm'"),
    stylist: z.enum(SALON_STYLISTS).optional().describe('Preferred stylist; omit for whoever is free'),
    hairLength: z.enum(HAIR_LENGTHS).optional().describe('Hair length if the customer said it'),
    customerName: z.string().describe("The customer's full name"),
    phone: z.string().describe('Mobile number for the booking, e.g. 07700 900123'),
  }),
  execute: async (args, ctx: Ctx) => {
    const chosen = await serviceFrom(ctx, args.serviceDescription);
    if ('problem' in chosen) return { booked: false, ...chosen.problem };
    const { service } = chosen;
    const problem = dayProblem(args.date);
    if (problem) return { booked: false, missing: 'date', message: problem };
    const day = parseDay(args.date)!;
    const start = parseTimeOfDay(args.timeText);
    if (start === undefined)
      return {
        booked: false,
        missing: 'timeText',
        message: `What time would you like on ${formatDayLong(day)}?`,
      };
    const name = args.customerName.trim();
    if (!name) return { booked: false, missing: 'customerName', message: 'Who is the booking for?' };
    // A booking under another number would make that number the conversation's, and with it that
    // customer's other bookings: the number stays the one the conversation established.
    const scope = phoneScope(args.phone, ctx.state);
    if (!scope.ok) return { booked: false, ...scope.result };
    if (!phoneDigits(args.phone))
      return {
        booked: false,
        missing: 'phone',
        message: `"${args.phone}" doesn't look like a phone number.`,
      };
    const length = lengthFor(service, args.hairLength, ctx.state);
    const { priceCents, durationMin } = priceFor(service, length);
    return ctx.db.transaction(async (tx) => {
      const candidates = await stylistsFor(tx, service);
      const slot = await claimSlot(tx, {
        day,
        start,
        duration: durationMin,
        candidates,
        preferred: args.stylist,
      });
      // Fully booked then, with other times that day: the time is what to choose again ("the 12:30"
      // after the offer), every other detail stands (the dead end a QA probe found: a person was offered).
      if (!slot.ok)
        return {
          booked: false,
          day,
          time: formatTime(start),
          ...slot,
          ...(slot.alternatives.length > 0 ? { missing: 'timeText' } : {}),
        };
      const { ref } = await insertBooking(tx, {
        day,
        startMin: start,
        endMin: start + durationMin,
        stylistId: slot.stylist.id,
        serviceId: service.id,
        hairLength: length,
        priceCents,
        customerName: name,
        phone: args.phone.trim(),
      });
      ctx.state.bookingRef = ref;
      ctx.state.customerName = name;
      ctx.state.phone = args.phone.trim();
      // The offered time was for this booking; a later change asks its own.
      delete ctx.state.timeText;
      const when = `${formatDayLong(day)} at ${formatTime(start)}`;
      const note = service.patchTest ? PATCH_TEST_NOTE : 'See you then!';
      return {
        booked: true,
        reference: ref,
        bookingRef: ref,
        service: service.name,
        stylist: slot.stylist.name,
        when,
        duration: formatDuration(durationMin),
        price: formatPrice(priceCents),
        note,
        message: `You're booked: ${service.name} with ${slot.stylist.name} on ${when}, reference ${ref}. ${note}`,
      };
    });
  },
});
