import { describe, expect, it } from 'vitest';
import { asksForPerson } from '../../src/models/offline/specialistBeforePerson.ts';
import { converse, toolsOf } from './offlineScenario.ts';

describe('a call back asked for after a listing was started', () => {
  it('tells a request for a person from a request to be called', () => {
    expect(asksForPerson('can I talk to someone please')).toBe(true);
    expect(asksForPerson('get me a manager')).toBe(true);
    expect(asksForPerson('can someone give me a call to go over it')).toBe(false);
  });

  it('is recorded by the call-back desk it was passed to, not handed on to a person', async () => {
    const o = await converse(
      'real-estate',
      [
        'we want to sell our house, it is 18 Willow Lane in Maplewood',
        'great, can someone give me a call to talk it all through?',
        'Rosa Lind',
        '555-0172',
      ],
      [
        { tool: 'draft_listing', result: { drafted: true } },
        { tool: 'record_lead', result: { recorded: true } },
      ],
    );
    expect(o.unmet).toEqual([]);
    // Before: SellerIntake → CrmWriter → Human (the router was sure of "talk" and "someone").
    expect(o.turns[1].handoffs).toEqual(['SellerIntake->CrmWriter']);
    expect(toolsOf(o).at(-1)?.arguments).toMatchObject({ clientName: 'Rosa Lind', phone: '555-0172' });
  }, 120_000);
});
