import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "cancel booking GB-20310610-001", a question about a fee instead of the number, "ok fine just cancel
 * it": the cancellation ran and asked the phone number the booking is under (the tool checks it: a
 * reference alone is guessable). The customer gave it and heard the same read-back again, so "thx"
 * left the booking on. A value an agreed change asked for, and that its read-back does not name, makes
 * the change at once (forms/valueTheChangeAskedFor.ts); a wrong number still cancels nothing.
 * Since the fee question is answered (and the number asked again), "just cancel it" gets the read-back
 * without the number; the number said to it is the answer to our question and cancels, unread again.
 */
describe('a number the agreed cancellation asks for makes it at once', () => {
  it('cancels on the number, without a second read-back', async () => {
    const o = await converse(
      'salon',
      [
        'cancel booking GB-20310610-001',
        'is there a fee for cancelling?',
        'ok fine just cancel it',
        '07700 900101',
      ],
      { tool: 'cancel_booking', result: { changed: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/phone number|Just to confirm/i);
    expect(toolsOf(o).filter((t) => t.tool === 'cancel_booking')).toHaveLength(1);
    expect(o.turns[3].reply).not.toMatch(/Just to confirm/);
  }, 180_000);

  it('a number that is not the booking’s cancels nothing', async () => {
    const o = await converse(
      'salon',
      [
        'cancel booking GB-20310610-001',
        'is there a fee for cancelling?',
        'ok fine just cancel it',
        '07700 900999',
      ],
      { tool: 'cancel_booking', result: { changed: true } },
    );
    expect(o.unmet).not.toEqual([]);
    expect(toolsOf(o).every((t) => (t.result as { changed?: boolean }).changed !== true)).toBe(true);
  }, 180_000);
});
