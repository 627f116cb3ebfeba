import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "Ah, is not covered. OK then I come in person. Can I see Dr. Marin on Friday?" (dialogue batch 26,
// dev): "person" is the word routers learn from "I want a real person", and the caller who only meant
// to come to the clinic was put through to the team instead of being offered the doctor's openings.
describe('coming in person', () => {
  it('is no request for a person: the openings are offered and booked', async () => {
    const o = await converse(
      'healthcare',
      [
        'Maria Garcia, born 1993-08-30',
        "Fine, I'll just come in person then. Is Dr. Marin free on Saturday?",
        'the 11:00 on Saturday please',
      ],
      { tool: 'book_appointment' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].handoffs).toEqual([]);
    expect(o.turns[1].reply).toMatch(/Marin/);
  }, 180_000);

  it('still reaches a person when one is asked for', async () => {
    const o = await converse('healthcare', ['can I talk to a person in person at the front desk?'], {
      reply: 'member of our team',
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
