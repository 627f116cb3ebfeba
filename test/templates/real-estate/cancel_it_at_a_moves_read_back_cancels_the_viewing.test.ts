import { describe, expect, it } from 'vitest';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';
import { rows } from '../../support/templates/shared/templateTestDb.ts';

/**
 * "actually just cancel it" said to the read-back of a viewing's move asks to cancel the viewing, not
 * only the move: the cancellation is read back naming the viewing and runs on "yes" only. Before, the
 * move was dropped and the viewing stayed booked. "never mind" there still drops the move and keeps the
 * viewing. Seeded: Jonah Fischer (555-0142) has 8 Elm Street on Monday 16 June 2031 at 14:00 (TOUR-3).
 */

const t = useOfflineTemplate('real-estate', { perTest: true });

type Tour = { id: number; day: string; status: string };
const tour3 = async () =>
  (
    await rows<Tour>(
      await t.store.toolDb(),
      `SELECT id, to_char(day, 'YYYY-MM-DD') AS day, status FROM real_estate_tours WHERE id = 3`,
    )
  )[0];

async function atTheMovesReadBack() {
  const { id } = await t.switchboard.createConversation({});
  const say = (text: string) => t.switchboard.send(id, text);
  await say('hi, I need to move my viewing on Elm Street to Wednesday 18 June 2031');
  const readBack = await say("it's 555-0142");
  expect(readBack.reply).toMatch(/^Just to confirm: move your viewing of 8 Elm Street/);
  return say;
}

describe('real estate, offline: "cancel it" at a move’s read-back cancels the viewing', () => {
  it('reads the cancellation back, then cancels the viewing on yes', async () => {
    const say = await atTheMovesReadBack();
    const cancelReadBack = await say('actually just cancel it');
    expect(cancelReadBack.reply).toMatch(
      /^Just to confirm: cancel your viewing of 8 Elm Street on Monday 16 June 2031 at 14:00 \(TOUR-3\)\. Shall I go ahead\?$/,
    );
    expect(cancelReadBack.toolCalls.map((c) => c.tool)).not.toContain('cancel_tour');
    expect(await tour3()).toMatchObject({ day: '2031-06-16', status: 'booked' });
    const done = await say('yes');
    expect(done.toolCalls.map((c) => c.tool)).toContain('cancel_tour');
    expect(done.toolCalls.map((c) => c.tool)).not.toContain('reschedule_tour');
    expect(done.reply).toMatch(/I've cancelled your viewing of 8 Elm Street/);
    expect(await tour3()).toMatchObject({ day: '2031-06-16', status: 'cancelled' });
  });

  it('"never mind" there drops the move and keeps the viewing booked', async () => {
    const say = await atTheMovesReadBack();
    const stopped = await say('never mind');
    expect(stopped.reply).toMatch(/nothing was changed/);
    expect(await tour3()).toMatchObject({ day: '2031-06-16', status: 'booked' });
  });
});
