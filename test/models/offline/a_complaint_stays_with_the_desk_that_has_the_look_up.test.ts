import { describe, expect, it } from 'vitest';
import { converse } from '../offlineScenario.ts';

describe('a complaint that mentions an appointment stays with customer service', () => {
  it('is not passed on to another agent for a look-up customer service has itself', async () => {
    const o = await converse(
      'salon',
      ['waited 40 minutes past my appointment time and nobody even said sorry'],
      {
        reply: '.',
      },
    );
    // CustomerService and ColorConsultation both have `get_booking`; the complaint had gone on to
    // ColorConsultation, which asked for a booking reference. Since the eighteenth pass CustomerService
    // logs it (deskPurposeTool.ts) and the salon's policy passes a complaint on to the manager.
    expect(o.turns[0].handoffs[0]).toBe('FrontDesk->CustomerService');
    expect(o.turns[0].handoffs.some((h) => h.includes('ColorConsultation'))).toBe(false);
    expect(o.turns[0].reply).toMatch(/logged this as complaint CMP-\d+/);
  }, 180_000);
});
