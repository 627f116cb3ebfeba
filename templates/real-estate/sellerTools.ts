import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { NEIGHBORHOODS, type RealEstateContext } from './context.ts';
import { bedroomCount, formatDollars, homePriceCents } from './format.ts';
import { listingLine } from './listings.ts';
import { realEstateListings } from './schema.ts';

type Ctx = ToolRunContext<RealEstateContext>;

// "12 Rowan Close", "3 Abbey Mews": British street types too, or the seller was asked for the address
// they had just given, again and again. Not "walk", "view" or "green": "a 10 minute walk" is no address.
const STREET_TYPES =
  'street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|way|place|pl|boulevard|blvd|terrace|circle|cir|crescent|row|square|close|mews|grove|gardens|parkway|pkwy|highway|hwy|trail';
const ADDRESS = new RegExp(
  `\\b\\d{1,5}[a-z]?\\s+(?:[a-z]+\\s+){0,3}?(?:${STREET_TYPES})\\b\\.?(?:\\s*(?:#|apt\\.?|unit)\\s*\\w+)?`,
  'i',
);

/** A seller taking back what they just said: "56 Chapel St... no wait, 58 Chapel Street". */
const CORRECTS =
  /(?:^|[\s,.;!…-])(?:no+|sorry|wait|i mean|or rather|make that|actually|correction)(?=[\s,.;!…-]|$)/i;

/**
 * "I want to sell 1420 birch lane, maplewood" → "1420 Birch Lane". Of two addresses with a correction
 * between them ("56 Chapel St... no wait, 58 Chapel Street"), the one said after it: the draft was
 * started for the slip.
 */
export function streetAddress(text: string | null | undefined): string | null {
  const said = text ?? '';
  const all = [...said.matchAll(new RegExp(ADDRESS.source, 'gi'))];
  const corrected = all.findLast(
    (m, i) => i > 0 && CORRECTS.test(said.slice((all[i - 1].index ?? 0) + all[i - 1][0].length, m.index)),
  );
  const found = (corrected ?? all[0])?.[0];
  if (!found) return null;
  return found
    .replace(/\.$/, '')
    .replace(/\b([a-z])([a-z]*)/g, (_, first: string, rest: string) => first.toUpperCase() + rest);
}

