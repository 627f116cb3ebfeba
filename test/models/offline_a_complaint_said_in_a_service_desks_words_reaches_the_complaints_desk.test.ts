import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "my toner came out patchy and much lighter than I wanted": displeasure with what was done, said first
 * thing at the front desk. Its words (toner, lighter) are the colour desk's, and the router sent it
 * there, which asked which colour service was wanted. Displeasure said at the entry goes
 * to the desk that takes complaints, unless the customer asks the service desk something ("my blonde
 * has turned brassy, would a gloss fix that?" is a colour question).
 */
describe('a complaint said in a service desk’s words reaches the complaints desk', () => {
  it('hands the complaint to the complaints desk, not the colour desk', async () => {
    const o = await converse('salon', ['my toner came out patchy and much lighter than I wanted'], {
      handoff: 'CustomerService',
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].handoffs[0]).toBe('FrontDesk->CustomerService');
  }, 180_000);

  it('leaves a question to the colour desk', async () => {
    const o = await converse('salon', ['my blonde has turned really brassy, would a gloss fix that'], {
      handoff: 'ColorConsultation',
    });
    expect(o.turns[0].handoffs[0]).toBe('FrontDesk->ColorConsultation');
  }, 180_000);
});
