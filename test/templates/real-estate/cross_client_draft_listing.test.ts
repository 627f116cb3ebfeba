import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import type { RealEstateContext } from '../../../templates/real-estate/context.ts';
import { draftListing } from '../../../templates/real-estate/sellerTools.ts';
import { realEstateSetupSql } from '../../../templates/real-estate/setup.ts';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';
import {
  rows,
  seededTemplateDb,
  templateToolContext,
} from '../../support/templates/shared/templateTestDb.ts';

/**
 * Issue #17 item 4, real-estate analogue: the one client record a caller can name is a seller's draft
 * listing (by its address). A second caller giving the same address must not learn that a draft
 * exists, read its id, or change it.
 */

const SELL = 'I want to sell my house at 1420 Birch Lane, Maplewood';

const t = useOfflineTemplate('real-estate', { perTest: true });

describe('real-estate: a caller never reaches another seller’s draft (offline model)', () => {
  it('a second seller at the same address gets a draft of their own, and hears nothing of the first', async () => {
    const first = await t.switchboard.createConversation();
    const firstTurn = await t.switchboard.send(first.id, SELL);
    expect(firstTurn.toolCalls[0]).toMatchObject({ tool: 'draft_listing', result: { created: true } });
    const firstDraft = (firstTurn.toolCalls[0].result as { listingId: string }).listingId;

    const second = await t.switchboard.createConversation();
    const secondTurn = await t.switchboard.send(second.id, SELL);
    expect(secondTurn.toolCalls[0]).toMatchObject({ tool: 'draft_listing', result: { created: true } });
    expect(secondTurn.reply).not.toContain(firstDraft);
    expect(JSON.stringify(secondTurn.toolCalls[0].result)).not.toContain(firstDraft);
    expect((await t.store.getConversation(second.id))!.context.sellerListingId).not.toBe(firstDraft);
  });
});

describe('draft_listing completes only the conversation’s own draft', () => {
  let db: ToolDb;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await seededTemplateDb(realEstateSetupSql));
  });
  afterAll(() => close());
  const ctx = (state: RealEstateContext = {}) => templateToolContext(db, 'SellerIntake', state);
  const draft = async (id: string) =>
    (
      await rows<{ bedrooms: number | null }>(
        db,
        `select bedrooms from real_estate_listings where id = '${id}'`,
      )
    )[0];

  it('another seller’s draft at the same address is neither changed nor revealed', async () => {
    const owner = ctx();
    const made = (await draftListing.execute({ addressDescription: '12 Elm Street, Riverside' }, owner)) as {
      listingId: string;
    };
    const stranger = await draftListing.execute({ addressDescription: '12 Elm Street', bedrooms: 5 }, ctx());
    expect(stranger).toMatchObject({ drafted: true, created: true });
    expect(JSON.stringify(stranger)).not.toContain(made.listingId);
    expect((await draft(made.listingId)).bedrooms).toBeNull();

    const again = await draftListing.execute({ addressDescription: '12 Elm Street', bedrooms: 3 }, owner);
    expect(again).toMatchObject({ drafted: true, created: false, listingId: made.listingId });
    expect((await draft(made.listingId)).bedrooms).toBe(3);
  });
});
