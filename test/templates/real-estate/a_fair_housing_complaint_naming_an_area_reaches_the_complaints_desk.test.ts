import { describe, expect, it } from 'vitest';
import { reportsUnfairTreatment } from '../../../src/models/offline/unfairTreatment.ts';
import { converse } from '../../models/offlineScenario.ts';

/**
 * "one of your agents told me I wouldn't fit in in Harbor Point because of my religion": the area named
 * pulled the front desk's router to the neighborhood desk, which described Harbor Point to a customer
 * reporting discrimination. Being treated differently for who one is goes to the complaints desk,
 * whatever the topic (unfairTreatment.ts); a need stated with its ground is no complaint.
 */
describe('a fair-housing complaint that names an area', () => {
  it('opens a case at the complaints desk, not a description of the area', async () => {
    const o = await converse(
      'real-estate',
      ["one of your agents told me I wouldn't fit in in Harbor Point because of my religion. that's not ok"],
      { tool: 'open_escalation', result: { opened: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).not.toMatch(/walk score/);
  }, 180_000);

  it('reads the report, not a need stated with its reason', () => {
    expect(
      reportsUnfairTreatment("the agent said Maplewood isn't for people like us because we're Black"),
    ).toBe(true);
    expect(reportsUnfairTreatment('I feel I was discriminated against by your agent')).toBe(true);
    expect(reportsUnfairTreatment('we need a ground floor home in Lakeview because of my wheelchair')).toBe(
      false,
    );
    expect(reportsUnfairTreatment('we want 4 bedrooms because we have three kids')).toBe(false);
  });
});
