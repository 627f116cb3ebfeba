import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "could it be a bit later in the day?" to the salon's "Which day would you like instead?" got "I'm afraid
 * I can't answer that one here" and the day question again; "4pm?" after it was no day either, and a person
 * was offered. The customer keeps the day and moves the time: the move's new time is asked, and the time
 * said is read back "on the same day".
 */
describe('later the same day asks the new time', () => {
  it('moves the salon booking to the time said, on its own day', async () => {
    const o = await converse(
      'salon',
      [
        "hiya, can I move my appointment? it's under 07700 900101",
        'could it be a bit later in the day?',
        '4pm?',
        'yes',
      ],
      { tool: 'reschedule_booking', result: { changed: true } },
    );
    expect(o.turns[1].reply).toMatch(/^The same day, then\. What time would suit you\?/);
    expect(o.turns[2].reply).toMatch(/to 4pm on the same day/);
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('asks the clinic visit’s new time too', async () => {
    const o = await converse(
      'healthcare',
      [
        'hi, I need to move my appointment',
        'Grace Liu, 14 September 1952',
        'the thursday one',
        'could it be later the same day?',
        '2pm',
      ],
      { reply: 'to 2pm on the same day' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[3].reply).toMatch(/^The same day, then\. What time would suit you\?/);
  }, 180_000);
});
