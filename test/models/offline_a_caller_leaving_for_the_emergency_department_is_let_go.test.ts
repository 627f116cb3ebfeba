import { describe, expect, it } from 'vitest';
import { GOODBYE } from '../../src/models/offline/forms/closing.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// Told to take a baby with a fever to the emergency department, "ok, we're going now" was read as new
// symptoms: "I don't have a protocol for that." Leaving now is a close.
describe('a caller leaving for the emergency department', () => {
  it('is let go, with nothing looked up again', async () => {
    const o = await converse(
      'after-hours',
      ['our daughter is 6 weeks old and has a temperature of 38.6', "ok we're heading to the hospital now"],
      { reply: 'emergency department' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.at(-1)?.reply).toBe(GOODBYE);
    expect(toolsOf(o).filter((c) => c.tool === 'lookup_nurse_protocol')).toHaveLength(1);
  }, 120_000);
});
