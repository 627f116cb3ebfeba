import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "Does Dr. Okafor have anything open tomorrow afternoon?" (dialogue batch 25) got the clinic's opening
// hours: "open tomorrow" is one of the ways to ask them, but said of "anything" it asks for a free time.
describe('anything open with a doctor', () => {
  it("lists the doctor's openings that afternoon, not the clinic's hours", async () => {
    const o = await converse('healthcare', ['has dr patel got any slots open on thursday afternoon?'], {
      tool: 'find_appointment_slots',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].tools[0].arguments).toMatchObject({ provider: 'Patel', partOfDay: 'afternoon' });
    expect(o.turns[0].reply).not.toMatch(/we're open/i);
  }, 180_000);
});
