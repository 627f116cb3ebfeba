import { describe, expect, it } from 'vitest';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * "can i get in tomorrow afternoon?" is offered afternoon openings (the line's are at 13:30), so "1:30
 * is fine" picks one; before, the morning's 08:30, 09:30 and 11:00 were offered and the time said
 * matched none. "after 5" is the evening, which has no openings: said so, with the next openings. A
 * part of the day in a symptom's story ("vomiting since this afternoon") is not the time wanted.
 */

const t = useOfflineTemplate('after-hours', { perTest: true });

async function conversation() {
  const { id } = await t.switchboard.createConversation({});
  return (text: string) => t.switchboard.send(id, text);
}

const times = (reply: string) => [...reply.matchAll(/ at (\d\d:\d\d) with/g)].map((m) => m[1]);

describe('after-hours, offline: openings for the part of the day asked', () => {
  it('offers afternoon openings for "tomorrow afternoon" and books the one whose time is said', async () => {
    const say = await conversation();
    const offered = await say('can i get in tomorrow afternoon?');
    expect(offered.reply).toMatch(/^The next afternoon openings are /);
    expect(new Set(times(offered.reply))).toEqual(new Set(['13:30']));
    expect((await say('1:30 is fine')).reply).toBe('Whose name should I put the appointment under?');
    await say('Leo Martins');
    const booked = await say('555-0153');
    expect(booked.reply).toMatch(/^You're booked for .* at 13:30 with Dr\. Okafor/);
  });

  it('offers morning openings for "anything thursday morning?"', async () => {
    const offered = await (await conversation())('anything thursday morning?');
    expect(offered.reply).toMatch(/^The next morning openings are Thursday/);
    expect(times(offered.reply).every((time) => time < '12:00')).toBe(true);
  });

  it('says there is nothing after 5 and offers the next openings', async () => {
    const offered = await (await conversation())('is there anything after 5 tomorrow?');
    expect(offered.reply).toMatch(
      /^I have no evening openings: appointments start between 08:30 and 13:30\./,
    );
    expect(offered.reply).toContain('Which one would you like?');
  });

  it('does not take the afternoon a symptom began as the time wanted', async () => {
    const say = await conversation();
    await say("my son has a fever of 39 and he's been vomiting since this afternoon");
    const offered = await say('can I book him in to see a doctor tomorrow?');
    expect(offered.reply).toMatch(/^The next openings are /);
    expect(times(offered.reply)).toContain('08:30');
  });
});
