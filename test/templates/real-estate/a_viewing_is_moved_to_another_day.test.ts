import { describe, expect, it } from 'vitest';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';
import { rows } from '../../support/templates/shared/templateTestDb.ts';

/**
 * A client moves a viewing they booked, offline, as `switchboard chat --graph real-estate` runs it. A
 * viewing is held under the phone number given at booking, so that number is what the caller gives (or
 * the viewing was booked in this conversation); the viewing is found by its street, its day, its TOUR-
 * reference or as the only one; the move is read back naming the viewing and made on "yes" only, and the
 * row itself moves, so its old time is free. Seeded: Jonah Fischer (555-0142) has two viewings, 220 River
 * Road on Saturday 14 June 2031 at 10:00 and 8 Elm Street on Monday 16 June 2031 at 14:00.
 */

const t = useOfflineTemplate('real-estate', { perTest: true });

type Tour = { id: number; listing_id: string; day: string; start_min: number; status: string };
const toursOf = async (phone: string) =>
  rows<Tour>(
    await t.store.toolDb(),
    `SELECT id, listing_id, to_char(day, 'YYYY-MM-DD') AS day, start_min, status FROM real_estate_tours WHERE phone = '${phone}' ORDER BY id`,
  );

async function conversation() {
  const { id } = await t.switchboard.createConversation({});
  return (text: string) => t.switchboard.send(id, text);
}

describe('real estate, offline: a viewing is moved to another day', () => {
  it('asks the number it is under, reads the move back naming the viewing, and moves it only on yes', async () => {
    const say = await conversation();
    const asked = await say('hi, I need to move my viewing on Elm Street to Wednesday 18 June 2031');
    expect(asked.agent).toBe('TourBooker');
    expect(asked.reply).toBe('What phone number was the viewing booked under?');
    const readBack = await say("it's 555-0142");
    expect(readBack.reply).toMatch(
      /^Just to confirm: move your viewing of 8 Elm Street on Monday 16 June 2031 at 14:00 \(TOUR-3\) to .*18 June 2031.*Shall I go ahead\?$/,
    );
    expect((await toursOf('555-0142')).find((r) => r.id === 3)).toMatchObject({ day: '2031-06-16' });
    const done = await say('yes please');
    // The look-up runs again to name the viewing; the change runs once.
    expect(done.toolCalls.map((c) => c.tool)).toEqual(['find_mine', 'reschedule_tour']);
    expect(done.reply).toMatch(
      /8 Elm Street is now on Wednesday 18 June 2031 at 14:00; the reference stays TOUR-3/,
    );
    const after = await toursOf('555-0142');
    // The row itself moved: nothing is held on the old day any more, and River Road is untouched.
    expect(after).toEqual([
      expect.objectContaining({ id: 1, day: '2031-06-14', start_min: 600, status: 'booked' }),
      expect.objectContaining({ id: 3, day: '2031-06-18', start_min: 840, status: 'booked' }),
    ]);
    // A "yes" said again moves nothing a second time.
    const again = await say('yes');
    expect(again.toolCalls.map((c) => c.tool)).not.toContain('reschedule_tour');
    expect(await toursOf('555-0142')).toEqual(after);
  });

  it('with two viewings and neither named, lists them and the pick is the one moved', async () => {
    const say = await conversation();
    await say('can I reschedule my viewing to 4pm the same day? my number is 555-0142');
    const readBack = await say('the River Road one');
    expect(readBack.reply).toMatch(
      /Just to confirm: move your viewing of 220 River Road on Saturday 14 June 2031 at 10:00 \(TOUR-1\) to (4pm|16:00) on the same day/,
    );
    await say('yes');
    expect((await toursOf('555-0142')).find((r) => r.id === 1)).toMatchObject({
      start_min: 960,
      day: '2031-06-14',
    });
  });

  it('another client’s viewing reads as not found and is not moved', async () => {
    const say = await conversation();
    const reply = await say('please move viewing TOUR-2 to Tuesday 17 June 2031, my number is 555-0142');
    expect(reply.reply).toMatch(/I don't see a booked viewing TOUR-2 under 555-0142/);
    expect(reply.reply).not.toMatch(/Sofia|Rossi|Lake/);
    expect(await toursOf('555-0187')).toEqual([expect.objectContaining({ id: 2, day: '2031-06-14' })]);
  });
});
