import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { formatDayLong } from '../shared/calendar.ts';
import { SUPPORT_PLANS, type SupportContext } from './context.ts';
import { formatCentsRate, formatPrice } from './format.ts';
import { supportDemos, supportPricing } from './schema.ts';

type Ctx = ToolRunContext<SupportContext>;
type PricingRow = typeof supportPricing.$inferSelect;

const minutes = (n: number) => n.toLocaleString('en-US');

/** All three plans in one breath; the per-plan detail stays in `plans` for follow-up questions. */
function compareSummary(rows: PricingRow[]): string {
  const parts = rows.map(
    (r) => `${r.plan} is ${formatPrice(r.monthlyCents)} a month with ${minutes(r.includedMinutes)} minutes`,
  );
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}` : parts[0];
  const rates = rows.map((r) => `${formatCentsRate(r.perMinuteCents)} on ${r.plan}`).join(', ');
  return `${listed}; extra minutes cost ${rates}.`;
}

function describePlan(row: PricingRow) {
  const features = row.features.split(';').map((f) => f.trim());
  return {
    plan: row.plan,
    monthlyPrice: formatPrice(row.monthlyCents),
    includedMinutes: row.includedMinutes,
    perMinute: formatCentsRate(row.perMinuteCents),
    features,
    summary: `${row.plan} is ${formatPrice(row.monthlyCents)} a month with ${minutes(row.includedMinutes)} minutes included, then ${formatCentsRate(row.perMinuteCents)} a minute; it includes ${features.join(', ')}.`,
  };
}

export const lookupPricing = defineTool({
  name: 'lookup_pricing',
  description:
    'Get current plan prices: monthly fee, included minutes, per-minute rate after that, and features. Use it for any question about price, cost, plans or what a plan includes; never quote prices from memory. Omit plan to compare all plans.',
  parameters: z.object({
    plan: z.enum(SUPPORT_PLANS).optional().describe('One plan to describe; omit to get all three'),
  }),
  execute: async (args, ctx: Ctx) => {
    const rows = args.plan
      ? await ctx.db.select().from(supportPricing).where(eq(supportPricing.plan, args.plan))
      : await ctx.db.select().from(supportPricing).orderBy(asc(supportPricing.monthlyCents));
    if (rows.length === 0) {
      return {
        found: false,
        plan: args.plan ?? null,
        message: `${args.plan ?? 'That plan'} isn't a plan we offer.`,
      };
    }
    const plans = rows.map(describePlan);
    if (plans.length === 1) return { found: true, ...plans[0], plans, message: plans[0].summary };
    const summary = compareSummary(rows);
    return { found: true, plans, summary, message: summary };
  },
});

/** Loose on purpose: the address may come from speech ("maya at example dot com" spelled out by the model). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "2025-02-30" is rejected (Date.parse would roll it over to March 2); free text like "next Tuesday" passes. */
function isRealCalendarDay(date: string): boolean {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!iso) return true;
  const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

export const bookDemo = defineTool({
  name: 'book_demo',
  description:
    'Book a product demo with our sales team and get a DEMO- reference. Use it once the caller wants a demo and you have their name, email, preferred date and company (if they have one); read the details back before booking.',
  sideEffect: true,
  parameters: z.object({
    name: z.string().describe("The caller's full name"),
    email: z.string().describe('Email address for the calendar invite, e.g. maya@example.com'),
    company: z.string().optional().describe("The caller's company or organisation; omit if they have none"),
    date: z.string().describe('Preferred demo date as YYYY-MM-DD, with a time if the caller gave one'),
  }),
  execute: async (args, ctx: Ctx) => {
    const name = args.name.trim();
    const email = args.email.trim().toLowerCase();
    const company = args.company?.trim() || null;
    const date = args.date.trim();
    const missing = [!name && 'name', !date && 'date'].filter(Boolean);
    if (missing.length > 0) {
      return {
        booked: false,
        missing: missing[0],
        message: `I still need your ${missing.join(' and ')} to book the demo.`,
      };
    }
    if (!EMAIL.test(email)) {
      return {
        booked: false,
        missing: 'email',
        message: `"${args.email}" doesn't look like a complete email address.`,
      };
    }
    if (!isRealCalendarDay(date)) {
      return {
        booked: false,
        missing: 'date',
        message: `${date} isn't a valid date; which day works for you?`,
      };
    }
    const [row] = await ctx.db
      .insert(supportDemos)
      .values({ name, email, company, slot: date })
      .returning({ id: supportDemos.id });
    const demoId = `DEMO-${row.id}`;
    const forWhom = company ? ` for ${company}` : '';
    // Said as a day ("Thursday 3 December 2026"), never as the stored "2026-12-03".
    const day = formatDayLong(date);
    ctx.state.demoId = demoId;
    ctx.state.callerName = name;
    ctx.state.email = email;
    return {
      booked: true,
      found: true,
      demoId,
      // Same value as demoId, under a name the state does not use: an offline reply template that says
      // {reference} can then only be filled by a booking that actually happened.
      reference: demoId,
      name,
      email,
      company,
      date,
      day,
      message: `Your demo${forWhom} is booked for ${day}; the reference is ${demoId} and the invite goes to ${email}.`,
    };
  },
});
