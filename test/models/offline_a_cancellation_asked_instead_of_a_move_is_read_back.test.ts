import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "Actually, you know what, don't move it — just cancel it altogether." to "Which day would you like
// instead?" got "No problem, I've stopped there and nothing was changed": the move was dropped and the
// cancellation asked for never read back. Asked while a move's day is asked, "cancel it" reads back the
// booking's cancellation (it still runs only on a yes); said while a new booking is filled in, it stops that.
describe('a cancellation asked instead of a move is read back', () => {
  const MOVE =
    'Hi, I need to move my toner and gloss appointment, reference GB-20310619-001. The number on it is 07700 900931.';

  it('cancels the booking on yes after "don\'t move it — just cancel it altogether"', async () => {
    const o = await converse(
      'salon',
      [
        MOVE,
        "Actually, you know what, don't move it — just cancel it altogether. I'll rebook when I'm back from holiday.",
        'yes please',
      ],
      { tool: 'cancel_booking', result: { cancelled: true, bookingRef: 'GB-20310619-001' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^Just to confirm: cancel your toner and gloss/);
  }, 180_000);

  it('reads back the cancellation for "actually just cancel it" to the new day asked', async () => {
    const o = await converse('salon', [MOVE, 'actually just cancel it'], { never_tools: ['cancel_booking'] });
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/^Just to confirm: cancel your toner and gloss/);
  }, 180_000);

  it('stops a new booking being filled in, cancelling nothing', async () => {
    const o = await converse('salon', ["I want to book a men's cut", 'actually just cancel it'], {
      never_tools: ['cancel_booking'],
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/nothing was changed/);
  }, 180_000);
});
