import { describe, expect, it } from 'vitest';
import { withVisitsNamed } from '../../../src/models/offline/customerWords.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "When is his school physical? I've lost the reminder card." (dialogue batch 21, dev) got the clinic's
// menu: a visit named by its care, with no "appointment", named no desk; "what day is my physical?" was
// read as a question about what insurance covers for a physical.
describe('when a visit named by its care is, asked', () => {
  it('is said as an appointment, for matching only', () => {
    expect(withVisitsNamed('what day is my physical?')).toBe('what day is my physical appointment?');
    expect(withVisitsNamed("when's her massage on friday")).toBe("when's her massage appointment on friday");
    // A bill or a card is no visit; an appointment said is left alone.
    expect(withVisitsNamed('when is my bill?')).toBe('when is my bill?');
    expect(withVisitsNamed('when is my appointment?')).toBe('when is my appointment?');
  });

  it('looks the visit up once the caller is verified', async () => {
    const o = await converse(
      'healthcare',
      ['hi there, quick one, what day is my physical?', 'Dana Ruiz, 12 March 1984'],
      { tool: 'list_appointments', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).some((t) => t.tool === 'check_procedure_coverage')).toBe(false);
  }, 180_000);
});
