import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * Found by calling the after-hours line as a parent: after the fever advice, the nurse line asked "Tell
 * me what symptoms you're having and since when", and "ok can we get him in to see dr whitfield
 * tomorrow" was taken as the symptoms (any words answer a free-text question): the symptom look-up ran
 * on it and said it had no protocol. A reply that another agent's tool fits far better than the asking
 * tool asks for that instead, and goes to the router; symptoms still answer the question.
 */
describe('a visit asked for at the nurse line goes to booking', () => {
  it('the openings with the doctor named, not a protocol look-up', async () => {
    const o = await converse(
      'after-hours',
      [
        'hi my son has a fever of 39 since this afternoon, should i worry',
        "he's 4",
        'ok can we get him in to see dr whitfield tomorrow',
      ],
      { tool: 'find_open_slots', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'lookup_nurse_protocol')).toHaveLength(1);
    expect(o.turns[2].agent).toBe('Scheduler');
  }, 120_000);

  it('symptoms said to the same question are still its answer', async () => {
    const o = await converse(
      'after-hours',
      [
        'hi my son has a fever of 39 since this afternoon, should i worry',
        "he's 4",
        'he also has a rash on his arm',
      ],
      { tool: 'lookup_nurse_protocol' },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'lookup_nurse_protocol')).toHaveLength(2);
  }, 120_000);
});
