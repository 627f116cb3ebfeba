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
    // ColorConsultation, which asked for a booking reference.
    expect(o.turns[0].handoffs).toEqual(['FrontDesk->CustomerService']);
    expect(o.turns[0].agent).toBe('CustomerService');
  }, 180_000);
});
