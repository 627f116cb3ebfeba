import { describe, expect, it } from 'vitest';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';
import { rows } from '../../support/templates/shared/templateTestDb.ts';

/**
 * A client cancels a viewing, offline: the one booked earlier in the call, or one booked before under
 * their number (found by its day or street). The cancellation is read back naming the viewing and made
 * on "yes" only; the slot is then free for anyone to book; a "yes" said again cancels nothing more.
 * Seeded: Jonah Fischer (555-0142) has two viewings (220 River Road on 14 June 2031 at 10:00, 8 Elm
 * Street on 16 June 2031 at 14:00).
 */

const t = useOfflineTemplate('real-estate', { perTest: true });

type Tour = { id: number; listing_id: string; status: string };
const tour = async (id: number) =>
  (
    await rows<Tour>(
      await t.store.toolDb(),
      `SELECT id, listing_id, status FROM real_estate_tours WHERE id = ${id}`,
    )
  )[0];

async function conversation() {
  const { id } = await t.switchboard.createConversation({});
  return (text: string) => t.switchboard.send(id, text);
}

describe('real estate, offline: a viewing is cancelled and its slot freed', () => {
  it('cancels the viewing named by its day under the caller’s number, after a read-back', async () => {
    const say = await conversation();
    const readBack = await say(
      "I can't make my viewing on Saturday the 14th anymore, please cancel it. It's 555-0142",
    );
    expect(readBack.reply).toMatch(
      /^Just to confirm: cancel your viewing of 220 River Road on Saturday 14 June 2031 at 10:00 \(TOUR-1\)\. Shall I go ahead\?$/,
    );
    expect((await tour(1)).status).toBe('booked');
    const done = await say('yes');
    // The look-up runs again to name the viewing; the change runs once.
    expect(done.toolCalls.map((c) => c.tool)).toEqual(['find_mine', 'cancel_tour']);
    expect(done.reply).toMatch(
      /I've cancelled your viewing of 220 River Road .* The slot is free for someone else\./,
    );
    expect((await tour(1)).status).toBe('cancelled');
    expect((await tour(3)).status).toBe('booked');
    const again = await say('yes');
    expect(again.toolCalls.map((c) => c.tool)).not.toContain('cancel_tour');
    // The freed slot can be booked by someone else.
    const other = await conversation();
    await other('can I book a viewing of LST-1004 on 14 June 2031 at 10am');
    await other('Ana Ruiz');
    const booked = await other('555-0177');
    expect(booked.reply).toMatch(/booked to see 220 River Road on Saturday 14 June 2031 at 10:00/);
  });

  it('cancels the viewing booked earlier in the same call without asking for the number again', async () => {
    const say = await conversation();
    await say('can I book a viewing of LST-1004 on 20 June 2031 at 11am');
    await say('Omar Reyes');
    const booked = await say('555-0161');
    const reference = booked.reply.match(/TOUR-\d+/)?.[0];
    expect(reference).toBeDefined();
    const readBack = await say('actually I need to cancel that viewing');
    expect(readBack.reply).toMatch(
      new RegExp(
        `^Just to confirm: cancel your viewing of 220 River Road on .+ \\(${reference}\\)\\. Shall I go ahead\\?$`,
      ),
    );
    const done = await say('yes');
    expect(done.toolCalls.map((c) => c.tool)).toEqual(['cancel_tour']);
    expect((await tour(Number(reference?.slice(5)))).status).toBe('cancelled');
  });

  it('changing your mind at the read-back cancels nothing', async () => {
    const say = await conversation();
    await say('I need to cancel my viewing on Elm Street, the number is 555-0142');
    const kept = await say("actually no, I'll keep it");
    expect(kept.toolCalls).toEqual([]);
    expect((await tour(3)).status).toBe('booked');
  });
});
