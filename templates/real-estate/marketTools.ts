import { and, asc, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { MONTHS } from '../shared/calendar.ts';
import { NEIGHBORHOODS, type Neighborhood, type RealEstateContext } from './context.ts';
import { bedroomCount, formatDollars, formatRate, normalizeId } from './format.ts';
import {
  asNeighborhood,
  findListing,
  HOME_DESCRIPTION_PARAMETER,
  LISTING_ID_PARAMETER,
  type Listing,
  listingIdNamed,
  listingNamedIn,
} from './listings.ts';
import { realEstateComparables, realEstateNeighborhoods } from './schema.ts';

type Ctx = ToolRunContext<RealEstateContext>;

/** Recent enough to read out, enough for a median. */
const MAX_COMPARABLES = 4;
const monthOf = (day: string) => `${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

const roundToThousands = (cents: number) => Math.round(cents / 100_000) * 100_000;

/**
 * Which home to value: the listing named (by number, or by the street address the client said: "how much
 * is it going for?" while booking a viewing of 41 Orchard Lane), else the seller's draft, else the
 * listing discussed.
 */
async function subjectListing(
  args: { listingId?: string | null; homeDescription?: string | null },
  ctx: Ctx,
): Promise<Listing | null> {
  const byAddress = args.homeDescription ? await listingNamedIn(ctx.db, args.homeDescription) : null;
  if (byAddress) return byAddress;
  for (const id of [args.listingId, ctx.state.sellerListingId, ctx.state.listingId]) {
    const normalized = normalizeId('LST', id);
    if (!normalized) continue;
    const listing = await findListing(ctx.db, normalized);
    if (listing) return listing;
  }
  return null;
}

export const pullComparables = defineTool({
  name: 'pull_comparables',
  description:
    'Value a home from comparable sales: what similar homes sold for recently, sold prices, price per square foot, and what a home or listing is worth or should sell for. Use it for valuations, comps, appraisal estimates or whether a price is fair.',
  parameters: z.object({
    listingId: z
      .string()
      .optional()
      .describe('Listing to value, e.g. LST-1004; omit for the home already discussed'),
    neighborhood: z.enum(NEIGHBORHOODS).optional().describe('Neighborhood to pull sales from'),
    bedrooms: z.number().int().optional().describe('Bedrooms of the home being valued'),
    // Not `squareFeet`: a name holding "fee" reads as money.
    sizeSqft: z
      .number()
      .optional()
      .describe('Size of the home being valued in square feet (sq ft), e.g. 1200; omit when not said'),
    homeDescription: HOME_DESCRIPTION_PARAMETER,
  }),
  execute: async (args, ctx: Ctx) => {
    const subject = await subjectListing(args, ctx);
    const neighborhood: Neighborhood | undefined =
      args.neighborhood ?? asNeighborhood(subject?.neighborhood) ?? ctx.state.neighborhood;
    if (!neighborhood)
      return { found: false, missing: 'neighborhood', message: 'Which neighborhood is the home in?' };
    const bedrooms = bedroomCount(args.bedrooms) ?? subject?.bedrooms ?? undefined;
    const conditions: SQL[] = [eq(realEstateComparables.neighborhood, neighborhood)];
    if (bedrooms) {
      conditions.push(gte(realEstateComparables.bedrooms, bedrooms - 1));
      conditions.push(lte(realEstateComparables.bedrooms, bedrooms + 1));
    }
    const comps = await ctx.db
      .select()
      .from(realEstateComparables)
      .where(and(...conditions))
      .orderBy(desc(realEstateComparables.soldOn), asc(realEstateComparables.id))
      .limit(MAX_COMPARABLES);
    if (comps.length === 0)
      return {
        found: false,
        neighborhood,
        message: `There are no recent sales like that in ${neighborhood}.`,
      };
    ctx.state.neighborhood = neighborhood;
    const perSqft = median(comps.map((c) => c.soldPriceCents / c.sqft));
    // With the home's size, price per square foot; without it (a seller's draft), the median sale.
    const sameHood = subject && (subject.neighborhood ?? neighborhood) === neighborhood;
    // The caller's own home said by its size ("3 bed semi, about 1200 sq ft"): valued at the median
    // price per square foot, like a listing whose size we hold.
    const saidSqft = sizeInSqft(args.sizeSqft);
    // "what would my house be worth? 3 bed in Maplewood": no size and no listing, but the bedrooms
    // said — valued at the median sale of homes with that many (of all comparables when none sold).
    const saidBedrooms = !saidSqft && !sameHood ? bedroomCount(args.bedrooms) : undefined;
    const alike = comps.filter((c) => c.bedrooms === saidBedrooms);
    const estimateCents = saidSqft
      ? roundToThousands(perSqft * saidSqft)
      : sameHood
        ? roundToThousands(subject.sqft ? perSqft * subject.sqft : median(comps.map((c) => c.soldPriceCents)))
        : saidBedrooms
          ? roundToThousands(median((alike.length > 0 ? alike : comps).map((c) => c.soldPriceCents)))
          : null;
    const sales = comps.map(
      (c) =>
        `${c.address} (${c.bedrooms} bed) sold for ${formatDollars(c.soldPriceCents)} in ${monthOf(c.soldOn)}`,
    );
    const basis = subject?.sqft
      ? `At ${subject.sqft.toLocaleString('en-US')} sq ft, `
      : 'Going by those sales, ';
    const estimate = saidSqft
      ? ` At ${saidSqft.toLocaleString('en-US')} sq ft, your home would be worth about ${formatDollars(estimateCents ?? 0)}; an agent's visit firms that up.`
      : estimateCents && subject
        ? ` ${basis}${subject.address} would be worth about ${formatDollars(estimateCents)}.`
        : estimateCents && saidBedrooms
          ? ` Going by those sales, a ${saidBedrooms}-bed home in ${neighborhood} would be worth about ${formatDollars(estimateCents)}; its size and an agent's visit firm that up.`
          : '';
    // A home on the market is said with its asking price first: that is what "how much is it?" asks.
    const asking =
      subject && subject.status !== 'draft' && subject.priceCents != null
        ? `${subject.address} is listed at ${formatDollars(subject.priceCents)}. `
        : '';
    const summary = `${asking}Recent sales in ${neighborhood}: ${sales.join('; ')}. That is about ${formatDollars(perSqft)} per square foot.${estimate}`;
    return {
      found: true,
      neighborhood,
      comparables: comps.map((c) => c.id),
      pricePerSqft: formatDollars(perSqft),
      estimate: estimateCents ? formatDollars(estimateCents) : null,
      summary,
      message: summary,
    };
  },
});

