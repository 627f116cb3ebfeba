import { describe, expect, it } from 'vitest';
import { findEnumValue } from '../../../src/models/offline/entityExtractors.ts';

const PLANS = ['Starter', 'Growth', 'Scale'];

/**
 * "I'd like to move from Scale down to the Growth plan": the plan said first is the one left, and the
 * change was read back as a move to Scale (dev23). The value right after "to", "into" or "onto", with
 * an article or "our"/"my" between, is the one the change goes to.
 */
describe('a change goes to the value said after "to"', () => {
  it('reads "down to the Growth plan" and "onto our Scale tier" as the new plan', () => {
    expect(findEnumValue("I'd like to move from Scale down to the Growth plan, starting now", PLANS)).toBe(
      'Growth',
    );
    expect(findEnumValue("we're on growth, put us onto our Scale tier please", PLANS)).toBe('Scale');
    expect(findEnumValue('switch us into the starter plan from growth', PLANS)).toBe('Starter');
  });

  it('still reads a plan said alone, or the first of two said without "to"', () => {
    expect(findEnumValue('how much is Growth?', PLANS)).toBe('Growth');
    expect(findEnumValue('upgrade from basic to enterprise', ['basic', 'pro', 'enterprise'])).toBe(
      'enterprise',
    );
    expect(findEnumValue('Scale or Growth, whichever is cheaper', PLANS)).toBe('Scale');
  });
});
