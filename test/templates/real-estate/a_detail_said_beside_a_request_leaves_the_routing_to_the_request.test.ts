import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "cancel my tour of 220 river road, phone 555-0142" went to the call-back desk, which recorded a lead:
// the router was surer of "phone" than of the cancellation said without it. A clause that only gives a
// detail to find the customer by says nothing of what is wanted: the rest of the message decides where
// it goes whenever it routes at all.
describe('a contact detail said beside a request', () => {
  it('does not send a cancellation to the call-back desk', async () => {
    const o = await converse('real-estate', ['cancel my tour of 220 river road, phone 555-0142', 'yes'], {
      tool: 'cancel_tour',
      reply: 'cancelled your viewing of 220 River Road',
      never_tools: ['record_lead'],
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
