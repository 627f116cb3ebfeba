import { describe, expect, it } from 'vitest';
import { writtenAsDigits } from '../../../src/models/offline/spokenNumbers.ts';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';
import { rows } from '../../support/templates/shared/templateTestDb.ts';

/**
 * A caller reads the number out in groups, and the transcript writes the pause as a comma: "five five
 * five, oh one seven eight". That was two numbers (555 and 0178), no phone, so the cancellation asked
 * again and then offered a person. Digit words either side of such pauses that add up to a phone
 * number's length are one number; counting ("one, two, three") stays as said. Seeded: Marcus Bell holds
 * an appointment with Dr. Patel, booked with 555-0178.
 */

const t = useOfflineTemplate('after-hours', { perTest: true });

const heldBy = async (name: string) =>
  rows<{ id: string }>(
    await t.store.toolDb(),
    `SELECT id FROM after_hours_slots WHERE booked_for = '${name}' ORDER BY slot_date`,
  );

describe('after-hours, offline: a phone number read out with pauses', () => {
  it('is one number: the cancellation is read back and made on yes', async () => {
    const before = await heldBy('Marcus Bell');
    const { id } = await t.switchboard.createConversation({});
    const say = (text: string) => t.switchboard.send(id, text);
    expect((await say('hi, Marcus Bell here, I need to cancel the appointment with dr patel')).reply).toBe(
      'And the phone number it was booked with?',
    );
    const found = await say('five five five, oh one seven eight');
    expect(found.reply).toMatch(/^Just to confirm: cancel your appointment on .* with Dr\. Patel/);
    expect((await say('yes please')).reply).toMatch(/^I've cancelled your appointment/);
    expect(await heldBy('Marcus Bell')).toHaveLength(before.length - 1);
  });

  it('joins groups only to a phone number’s length', () => {
    expect(writtenAsDigits('five five five, oh one seven eight')).toBe('555-0178');
    expect(writtenAsDigits("it's five five five... oh one three four")).toBe("it's 555-0134");
    expect(writtenAsDigits('oh seven seven oh oh, nine double oh, one two three')).toBe('07700900123');
    expect(writtenAsDigits('I have two, three questions')).toBe('I have 2, 3 questions');
  });
});
