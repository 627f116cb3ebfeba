import { describe, expect, it } from 'vitest';
import { voicesDispleasure } from '../../src/models/offline/displeasureAtEntry.ts';
import { converse } from './offlineScenario.ts';

/**
 * "my highlights went green last week and no one rang me back like they promised": a complaint said as
 * displeasure, first thing. Its colour words left the front desk's router unsure, so the desk recited
 * what it can do. Displeasure the entry cannot place goes to the desk whose purpose names complaints
 * (displeasureAtEntry.ts). (Whether that desk then logs it depends on its tool choice: this wording
 * still gets its greeting, docs/dialogue.md, nineteenth pass.)
 */
describe('displeasure at the front desk reaches the complaints desk', () => {
  it('tells displeasure from a plain request', () => {
    expect(voicesDispleasure('not happy with my cut at all')).toBe(true);
    expect(voicesDispleasure('no one rang me back like they promised')).toBe(true);
    expect(voicesDispleasure('can i book a cut on friday, happy with any stylist')).toBe(false);
  });

  it('hands the complaint said as the first message to the complaints desk', async () => {
    const o = await converse(
      'salon',
      ['my highlights went green last week and no one rang me back like they promised'],
      { handoff: 'CustomerService' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].handoffs[0]).toBe('FrontDesk->CustomerService');
  }, 180_000);

  it('logs one said with a name and number after it', async () => {
    const o = await converse(
      'salon',
      ["had my roots done saturday and they're patchy, honestly not happy", 'Dana Cole, 07700 900482'],
      { tool: 'log_complaint', result: { logged: true } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
