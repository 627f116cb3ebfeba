import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import type { RealEstateContext } from './context.ts';
import { formatDollars, phoneDigits } from './format.ts';
import { realEstateLeads } from './schema.ts';

type Ctx = ToolRunContext<RealEstateContext>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Selling said in the client's own words (the call-back's `notes`): "thinking about selling our house",
 * "list my condo", "a valuation", "what my place is worth". Not "not selling", "no plans to sell".
 */
const SELLING =
  /\b(?:sell|selling)\b|\blist(?:ing)?\s+(?:my|our|the|her|his)\s+(?:[\w-]+\s+){0,3}?(?:home|house|place|condo|flat|apartment|property|townhouse)\b|\bvaluation\b|\b(?:home|house|place|condo|property)\s+(?:is|would\s+be)\s+worth\b/i;
const NOT_SELLING =
  /\b(?:not|never|n't|no\s+plans?\s+to|no\s+intention\s+(?:of|to))\s+(?:\w+\s+){0,2}?(?:sell|selling)\b/i;

/** Whether the client's words say they are selling (and do not say they are not). */
export function saysSelling(words: string | undefined): boolean {
  return words !== undefined && SELLING.test(words) && !NOT_SELLING.test(words);
}

/**
 * A seller is a client whose home we valued or drafted a listing for, or who said they are selling when
 * asking to be called back: "we're thinking about selling our house on Elm street, could an agent call
 * me?" had been recorded as a buyer's lead, "for buying", and went to the wrong agent.
 * Qualified means an agent can act on the lead today: a buyer whose budget matched homes on the
 * market (`buyerQualified`, set by search_listings), or a seller whose home address we have.
 */
export function leadProfile(state: RealEstateContext, notes?: string) {
  const seller = Boolean(state.sellerAddress || state.sellerListingId) || saysSelling(notes);
  return {
    kind: seller ? ('seller' as const) : ('buyer' as const),
    qualified: seller ? Boolean(state.sellerAddress) : state.buyerQualified === true,
  };
}

export const recordLead = defineTool({
  name: 'record_lead',
  description:
    "Record the client's contact details (name, phone or email) so an agent can call, email or contact them back, follow up or send listing alerts. Use it when the client wants a callback, to be contacted, kept updated or signed up.",
  sideEffect: true,
  parameters: z.object({
    clientName: z.string().describe("The client's full name"),
    email: z
      .string()
      .optional()
      // A client who gives an email instead of a phone number is reached by email: the phone is not asked.
      .describe('Email address, if given, instead of a phone number'),
    phone: z.string().optional().describe('Phone number, if given'),
    notes: z.string().optional().describe("Anything the agent should know, in the client's words"),
  }),
  execute: async (args, ctx: Ctx) => {
    const name = args.clientName.trim();
    const email = args.email?.trim().toLowerCase() || null;
    const phone = args.phone?.trim() || null;
    const validEmail = email && EMAIL.test(email) ? email : null;
    const validPhone = phone && phoneDigits(phone) ? phone : null;
    if (!validEmail && !validPhone)
      return {
        recorded: false,
        missing: 'phone',
        message: "What's the best phone number or email to reach you?",
      };
    const { kind, qualified } = leadProfile(ctx.state, args.notes);
    const budgetCents = ctx.state.budget ? ctx.state.budget * 100 : null;
    const [row] = await ctx.db
      .insert(realEstateLeads)
      .values({
        kind,
        name,
        email: validEmail,
        phone: validPhone,
        budgetCents: kind === 'buyer' ? budgetCents : null,
        bedrooms: ctx.state.bedroomsWanted ?? null,
        neighborhood: ctx.state.neighborhood ?? null,
        listingId: kind === 'seller' ? (ctx.state.sellerListingId ?? null) : (ctx.state.listingId ?? null),
        qualified,
        notes: args.notes?.trim() || null,
      })
      .returning({ id: realEstateLeads.id });
    const leadId = `LEAD-${row.id}`;
    ctx.state.leadId = leadId;
    ctx.state.clientName = name;
    if (validEmail) ctx.state.email = validEmail;
    if (validPhone) ctx.state.phone = validPhone;
    const about =
      kind === 'seller'
        ? `selling ${ctx.state.sellerAddress ?? 'your home'}`
        : budgetCents
          ? `buying up to ${formatDollars(budgetCents)}`
          : 'buying';
    return {
      recorded: true,
      leadId,
      reference: leadId,
      kind,
      qualified,
      message: `Thanks ${name}, you're on our list as ${leadId} for ${about}; an agent will contact you within one business day.`,
    };
  },
});
