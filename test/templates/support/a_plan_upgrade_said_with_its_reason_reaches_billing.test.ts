import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

/**
 * dev24-support-02: "I want to upgrade us to Growth, we need a second phone number for the events line"
 * went to TechSupport on "phone number" (0.56), and in other words to Sales, which asked how many numbers
 * to order. The change asked for is the plan's: the action said with one of the plans the change takes
 * ("upgrade to Scale") names it as surely as "upgrade my plan", and a router less than very sure gives way
 * to the one desk that makes it.
 */
describe('a plan upgrade said with its reason reaches billing', () => {
  it('hands the upgrade to Billing, which asks for the account', async () => {
    const o = await converse(
      'support',
      [
        "Hey, Dev Patel from Patel Plumbing here. We'd like to upgrade to Scale, we need more phone numbers for the new vans.",
        'ACC-1002',
      ],
      { handoff: 'Billing' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/move your account to the Scale plan/i);
  }, 180_000);
});
