import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// Found by chatting at the clinic: "I need to move my appointment with dr patel" from a patient whose only
// appointment is Dr. Okafor's was read back as a move "to Thursday with Dr. Patel", and the yes asked for
// Dr. Patel's openings. Whom the appointment is said to be with says which one, not whom it moves to
// (forms/currentValues.ts); the read-back names its real doctor, and the caller hears it.
describe('a move of the appointment "with" a doctor', () => {
  it('moves it with the doctor it is with, at the day asked', async () => {
    const o = await converse(
      'healthcare',
      [
        'hi I need to move my appointment with dr patel',
        'Dana Ruiz, born 1984-03-12',
        'can it be thursday instead, same time',
        'yes',
      ],
      { tool: 'reschedule_appointment', result: { rescheduled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/with Dr\. Amara Okafor \(APT-5001\) to Thursday/);
    expect(o.turns[2].reply).not.toMatch(/Patel/);
    const move = toolsOf(o).find((t) => t.tool === 'reschedule_appointment');
    expect(move).toBeDefined();
    expect((move?.arguments as { provider?: string } | undefined)?.provider ?? null).toBeNull();
  }, 180_000);

  it('still moves it to another doctor asked for by name', async () => {
    const o = await converse(
      'healthcare',
      [
        'hi I need to move my appointment with dr okafor to one with dr patel',
        'Dana Ruiz, born 1984-03-12',
        'friday',
      ],
      { never_tools: ['book_appointment'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/\(APT-5001\) to Friday .* with Dr\. Patel/);
  }, 180_000);
});
