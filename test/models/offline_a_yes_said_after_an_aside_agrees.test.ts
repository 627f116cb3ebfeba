import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * A cancellation read back, an aside ("haha sorry random question, is Priya still working there?"), then
 * "anyway yes, cancel it please": the "anyway" hid the yes, "cancel it" was read as giving up, and the
 * form stopped with nothing changed. A yes opened by a word that comes back from an aside is a yes; a no
 * so opened still stops.
 */
const cancelling = [
  "hi I need to cancel my appointment please, it's GB-20310614-002",
  'the number is 07700 900606',
  'haha sorry random question, is Priya still working there?',
];

describe('a yes said after an aside agrees', () => {
  it('"anyway yes, cancel it please" cancels the booking read back', async () => {
    const o = await converse(
      'salon',
      [...cancelling, "anyway yes, cancel it please, I can't make that day"],
      {
        tool: 'cancel_booking',
        result: { cancelled: true, bookingRef: 'GB-20310614-002' },
      },
    );
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('"well no, leave it" still changes nothing', async () => {
    const o = await converse('salon', [...cancelling, 'well no, actually leave it'], {
      never_tools: ['cancel_booking'],
    });
    expect(toolsOf(o).map((c) => c.tool)).not.toContain('cancel_booking');
    expect(o.turns.at(-1)?.reply).toMatch(/nothing was changed/);
  }, 120_000);
});
