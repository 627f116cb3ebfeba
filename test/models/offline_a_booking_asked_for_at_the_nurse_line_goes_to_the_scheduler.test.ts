import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * After the nurse line's advice for a fever, "shes 6" got its question "Tell me what symptoms you're having
 * and since when.", and "can we book her in tomorrow morning" was then taken as the symptoms: "I don't have
 * a protocol for that." Any words answer a free-text question, but not a request that says another desk's
 * change (book) and fits it clearly better than the question's look-up; it goes to the scheduler.
 */
const FEVER = 'hi my daughter has had a temperature of 38.5 since this morning, what should i do';

describe('a booking asked for at the nurse line goes to the scheduler', () => {
  it('lists tomorrow morning’s openings instead of looking the request up as symptoms', async () => {
    const o = await converse('after-hours', [FEVER, 'shes 6', 'can we book her in tomorrow morning'], {
      tool: 'find_open_slots',
    });
    expect(o.turns[1].reply).toMatch(/^Tell me what symptoms/);
    expect(o.turns[2].handoffs.at(-1)).toMatch(/->Scheduler$/);
    expect(o.turns[2].reply).toMatch(/^The next morning openings are /);
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('symptoms said to the same question are still looked up', async () => {
    const o = await converse(
      'after-hours',
      [FEVER, 'shes 6', 'she has a cough too and it started yesterday'],
      { tool: 'lookup_nurse_protocol' },
    );
    const looked = toolsOf(o).filter((c) => c.tool === 'lookup_nurse_protocol');
    expect(looked).toHaveLength(2);
    expect(o.turns[2].handoffs).toEqual([]);
  }, 120_000);
});
