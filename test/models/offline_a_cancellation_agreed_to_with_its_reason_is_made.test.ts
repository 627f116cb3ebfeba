import { describe, expect, it } from 'vitest';
import { isYes, requestAfterCancel } from '../../src/models/offline/forms/digressions.ts';
import { converse, toolsOf } from './offlineScenario.ts';

describe('a cancellation agreed to in the customer’s own words, with why', () => {
  it('reads "can’t make it" as the reason, never as a request made in the cancellation’s place', () => {
    expect(requestAfterCancel("Yeah, cancel it thanks, can't make it that arvo.")).toBeUndefined();
    expect(requestAfterCancel('yes cancel it, I can’t come on Friday anymore')).toBeUndefined();
    // A request after giving up is still served.
    expect(requestAfterCancel('actually forget that, can you tell me your opening hours?')).toBe(
      'can you tell me your opening hours?',
    );
  });

  it('hears "that’s the one" as a yes', () => {
    expect(isYes("That's the one, yes. Cancel it so, thanks a million.")).toBe(true);
    expect(isYes('thats the one')).toBe(true);
    expect(isYes('that one is wrong')).toBe(false);
  });

  it('cancels the haircut when the yes says the afternoon the customer cannot make', async () => {
    const o = await converse(
      'salon',
      [
        'I need to cancel my haircut, reference GB-20310613-002',
        '07700 900303',
        "Yeah, cancel it thanks, can't make it that arvo.",
      ],
      { tool: 'cancel_booking', result: { cancelled: true, bookingRef: 'GB-20310613-002' } },
    );
    // Before: "Thanks, I've changed that to afternoon. Which day would you like instead?" (a move).
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('reschedule_booking');
  }, 120_000);

  it('cancels the appointment on "That’s the one, yes. Cancel it so"', async () => {
    const o = await converse(
      'after-hours',
      [
        'I need to cancel my appointment with Dr Okafor',
        'Dana Ruiz',
        '555-0134',
        "That's the one, yes. Cancel it so, thanks a million.",
      ],
      { tool: 'cancel_slot' },
    );
    // Before: "No problem, I've stopped there and nothing was changed."
    expect(o.unmet).toEqual([]);
    expect(o.turns[3].reply).toMatch(/^I've cancelled your appointment/);
  }, 120_000);
});
