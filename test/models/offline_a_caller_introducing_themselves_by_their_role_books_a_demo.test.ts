import { describe, expect, it } from 'vitest';
import { speaksOfTheirOwnPeople } from '../../src/routing/theirOwnPeople.ts';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * dev18-support-01 and -10: "I'm Leah Thornton, ops manager at Pennyworth Vets" went to a person on the
 * word "manager"; and a caller with "no company yet, it's just me for now" was asked for the company
 * again at each turn. Saying who one is names no one of ours; a value the caller says they do not have
 * is not asked for.
 */
describe('a caller introducing themselves by their role books a demo', () => {
  it('reads a self-introduction as the caller, a request as a request', () => {
    expect(speaksOfTheirOwnPeople("I'm Leah Thornton, ops manager at Pennyworth Vets", new Set())).toBe(true);
    expect(speaksOfTheirOwnPeople('this is Dan, I want to talk to a manager', new Set())).toBe(false);
  });

  it('the demo is booked after the introduction', async () => {
    const o = await converse(
      'support',
      [
        "Hi, we're looking at switching phone providers, could someone show us the product? I'd like a demo",
        "I'm Leah Thornton, ops manager at Pennyworth Vets",
        'leah.thornton@pennyworthvets.example',
        'Thursday please',
        "yes that's right",
      ],
      { tool: 'book_demo', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.flatMap((t) => t.handoffs).some((h) => h.includes('Human'))).toBe(false);
  }, 120_000);

  it('a caller with no company is not asked for one again', async () => {
    const o = await converse(
      'support',
      [
        'could someone walk me through it on a call? like a demo',
        "Marcus Oyelaran, marcus.o@fastmail.example. no company yet, it's just me for now",
        'next Friday morning',
        'yes book it',
      ],
      { tool: 'book_demo', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'book_demo')?.arguments).not.toHaveProperty('company');
  }, 120_000);
});
