import { describe, expect, it } from 'vitest';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';
import { rows } from '../../support/templates/shared/templateTestDb.ts';

/**
 * A caller who gives a wrong number for a cancellation or a move, then the right one ("oh sorry, wrong
 * number, it's 555-0134"), is not made to ask again: once the appointment is found, the change asked
 * for is read back, and a "yes" makes it. Before, the miss ended the form and the caller heard only the
 * appointment listed. Seeded: Dana Ruiz holds one appointment (Dr. Okafor, 13:30), booked with 555-0134.
 */

const t = useOfflineTemplate('after-hours', { perTest: true });

const heldBy = async (name: string) =>
  rows<{ id: string }>(
    await t.store.toolDb(),
    `SELECT id FROM after_hours_slots WHERE booked_for = '${name}' ORDER BY slot_date`,
  );

async function conversation() {
  const { id } = await t.switchboard.createConversation({});
  return (text: string) => t.switchboard.send(id, text);
}

describe('after-hours, offline: the right number after a wrong one resumes the change', () => {
  it('reads the cancellation back once the right number finds the appointment, and cancels on yes', async () => {
    const [held] = await heldBy('Dana Ruiz');
    const say = await conversation();
    expect((await say("hi I need to cancel my appointment, it's under Dana Ruiz")).reply).toBe(
      'And the phone number it was booked with?',
    );
    const missed = await say('555 0199');
    expect(missed.reply).toMatch(/^I don't see an appointment under that name and phone number\./);
    const found = await say("oh sorry, wrong number, it's 555-0134");
    expect(found.reply).toContain(`Just to confirm: cancel your appointment on`);
    expect(found.reply).toContain(held.id);
    expect(await heldBy('Dana Ruiz')).toHaveLength(1);
    const done = await say('yes please');
    expect(done.reply).toMatch(/^I've cancelled your appointment/);
    expect(await heldBy('Dana Ruiz')).toHaveLength(0);
  });

  it('reads a move back the same way, and moves nothing before the yes', async () => {
    const [held] = await heldBy('Dana Ruiz');
    const say = await conversation();
    await say("I need to move my appointment to Friday, it's under Dana Ruiz");
    await say('555 0100');
    const found = await say('sorry my mistake, the number is 555-0134');
    expect(found.reply).toMatch(/Just to confirm: move your appointment on .* \(SL-\d+\)/);
    expect((await heldBy('Dana Ruiz')).map((s) => s.id)).toEqual([held.id]);
  });

  it('still says nothing about the appointment while the number is wrong', async () => {
    const say = await conversation();
    await say("I need to cancel my appointment, it's under Dana Ruiz");
    const missed = await say('555 0199');
    expect(missed.reply).not.toMatch(/SL-\d+|Okafor/);
    const again = await say('555 0111');
    expect(again.reply).not.toMatch(/SL-\d+|Okafor|Just to confirm/);
  });
});
