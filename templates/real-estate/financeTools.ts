import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { formatDayLong } from '../shared/calendar.ts';
import { affordablePriceCents, FRONT_END_RATIO } from './affordability.ts';
import type { RealEstateContext } from './context.ts';
import { formatDollars, formatRate, homePriceCents, monthlyPayment, normalizeId } from './format.ts';
import { findListing, HOME_DESCRIPTION_PARAMETER, listingIdNamed } from './listings.ts';
import { realEstateMortgageRates, realEstateNeighborhoods } from './schema.ts';

type Ctx = ToolRunContext<RealEstateContext>;

const DEFAULT_DOWN_PCT = 20;

/** The price to quote on: as said, else the listing named or discussed, else the buyer's budget. */
async function priceToQuote(
  args: { price?: number | null; listingId?: string | null; homeDescription?: string | null },
  ctx: Ctx,
) {
  const said = homePriceCents(args.price);
  if (said) return { cents: said, what: formatDollars(said), neighborhood: ctx.state.neighborhood ?? null };
  // "the monthly payment on 61 Shore Drive with 10% down": the home named by its address, as get_listing reads it.
  const id = normalizeId('LST', await listingIdNamed(ctx.db, args, ctx.state));
  const listing = id ? await findListing(ctx.db, id) : null;
  if (listing?.priceCents)
    return {
      cents: listing.priceCents,
      what: `${listing.id} at ${formatDollars(listing.priceCents)}`,
      neighborhood: listing.neighborhood,
    };
  const budget = homePriceCents(ctx.state.budget);
  if (budget)
    return {
      cents: budget,
      what: `your budget of ${formatDollars(budget)}`,
      neighborhood: ctx.state.neighborhood ?? null,
    };
  return null;
}

export const quoteMortgage = defineTool({
  name: 'quote_mortgage',
  description:
    'Mortgage estimate: monthly payment, interest rate, APR and loan options (30-year and 15-year fixed, ARM, FHA) on a home price for a down payment. Use it for financing, loan, rate, payment, deposit, afford or pre-approval questions.',
  parameters: z.object({
    price: z
      .number()
      .optional()
      .describe('Home price in dollars; omit to use the listing or budget already discussed'),
    // "whats the monthly payment on it?" while a viewing of LST-1003 is being booked: no tool has shown
    // that home yet, so the state does not hold it. No "e.g." here: a parameter's example trains the
    // router as one of this agent's bare answers (routerTrainingSet.ts), and routing stays as it was.
    listingId: z
      .string()
      .optional()
      .describe(
        'The listing the client asks about, by its number (LST-1004 style); omit for the home already discussed',
      ),
    homeDescription: HOME_DESCRIPTION_PARAMETER,
    downPaymentPercent: z
      .number()
      .optional()
      .describe('Down payment as a percent of the price, e.g. 10; default 20'),
    annualIncome: z
      .number()
      .optional()
      .describe(
        'Yearly household income in dollars, when the client asks how much home they can afford on it (I make 90k a year); omit otherwise',
      ),
  }),
  execute: async (args, ctx: Ctx) => {
    // One amount said with an income ("I earn 90k a year, what can I afford?") is the income, not a price.
    const income = homePriceCents(args.annualIncome);
    if (income && (args.price == null || homePriceCents(args.price) === income))
      return affordability(income, args.downPaymentPercent, ctx);
    const price = await priceToQuote(args, ctx);
    if (!price) return rateTable(ctx);
    const downPct =
      args.downPaymentPercent && args.downPaymentPercent > 0 && args.downPaymentPercent < 100
        ? args.downPaymentPercent
        : DEFAULT_DOWN_PCT;
    const downCents = Math.round((price.cents * downPct) / 100);
    const loanCents = price.cents - downCents;
    const rates = await ctx.db
      .select()
      .from(realEstateMortgageRates)
      .orderBy(asc(realEstateMortgageRates.termYears), asc(realEstateMortgageRates.product));
    const eligible = rates.filter((r) => downPct >= r.minDownPct);
    if (eligible.length === 0)
      return {
        found: false,
        message: `With ${downPct}% down none of our loans fit; most need at least ${Math.min(...rates.map((r) => r.minDownPct))}%.`,
      };
    let taxMonthlyCents: number | null = null;
    if (price.neighborhood) {
      const [hood] = await ctx.db
        .select()
        .from(realEstateNeighborhoods)
        .where(eq(realEstateNeighborhoods.name, price.neighborhood));
      if (hood) taxMonthlyCents = Math.round((price.cents * hood.taxRateMilli) / 100_000 / 12);
    }
    const options = eligible.map((r) => ({
      product: r.product,
      rate: formatRate(r.rateMilli),
      apr: formatRate(r.aprMilli),
      monthly: formatDollars(monthlyPayment(loanCents, r.rateMilli, r.termYears)),
    }));
    const tax = taxMonthlyCents
      ? `, plus about ${formatDollars(taxMonthlyCents)} a month in property tax in ${price.neighborhood}`
      : '';
    const asOf = formatDayLong(rates[0].asOf);
    const summary =
      `On ${price.what} with ${downPct}% down (${formatDollars(downCents)}): ` +
      `${options.map((o) => `${o.product} at ${o.rate} is about ${o.monthly} a month`).join('; ')}${tax}. ` +
      `Rates as of ${asOf}; a lender's pre-approval confirms them.`;
    return {
      found: true,
      price: formatDollars(price.cents),
      downPayment: formatDollars(downCents),
      downPaymentPercent: downPct,
      loanAmount: formatDollars(loanCents),
      options,
      propertyTaxMonthly: taxMonthlyCents ? formatDollars(taxMonthlyCents) : null,
      summary,
      message: summary,
    };
  },
});

