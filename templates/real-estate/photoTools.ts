import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { joinWords } from '../shared/words.ts';
import type { RealEstateContext } from './context.ts';
import { normalizeId } from './format.ts';
import {
  HOME_DESCRIPTION_PARAMETER,
  LISTING_ID_PARAMETER,
  listingIdFrom,
  listingIdNamed,
  WHICH_LISTING,
} from './listings.ts';
import { realEstatePhotos } from './schema.ts';

type Ctx = ToolRunContext<RealEstateContext>;
type Photo = typeof realEstatePhotos.$inferSelect;

/** A listing's photos, in id order. */
function photosOf(db: Ctx['db'], listingId: string): Promise<Photo[]> {
  return db
    .select()
    .from(realEstatePhotos)
    .where(eq(realEstatePhotos.listingId, listingId))
    .orderBy(asc(realEstatePhotos.id));
}

const CONDITION_WORDS: Record<string, string> = {
  excellent: 'in excellent shape',
  good: 'in good shape',
  dated: 'dated',
  'needs work': 'in need of work',
};

/** What a photo shows, as a client hears it. Deterministic: read from the photos table, never guessed. */
function analysis(p: Photo) {
  const features = p.features.split(';').map((f) => f.trim());
  return {
    photoId: p.id,
    url: p.url,
    listingId: p.listingId,
    room: p.room,
    features,
    condition: p.condition,
    light: p.light,
    stagingTip: p.stagingTip,
    summary: `Photo ${p.id} shows the ${p.room}: ${joinWords(features)}. It looks ${CONDITION_WORDS[p.condition] ?? p.condition}, with ${p.light} light. Tip: ${p.stagingTip}`,
  };
}

/**
 * Capability injected on chosen handoff edges only (Triage → SellerIntake, Triage → PhotoAnalyst,
 * SellerIntake → PhotoAnalyst): image analysis is the costly, privacy-sensitive step, granted where
 * the route says the client came for it. It is not in any agent's own `tools`.
 */
export const analyzeListingPhoto = defineTool({
  name: 'analyze_listing_photo',
  description:
    'Analyze a property photo: which room it shows, visible features, condition, light and a staging tip. Use it when the client gives a photo id (PH-3001) or link, or asks what the photos of a listing show.',
  parameters: z.object({
    photoId: z.string().optional().describe('Photo id, e.g. PH-3001; omit if the client gave a link'),
    photoUrl: z.string().optional().describe('Link to the photo, if the client pasted one'),
    listingId: z
      .string()
      .optional()
      .describe('Listing number, e.g. LST-1004, to analyze all its photos when no single photo is named'),
  }),
  execute: async (args, ctx: Ctx) => {
    const photoId = normalizeId('PH', args.photoId);
    const url = args.photoUrl?.trim();
    let photo: Photo | undefined;
    if (photoId)
      [photo] = await ctx.db.select().from(realEstatePhotos).where(eq(realEstatePhotos.id, photoId));
    else if (url) [photo] = await ctx.db.select().from(realEstatePhotos).where(eq(realEstatePhotos.url, url));
    if (photo) {
      const result = analysis(photo);
      return { found: true, count: 1, ...result, message: result.summary };
    }
    if (photoId || url)
      return {
        found: false,
        message: `I couldn't find photo ${photoId ?? url}. Photo ids look like PH-3001.`,
      };
    const listingId = listingIdFrom(args.listingId, ctx.state);
    if (!listingId)
      return { found: false, missing: 'photoId', message: 'Which photo? The id looks like PH-3001.' };
    const photos = await photosOf(ctx.db, listingId);
    if (photos.length === 0)
      return { found: false, listingId, message: `Listing ${listingId} has no photos yet.` };
    const rooms = photos.map(
      (p) => `the ${p.room} (${joinWords(p.features.split(';').map((f) => f.trim()))})`,
    );
    const needsWork = photos
      .filter((p) => p.condition === 'dated' || p.condition === 'needs work')
      .map((p) => p.room);
    const verdict =
      needsWork.length > 0
        ? ` The ${joinWords(needsWork)} look${needsWork.length === 1 ? 's' : ''} dated.`
        : ' Everything looks well kept.';
    const summary = `The ${photos.length} photos of ${listingId} show ${joinWords(rooms)}.${verdict}`;
    return {
      found: true,
      count: photos.length,
      listingId,
      photos: photos.map((p) => p.id),
      summary,
      message: summary,
    };
  },
});

export const listListingPhotos = defineTool({
  name: 'list_listing_photos',
  description:
    'List the photos of a listing (ids, rooms and links). Use it when the client asks which pictures a home has or wants to see the photos of a listing.',
  parameters: z.object({
    listingId: LISTING_ID_PARAMETER,
    homeDescription: HOME_DESCRIPTION_PARAMETER,
  }),
  execute: async (args, ctx: Ctx) => {
    const listingId = await listingIdNamed(ctx.db, args, ctx.state);
    if (!listingId) return WHICH_LISTING;
    const photos = await photosOf(ctx.db, listingId);
    if (photos.length === 0)
      return { found: false, listingId, message: `Listing ${listingId} has no photos yet.` };
    ctx.state.listingId = listingId;
    const summary = `${listingId} has ${photos.length} photos: ${joinWords(photos.map((p) => `${p.id} (${p.room})`))}.`;
    return {
      found: true,
      listingId,
      photos: photos.map((p) => ({ id: p.id, room: p.room, url: p.url })),
      summary,
      message: summary,
    };
  },
});