/** A home's size as said: a few hundred to some tens of thousands of square feet, else not a size. */
function sizeInSqft(value: number | null | undefined): number | null {
  return typeof value === 'number' && value >= 300 && value <= 30_000 ? Math.round(value) : null;
}

export const describeNeighborhood = defineTool({
  name: 'describe_neighborhood',
  description:
    'What a neighborhood (Maplewood, Riverside, Old Town, Cedar Heights, Harbor Point, Lakeview) is like: the vibe, schools, walkability, commute, property taxes, parks, restaurants, flood risk and home prices. Use it for any question about an area.',
  // "what are the property taxes like in that area?" while booking LST-1002: the area is the home's.
  // Without a neighborhood named, the listing's (named, or the one discussed), else the one discussed.
  // "whats the property tax like around there btw" while booking a viewing of "8 elm st": the home said
  // by its address, which no look-up had turned into a listing number (the caller was asked which area).
  parameters: z.object({
    neighborhood: z.enum(NEIGHBORHOODS).optional().describe('The neighborhood to describe'),
    listingId: LISTING_ID_PARAMETER,
    homeDescription: HOME_DESCRIPTION_PARAMETER,
  }),
  execute: async (args, ctx: Ctx) => {
    const listingId = args.neighborhood ? null : await listingIdNamed(ctx.db, args, ctx.state);
    const listing = args.neighborhood || !listingId ? null : await findListing(ctx.db, listingId);
    const neighborhood = args.neighborhood ?? asNeighborhood(listing?.neighborhood) ?? ctx.state.neighborhood;
    if (!neighborhood)
      return {
        found: false,
        missing: 'neighborhood',
        message:
          'Which neighborhood: Maplewood, Riverside, Old Town, Cedar Heights, Harbor Point or Lakeview?',
      };
    const [row] = await ctx.db
      .select()
      .from(realEstateNeighborhoods)
      .where(eq(realEstateNeighborhoods.name, neighborhood));
    if (!row) return { found: false, message: `We don't cover ${neighborhood}.` };
    ctx.state.neighborhood = neighborhood;
    const summary =
      `${row.name} is ${row.vibe}. Schools rate ${row.schoolRating} out of 10, the walk score is ${row.walkScore}, ` +
      `downtown is about ${row.commuteMin} minutes away, and property tax is ${formatRate(row.taxRateMilli)} a year. ` +
      `The median home is ${formatDollars(row.medianPriceCents)}. Highlights: ${row.highlights}.`;
    return {
      found: true,
      neighborhood: row.name,
      schoolRating: row.schoolRating,
      walkScore: row.walkScore,
      commuteMin: row.commuteMin,
      propertyTax: formatRate(row.taxRateMilli),
      medianPrice: formatDollars(row.medianPriceCents),
      summary,
      message: summary,
    };
  },
});