export const draftListing = defineTool({
  name: 'draft_listing',
  description:
    'Start listing a home for sale for a seller: record the address of the house or condo they want to sell or put on the market as a draft LST- listing (with bedrooms, asking price and neighborhood if given). Use it when a client wants to sell or list their property.',
  sideEffect: true,
  parameters: z.object({
    addressDescription: z
      .string()
      .describe("The home's street address as the seller gave it, e.g. '1420 Birch Lane, Maplewood'"),
    bedrooms: z.number().int().optional().describe('Number of bedrooms, if the seller said'),
    askingPrice: z.number().optional().describe('Asking price in dollars, if the seller has one in mind'),
    neighborhood: z.enum(NEIGHBORHOODS).optional().describe('Neighborhood of the home, if said'),
    // The seller's number said along the way ("my name is Sam Lee, 07700 900555") is kept for the
    // listing agent; no example in the description, which would teach SellerIntake's router bare
    // numbers. No name parameter: a bare reply ("Riverside") to the address question would fill it.
    phone: z.string().optional().describe("The seller's phone number, if they gave it"),
  }),
  execute: async (args, ctx: Ctx) => {
    const address = streetAddress(args.addressDescription) ?? streetAddress(ctx.state.sellerAddress);
    if (!address)
      return {
        drafted: false,
        missing: 'addressDescription',
        message: "What's the street address of the home you'd like to sell?",
      };
    if (args.phone?.trim()) ctx.state.phone = args.phone.trim();
    const priceCents = homePriceCents(args.askingPrice);
    const bedrooms = bedroomCount(args.bedrooms) ?? null;
    // Only this conversation's own draft is completed: another seller's draft at the same address is
    // neither changed nor mentioned (staff merge duplicates), exactly as if there were none.
    const ownDraftId = ctx.state.sellerListingId;
    const [existing] = ownDraftId
      ? await ctx.db
          .select()
          .from(realEstateListings)
          .where(
            and(
              eq(realEstateListings.id, ownDraftId),
              eq(realEstateListings.status, 'draft'),
              sql`lower(${realEstateListings.address}) = ${address.toLowerCase()}`,
            ),
          )
          .limit(1)
      : [];
    const renumbered = existing ? undefined : await ownDraftRenumbered(ctx, ownDraftId, address);
    if (renumbered) return renumbered;
    ctx.state.sellerAddress = address;
    if (existing) {
      ctx.state.sellerListingId = existing.id;
      // Details given later ("it's a 3 bed in Lakeview") complete the draft; nothing already set is overwritten.
      await ctx.db
        .update(realEstateListings)
        .set({
          neighborhood: existing.neighborhood ?? args.neighborhood ?? null,
          bedrooms: existing.bedrooms ?? bedrooms,
          priceCents: existing.priceCents ?? priceCents,
        })
        .where(eq(realEstateListings.id, existing.id));
      // "it's got 4 bedrooms" after the draft was started: said back as added, not "already started".
      const added = [
        existing.bedrooms === null && bedrooms !== null ? `${bedrooms} bedrooms` : undefined,
        existing.priceCents === null && priceCents !== null
          ? `an asking price of ${formatDollars(priceCents)}`
          : undefined,
        existing.neighborhood === null && args.neighborhood
          ? `${args.neighborhood} as its neighborhood`
          : undefined,
      ].filter((part): part is string => part !== undefined);
      return {
        drafted: true,
        created: false,
        listingId: existing.id,
        reference: existing.id,
        address,
        ...(added.length > 0 ? { added } : {}),
        message:
          added.length > 0
            ? `I've added ${added.join(' and ')} to draft listing ${existing.id} for ${address}; our listing agent has it.`
            : `${address} is already started as draft listing ${existing.id}; our listing agent has it.`,
      };
    }
    const [row] = await ctx.db
      .insert(realEstateListings)
      .values({
        id: sql`'LST-' || nextval('real_estate_listing_seq')`,
        address,
        neighborhood: args.neighborhood ?? null,
        priceCents,
        bedrooms,
        status: 'draft',
        sellerName: ctx.state.clientName ?? null,
        description: 'Seller intake draft',
      })
      .returning();
    ctx.state.sellerListingId = row.id;
    const asking = priceCents ? ` at an asking price of ${formatDollars(priceCents)}` : '';
    return {
      drafted: true,
      created: true,
      listingId: row.id,
      reference: row.id,
      address,
      line: listingLine(row),
      message: `I've started draft listing ${row.id} for ${address}${asking}. Our listing agent will be in touch to arrange photos and a valuation.`,
    };
  },
});

/** "41 Heron Street" → "heron street": the street without its house number. */
const streetOf = (address: string) =>
  address
    .toLowerCase()
    .replace(/^\s*\d+[a-z]?\s+/, '')
    .trim();

/**
 * "it's 41 Heron Street, not 14", said of the draft this conversation just started: the same street with
 * another house number is the seller's own home said right, not a second home to list (a second draft
 * had been started, and the one at the wrong number kept). The conversation's own draft takes the
 * corrected address; a draft on another street is another listing, as before.
 */
async function ownDraftRenumbered(ctx: Ctx, ownDraftId: string | undefined, address: string) {
  if (!ownDraftId) return undefined;
  const [own] = await ctx.db
    .select()
    .from(realEstateListings)
    .where(and(eq(realEstateListings.id, ownDraftId), eq(realEstateListings.status, 'draft')))
    .limit(1);
  if (
    !own ||
    own.address.toLowerCase() === address.toLowerCase() ||
    streetOf(own.address) !== streetOf(address)
  )
    return undefined;
  await ctx.db.update(realEstateListings).set({ address }).where(eq(realEstateListings.id, own.id));
  ctx.state.sellerAddress = address;
  return {
    drafted: true,
    created: false,
    corrected: true,
    listingId: own.id,
    reference: own.id,
    address,
    message: `I've corrected draft listing ${own.id} to ${address} (not ${own.address}). Our listing agent has it.`,
  };
}

export const sellerTools = [draftListing];
