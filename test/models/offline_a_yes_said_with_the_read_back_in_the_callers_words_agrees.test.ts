import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// Three ways a caller agrees to a read-back while saying more, each heard as a new topic before:
// - "Yes, Thursday the 12th at 9, thank you." to a move read back to that day and time: the day and time
//   sent it to the booking desk, which asked for a service.
// - "river rd one" to the cancellation of the viewing at 220 River Road: the front desk's menu.
// - "yeah cancel it please im feeling a lot better" to a desk's cancellation, as speech-to-text writes it:
//   the "please" opened a new request ("please im feeling…"), and the clinical words won.
describe("a yes said with the read-back in the caller's words agrees", () => {
  it('moves the booking when the yes restates its new day and time', async () => {
    const o = await converse(
      'salon',
      [
        'Hi, I need to change my booking, GB-20310610-001, my number is 07700 900101.',
        'Can it go to Thursday the 12th at 9 instead?',
        'Yes, Thursday the 12th at 9, thank you.',
      ],
      { tool: 'reschedule_booking', result: { changed: true, bookingRef: 'GB-20310610-001' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].agent).toBe('CustomerService');
  }, 180_000);

  it('still reads back again when the yes names another day', async () => {
    const o = await converse(
      'salon',
      [
        'Hi, I need to change my booking, GB-20310610-001, my number is 07700 900101.',
        'Can it go to Thursday the 12th at 9 instead?',
        'Yes, Friday the 13th at 9.',
      ],
      { never_tools: ['reschedule_booking', 'book_appointment'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: move .* to Friday 13 June 2031/);
  }, 180_000);

  it('keeps the viewing cancellation when the caller names the viewing read back, and cancels on a yes', async () => {
    const o = await converse(
      'real-estate',
      ['i need to cancel my viewing on the 14th', '555-0142', 'the river rd one', 'yep'],
      { tool: 'cancel_tour', result: { cancelled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].agent).toBe('TourBooker');
  }, 180_000);

  it("cancels at the desk's read-back when the yes comes with how the caller feels", async () => {
    const o = await converse(
      'healthcare',
      [
        'hi i need to cancel my follow up with doctor patel',
        'omar haddad born june nineteenth nineteen eighty seven',
        'yeah cancel it please im feeling much better now',
      ],
      [
        { tool: 'cancel_appointment', result: { cancelled: true, appointmentId: 'APT-5008' } },
        { never_tools: ['book_appointment'] },
      ],
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'cancel_appointment')).toHaveLength(1);
  }, 180_000);
});
