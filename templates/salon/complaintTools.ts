import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { bookingScope, findOwnedBooking } from './bookingRecords.ts';
import type { SalonContext } from './context.ts';
import { parseBookingRef, phoneDigits } from './format.ts';
import { salonComplaints } from './schema.ts';

type Ctx = ToolRunContext<SalonContext>;

/** First match wins: a burn during a colour is an injury before it is a service complaint. */
const CATEGORIES: [category: string, words: RegExp][] = [
  [
    'injury',
    /\b(burn|burnt|burned|burning|rash|allerg|reaction|bleed|blister|swell|swollen|hospital|doctor|scalp (?:hurt|sore)|cut my (?:ear|neck|skin)|sting)/i,
  ],
  ['billing', /\b(charg|overcharg|refund|price|paid|bill|money|deposit)/i],
  ['staff', /\b(rude|late|wait|waited|ignored|attitude|unprofessional|shouted|no.?show|didn'?t turn up)/i],
  [
    'service',
    /\b(colou?r|cut|uneven|patchy|orange|brassy|green|too short|ruin|damag|broke|fried|frizz|wrong|botched|bad|awful|terrible)/i,
  ],
];

export function complaintCategory(details: string): string {
  return CATEGORIES.find(([, words]) => words.test(details))?.[0] ?? 'other';
}

export const logComplaint = defineTool({
  name: 'log_complaint',
  description:
    'Record a complaint and pass it to the salon manager: unhappy or upset with a cut or colour (uneven, patchy, ruined, wrong colour), hurt or injured (a burn, a nick to the skin, a rash or allergic reaction), a rude stylist, nobody apologised, waited too long or sent home, overcharged or wanting money back. Use it as soon as the customer complains; a manager always follows up in person.',
  sideEffect: true,
  parameters: z.object({
    details: z.string().describe("What went wrong, in the customer's words"),
    // Not named `bookingRef`: the offline model asks once for an optional argument that has an
    // `askFor` template before a tool that changes data, and a complaint must reach the manager at
    // once, not wait for a reference (the one in the context is used when there is one).
    complaintBookingRef: z
      .string()
      .optional()
      .describe(
        'Booking the complaint is about, e.g. GB-20250614-002; omit to use the booking already discussed',
      ),
  }),
  execute: async (args, ctx: Ctx) => {
    const details = args.details.trim();
    if (!details) return { found: false, missing: 'details', message: 'What went wrong?' };
    const name = ctx.state.customerName;
    const phone = ctx.state.phone;
    const given = parseBookingRef(args.complaintBookingRef);
    // The complaint always reaches the manager; it is tied to a named booking only when that booking is
    // the conversation's own, so a complaint cannot be filed against (or reveal) someone else's.
    const named = given && 'ref' in given ? given.ref : null;
    const scope = await bookingScope(ctx.db, null, ctx.state);
    const owned = named && scope.ok ? await findOwnedBooking(ctx.db, named, scope.digits) : null;
    const bookingRef = owned ? owned.booking.ref : named ? null : (ctx.state.bookingRef ?? null);
    const category = complaintCategory(details);
    const [row] = await ctx.db
      .insert(salonComplaints)
      .values({
        bookingRef,
        customerName: name ?? null,
        phone: phone ?? null,
        category,
        details,
        status: 'open',
      })
      .returning({ id: salonComplaints.id });
    const complaintRef = `CMP-${row.id}`;
    ctx.state.complaintRef = complaintRef;
    const logged = `I'm so sorry. I've logged this as complaint ${complaintRef} for the salon manager`;
    // The manager calls back: the customer hears it before the hand-over, and is asked for a number when
    // none is known (the person then has it in the conversation).
    const notice = phoneDigits(phone)
      ? `${logged}, who will call you back on ${phone}.`
      : `${logged}, who will call you back: please leave your name and phone number here.`;
    return {
      logged: true,
      complaintRef,
      category,
      bookingRef,
      // Complaints always go to a person: the manager decides on remedies and refunds, never the assistant.
      escalate: true,
      reason: `Complaint ${complaintRef} (${category}${bookingRef ? `, booking ${bookingRef}` : ''}) needs the salon manager`,
      notice,
      message: notice,
    };
  },
});
