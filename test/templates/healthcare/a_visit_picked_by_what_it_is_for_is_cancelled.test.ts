import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// Grace Liu has a knee rehabilitation visit and a cardiology one. "cancel my appointment", then "the heart
// one" started a new booking (openings offered), "the knee one" went to the clinical line as a symptom,
// and "the purple one" (naming neither) offered openings too (chat probes, 2026-11-27). A pick names what
// a visit is for, in its words or in WordNet's definition of them (cardiology: "…dealing with the heart").
const WHO = 'Grace Liu 1952-09-14';

describe('a visit picked by what it is for is cancelled', () => {
  for (const [pick, id] of [
    ['the heart one', 'APT-5005'],
    ['the knee one', 'APT-5006'],
  ] as const) {
    it(`"${pick}" cancels ${id}`, async () => {
      const o = await converse('healthcare', [WHO, 'cancel my appointment', pick, 'yes'], {
        tool: 'cancel_appointment',
        never_tools: ['book_appointment', 'triage_symptoms'],
      });
      expect(o.unmet).toEqual([]);
      expect(toolsOf(o).find((t) => t.tool === 'cancel_appointment')?.arguments).toMatchObject({
        appointmentId: id,
      });
    }, 180_000);
  }

  it('"the purple one" hears the list again, and the next pick cancels', async () => {
    const o = await converse(
      'healthcare',
      [WHO, 'cancel my appointment', 'the purple one', 'the heart one', 'yes'],
      {
        tool: 'cancel_appointment',
        never_tools: ['book_appointment'],
      },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(
      /^Sorry, I'm not sure which one you mean\. You have 2 upcoming appointments/,
    );
    const cancelled = toolsOf(o).find((t) => t.tool === 'cancel_appointment')?.arguments as
      | { appointmentId?: string; visitDescription?: string }
      | undefined;
    expect(cancelled?.appointmentId).toBe('APT-5005');
    expect(cancelled?.visitDescription).not.toMatch(/Caller's request/);
  }, 180_000);
});
