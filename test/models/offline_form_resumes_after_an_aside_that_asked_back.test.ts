import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * Real estate: "is there parking there?" while TourBooker asks the time went to NeighborhoodExplainer,
 * whose answer asks a question of its own ("Which one are you curious about?"), so "11am" said next
 * stayed there and the tour was lost. A reply that is a value of the very kind the interrupted form
 * asked (a time, a date, a phone number…) goes back to it; any other reply still answers the aside.
 * TourBooker's question is followed by the viewing hours ("What time? Viewings run from…"): a question
 * need not end the reply to be one. Since describe_neighborhood reads the area of the home being booked,
 * the aside only asks back when no home is named yet.
 */
describe('a form resumes after an aside whose answer asked back', () => {
  it('"11am" after the parking aside books the tour', async () => {
    const o = await converse(
      'real-estate',
      [
        'I want to book a viewing of LST-1003 on friday',
        'is there parking in that neighborhood?',
        '11am',
        'Ben Stokes',
        '555-0166',
      ],
      { tool: 'book_tour' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].agent).toBe('NeighborhoodExplainer');
    expect(o.turns[2].agent).toBe('TourBooker');
    expect(o.turns[2].reply).toBe('May I have your full name?');
  }, 120_000);

  it('a reply to the aside\'s own question stays with the aside ("Maplewood")', async () => {
    const o = await converse(
      'real-estate',
      ['I want to book a viewing on friday at 11am', 'is there parking in that neighborhood?', 'Maplewood'],
      { reply: '.' },
    );
    expect(o.turns[1].reply).toMatch(/Which neighborhood/);
    expect(o.turns[2].agent).toBe('NeighborhoodExplainer');
    expect(o.turns[2].handoffs).toEqual([]);
  }, 120_000);
});
