import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "i need an appointment friday" read back a cancellation of the patient's Monday visit: "appointment"
// names every scheduling tool, and the cancel's description is the shortest. Where the desk also books,
// a cancellation is asked for by saying so ("cancel", "I can't make it"), like a move.
const WHO = 'Dana Ruiz, born 1984-03-12';

describe('a day asked for an appointment offers openings, never a change', () => {
  for (const asked of ['i need an appointment friday', 'can I get an appointment on friday?']) {
    it(`offers Friday's openings for "${asked}"`, async () => {
      const o = await converse('healthcare', [asked, WHO], { reply: 'Friday, \\w+ \\d+ at' });
      expect(o.unmet).toEqual([]);
      const names = toolsOf(o).map((t) => t.tool);
      expect(names).toContain('find_appointment_slots');
      expect(names).not.toContain('cancel_appointment');
      expect(names).not.toContain('list_appointments');
    }, 180_000);
  }

  it('still cancels a visit the caller says they cannot make', async () => {
    const o = await converse(
      'healthcare',
      [WHO, "I can't make my blood pressure follow-up, please cancel it", 'yes'],
      { tool: 'cancel_appointment', result: { cancelled: true } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
