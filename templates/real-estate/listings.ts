import { eq, ne } from 'drizzle-orm';
import { type ToolDb, z } from '../../src/authoring.ts';
import { NEIGHBORHOODS, type Neighborhood, type RealEstateContext } from './context.ts';
import { formatDollars, normalizeId } from './format.ts';
import { realEstateListings } from './schema.ts';

export type Listing = typeof realEstateListings.$inferSelect;

export async function findListing(db: ToolDb, id: string): Promise<Listing | null> {
  const [row] = await db.select().from(realEstateListings).where(eq(realEstateListings.id, id)).limit(1);
  return row ?? null;
}

/** The listing a tool should use: the id given, else the one already discussed in the conversation. */
export function listingIdFrom(raw: string | null | undefined, state: RealEstateContext): string | null {
  return normalizeId('LST', raw) ?? normalizeId('LST', state.listingId);
}

/** The `listingId` parameter of a tool that can fall back to the listing already discussed. */
export const LISTING_ID_PARAMETER = z
  .string()
  .optional()
  .describe('Listing number, e.g. LST-1004; omit for the home already discussed');

/**
 * A home named by its street address ("is 14 Maple Avenue still for sale?", "photos of 8 elm street"):
 * the listing tools asked for a listing number the client never heard. No example in the description:
 * a parameter's example trains the router as one of the agent's bare answers.
 */
export const HOME_DESCRIPTION_PARAMETER = z
  .string()
  .optional()
  .describe(
    'The home by its street address, when the client named it so; omit when a listing number is given',
  );

/** The listing meant: the number given, else the home whose address the client said, else the one discussed. */
export async function listingIdNamed(
  db: ToolDb,
  args: { listingId?: string | null; homeDescription?: string | null },
  state: RealEstateContext,
): Promise<string | null> {
  const given = normalizeId('LST', args.listingId);
  const description = args.homeDescription ?? '';
  if (given && description.toUpperCase().includes(given)) return given;
  // "what about 44 Cedar Lane?" after LST-1001 was discussed: a number carried over from before, not said
  // with the address, is not the home the client just named (8 Elm Street's details were read out).
  const named = await listingNamedIn(db, description);
  return named?.id ?? given ?? listingIdFrom(null, state);
}

/** The answer when neither the client nor the conversation named a listing. */
export const WHICH_LISTING = {
  found: false as const,
  missing: 'listingId',
  message: 'Which listing? The number looks like LST-1004.',
};

export function unknownListing(id: string) {
  return {
    found: false as const,
    listingId: id,
    message: `I couldn't find listing ${id}. Listing numbers look like LST-1004.`,
  };
}

export function asNeighborhood(value: string | null | undefined): Neighborhood | undefined {
  return NEIGHBORHOODS.find((n) => n === value);
}

/** One line a client can hear: "LST-1001, 8 Elm Street in Maplewood: 3 bed, 2 bath, 1,650 sq ft, $615,000". */
export function listingLine(l: Listing): string {
  const where = l.neighborhood ? ` in ${l.neighborhood}` : '';
  const facts = [
    l.bedrooms != null ? `${l.bedrooms} bed` : null,
    l.bathrooms != null ? `${l.bathrooms} bath` : null,
    l.sqft != null ? `${l.sqft.toLocaleString('en-US')} sq ft` : null,
    l.priceCents != null ? formatDollars(l.priceCents) : null,
  ].filter(Boolean);
  return `${l.id}, ${l.address}${where}: ${facts.join(', ')}`;
}

export function describeListing(l: Listing) {
  const status = l.status === 'active' ? 'for sale' : l.status === 'pending' ? 'under contract' : l.status;
  return {
    listingId: l.id,
    address: l.address,
    neighborhood: l.neighborhood,
    price: l.priceCents != null ? formatDollars(l.priceCents) : null,
    bedrooms: l.bedrooms,
    bathrooms: l.bathrooms,
    sqft: l.sqft,
    yearBuilt: l.yearBuilt,
    status,
    // A description that only repeats the status ("Under contract") is not said twice.
    summary:
      `${listingLine(l)}, built ${l.yearBuilt ?? 'year unknown'}, ${status}. ${l.description?.toLowerCase() === status ? '' : (l.description ?? '')}`.trim(),
  };
}

/** Remembers the listing so the next agent (tours, financing, photos) does not ask which home. */
export function rememberListing(state: RealEstateContext, l: Listing): void {
  state.listingId = l.id;
  const hood = asNeighborhood(l.neighborhood);
  if (hood) state.neighborhood = hood;
}

/**
 * The listing a client names by its address rather than its number: "8 Elm Street", "eight elm street
 * in maplewood" (read as digits first), or "the one on Willow Court" when one home on that street is
 * for sale. Null when the words name no listed home, or a street with several.
 */
export async function listingNamedIn(db: ToolDb, text: string | null | undefined): Promise<Listing | null> {
  const said = ` ${addressWords(text ?? '')} `;
  if (said.trim() === '') return null;
  const listings = await db.select().from(realEstateListings).where(ne(realEstateListings.status, 'draft'));
  const words = addressWords;
  const whole = listings.filter((l) => said.includes(` ${words(l.address)} `));
  if (whole.length === 1) return whole[0];
  const street = (l: Listing) =>
    words(l.address)
      .replace(/^\d+[a-z]?\s+/, '')
      .replace(/\s+#\S+$/, '');
  const onStreet = listings.filter((l) => said.includes(` ${street(l)} `));
  return onStreet.length === 1 ? onStreet[0] : null;
}

/**
 * Street types as people write them ("8 elm st", "22 Pier Ln", "61 shore dr"): spelt out, so an
 * address typed short names the same home as the listing's "8 Elm Street".
 */
const STREET_TYPES: Record<string, string> = {
  st: 'street',
  str: 'street',
  rd: 'road',
  ave: 'avenue',
  av: 'avenue',
  ln: 'lane',
  dr: 'drive',
  ct: 'court',
  crt: 'court',
  ter: 'terrace',
  terr: 'terrace',
  pl: 'place',
  sq: 'square',
  blvd: 'boulevard',
  cres: 'crescent',
  hwy: 'highway',
};

/** An address's words for matching: lower case, no punctuation, street types spelt out. */
function addressWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9# ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => STREET_TYPES[w] ?? w)
    .join(' ');
}