/**
 * No price said, none discussed: today's rates are still an answer ("what are current mortgage rates"
 * asked for a home price and quoted nothing). The table is read out, and the price asked for the payments.
 */
async function rateTable(ctx: Ctx) {
  const rates = await ctx.db
    .select()
    .from(realEstateMortgageRates)
    .orderBy(asc(realEstateMortgageRates.termYears), asc(realEstateMortgageRates.product));
  const ask = 'What price of home should I quote on?';
  if (rates.length === 0) return { found: false, missing: 'price', message: ask };
  const table = rates
    .map((r) => `${r.product} at ${formatRate(r.rateMilli)} (APR ${formatRate(r.aprMilli)})`)
    .join('; ');
  return {
    found: false,
    missing: 'price',
    rates: rates.map((r) => ({
      product: r.product,
      rate: formatRate(r.rateMilli),
      apr: formatRate(r.aprMilli),
    })),
    // The question last and alone, so the offline model says the table as the reason for asking it.
    message: `Our rates as of ${formatDayLong(rates[0].asOf)}: ${table}, before a lender's approval. ${ask}`,
  };
}

/** The most home an income supports on a 30-year fixed loan, and what that payment would be. */
async function affordability(incomeCents: number, downPercent: number | undefined, ctx: Ctx) {
  const downPct = downPercent && downPercent > 0 && downPercent < 100 ? downPercent : DEFAULT_DOWN_PCT;
  const rates = await ctx.db.select().from(realEstateMortgageRates);
  const fixed30 = rates.find(
    (r) => r.termYears === 30 && /fixed/i.test(r.product) && downPct >= r.minDownPct,
  );
  if (!fixed30) return { found: false, message: 'What price of home should I quote on?', missing: 'price' };
  const priceCents = affordablePriceCents(incomeCents, downPct, fixed30);
  const monthlyCents = Math.round((incomeCents * FRONT_END_RATIO) / 12);
  const summary =
    `On ${formatDollars(incomeCents)} a year, a home up to about ${formatDollars(priceCents)} keeps a ` +
    `${fixed30.product} payment at ${formatRate(fixed30.rateMilli)} with ${downPct}% down near ` +
    `${formatDollars(monthlyCents)} a month, 28% of your gross income; tax and insurance come on top. ` +
    "A lender's pre-approval confirms it.";
  ctx.state.budget ??= Math.round(priceCents / 100);
  return {
    found: true,
    affordablePrice: formatDollars(priceCents),
    downPaymentPercent: downPct,
    monthly: formatDollars(monthlyCents),
    summary,
    message: summary,
  };
}
