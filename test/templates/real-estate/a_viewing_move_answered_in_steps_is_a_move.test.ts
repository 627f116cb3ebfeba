import { describe, expect, it } from 'vitest';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';
import { rows } from '../../support/templates/shared/templateTestDb.ts';

/**
 * A move said in steps, as callers do: "I booked a viewing, need to move it", the number, which one, and
 * only then the day. The day ("Which day would you like instead?" → "friday at 3pm") went to the booking
 * form ("May I have your full name?"): the move's day is optional (a move may keep it), so no tool was
 * waiting for it, and a day with a time reads as a new booking. And right after booking, "actually can
 * we do 3pm instead" got the fallback. Seeded: Jonah Fischer (555-0142) has two viewings, 220 River Road
 * (TOUR-1) and 8 Elm Street on Monday 16 June 2031 at 14:00 (TOUR-3).
 */

const t = useOfflineTemplate('real-estate', { perTest: true });

type Tour = { id: number; day: string; start_min: number; status: string };
const toursOf = async (phone: string) =>
  rows<Tour>(
    await t.store.toolDb(),
    `SELECT id, to_char(day, 'YYYY-MM-DD') AS day, start_min, status FROM real_estate_tours WHERE phone = '${phone}' ORDER BY id`,
  );

async function conversation() {
  const { id } = await t.switchboard.createConversation({});
  return (text: string) => t.switchboard.send(id, text);
}

describe('real estate, offline: a viewing move answered in steps', () => {
  it('the day said last moves the viewing picked; no booking is started', async () => {
    const say = await conversation();
    await say('hi I booked a viewing, need to move it');
    await say('555-0142');
    await say('the elm street one');
    const readBack = await say('wednesday 18 june 2031 at 3pm');
    expect(readBack.agent).toBe('TourBooker');
    expect(readBack.reply).toMatch(
      /^Just to confirm: move your viewing of 8 Elm Street on Monday 16 June 2031 at 14:00 \(TOUR-3\) to Wednesday 18 June 2031/,
    );
    const done = await say('yes');
    expect(done.toolCalls.map((c) => c.tool)).toContain('reschedule_tour');
    expect(done.toolCalls.map((c) => c.tool)).not.toContain('book_tour');
    expect((await toursOf('555-0142')).find((r) => r.id === 3)).toMatchObject({
      day: '2031-06-18',
      start_min: 900,
      status: 'booked',
    });
  });

  it('"actually can we do 3pm instead" right after booking moves that viewing: one viewing, at 3pm', async () => {
    const say = await conversation();
    await say('can i see LST-1003 on 20 june 2031 at 2pm');
    await say('Jo Lee');
    const booked = await say('555-0111');
    expect(booked.reply).toMatch(/You're booked to see 15 Birch Court on Friday 20 June 2031 at 14:00/);
    const readBack = await say('actually can we do 3pm instead');
    expect(readBack.reply).toMatch(/^Just to confirm: move your viewing of 15 Birch Court/);
    const done = await say('yes');
    expect(done.reply).toMatch(/15 Birch Court is now on Friday 20 June 2031 at 15:00/);
    expect(await toursOf('555-0111')).toEqual([
      expect.objectContaining({ day: '2031-06-20', start_min: 900, status: 'booked' }),
    ]);
  });
});
