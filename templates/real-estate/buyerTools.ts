import { and, asc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { NEIGHBORHOODS, type RealEstateContext } from './context.ts';
import { bedroomCount, formatDollars, homePriceCents } from './format.ts';
import {
  describeListing,
  findListing,
  HOME_DESCRIPTION_PARAMETER,
  LISTING_ID_PARAMETER,
  listingIdNamed,
  listingLine,
  rememberListing,
  unknownListing,
  WHICH_LISTING,
} from './listings.ts';
import { realEstateListings } from './schema.ts';

type Ctx = ToolRunContext<RealEstateContext>;

/** Few enough to read aloud. */
const MAX_MATCHES = 3;

export const searchListings = defineTool({
  name: 'search_listings',
  description:
    'Find homes for sale for a buyer and qualify them: houses and condos under a budget (max price), with so many bedrooms, in a neighborhood. Use it when someone wants to buy or asks what they can get for their money.',
  parameters: z.object({
    maxPrice: z
      .number()
      .optional()
      .describe(
        'Most the buyer wants to spend, in dollars, e.g. 650000; omit to use the budget already given',
      ),
    bedrooms: z.number().int().optional().describe('Minimum number of bedrooms'),
    neighborhood: z.enum(NEIGHBORHOODS).optional().describe('Neighborhood to search; omit for all'),
  }),
  execute: async (args, ctx: Ctx) => {
    const budgetCents = homePriceCents(args.maxPrice) ?? homePriceCents(ctx.state.budget);
    if (budgetCents === null)
      return { found: false, missing: 'maxPrice', message: "What's the most you'd like to spend?" };
    const bedrooms = bedroomCount(args.bedrooms) ?? ctx.state.bedroomsWanted;
    const neighborhood = args.neighborhood ?? ctx.state.neighborhood;
    ctx.state.budget = Math.round(budgetCents / 100);
    if (bedrooms) ctx.state.bedroomsWanted = bedrooms;
    if (neighborhood) ctx.state.neighborhood = neighborhood;
    const conditions: SQL[] = [
      eq(realEstateListings.status, 'active'),
      lte(realEstateListings.priceCents, budgetCents),
    ];
    if (bedrooms) conditions.push(gte(realEstateListings.bedrooms, bedrooms));
    if (neighborhood) conditions.push(eq(realEstateListings.neighborhood, neighborhood));
    const matches = await ctx.db
      .select()
      .from(realEstateListings)
      .where(and(...conditions))
      .orderBy(asc(realEstateListings.priceCents), asc(realEstateListings.id));
    const criteria = [
      neighborhood ? `in ${neighborhood}` : null,
      `under ${formatDollars(budgetCents)}`,
      bedrooms ? `with at least ${bedrooms} bedrooms` : null,
    ]
      .filter(Boolean)
      .join(' ');
    // A buyer is qualified when their budget buys something actually on the market.
    ctx.state.buyerQualified = matches.length > 0;
    if (matches.length === 0) {
      return {
        found: false,
        count: 0,
        budget: formatDollars(budgetCents),
        message: `Nothing on the market right now ${criteria}. A higher budget, fewer bedrooms or another neighborhood would open up options.`,
      };
    }
    rememberListing(ctx.state, matches[0]);
    if (!neighborhood) delete ctx.state.neighborhood;
    const shown = matches.slice(0, MAX_MATCHES).map(listingLine);
    const more = matches.length > MAX_MATCHES ? ` and ${matches.length - MAX_MATCHES} more` : '';
    const summary = `I found ${matches.length} home${matches.length === 1 ? '' : 's'} ${criteria}: ${shown.join('; ')}${more}.`;
    return {
      found: true,
      count: matches.length,
      budget: formatDollars(budgetCents),
      listings: matches.slice(0, MAX_MATCHES).map((l) => l.id),
      summary,
      message: summary,
    };
  },
});

export const getListing = defineTool({
  name: 'get_listing',
  description:
    'Details of one listing by its LST- number: address, price, bedrooms, bathrooms, size, year built and whether it is still for sale. Use it when the client asks about a specific home.',
  parameters: z.object({
    listingId: LISTING_ID_PARAMETER,
    homeDescription: HOME_DESCRIPTION_PARAMETER,
  }),
  execute: async (args, ctx: Ctx) => {
    const id = await listingIdNamed(ctx.db, args, ctx.state);
    if (!id) return WHICH_LISTING;
    const listing = await findListing(ctx.db, id);
    if (!listing || listing.status === 'draft') return unknownListing(id);
    rememberListing(ctx.state, listing);
    const view = describeListing(listing);
    return { found: true, ...view, message: view.summary };
  },
});

export const buyerTools = [searchListings, getListing];
