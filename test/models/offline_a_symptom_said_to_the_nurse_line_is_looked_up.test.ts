import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// The after-hours nurse line has one look-up, which takes the caller's own words. "my son has a fever
// of 39" cleared the tool-similarity bar by 0.002 and "I have a rash" missed it (0.187): the nurse
// asked "Tell me what symptoms you're having" of a caller who had just told them, and took the next
// reply ("he is 4") as the symptoms. An agent handed a message, whose only tool takes free text, now
// looks it up (toolChoice.ts, soleAction). A rash that does not fade under a glass, or a fever with a
// stiff neck, is an emergency protocol; a fever with a rash is urgent (seedData.ts).
const looked = (o: Awaited<ReturnType<typeof converse>>) =>
  toolsOf(o).filter((t) => t.tool === 'lookup_nurse_protocol');

describe('a symptom said to the nurse line is looked up', () => {
  it('looks up "I have an itchy rash on my arm" at once and gives the rash advice', async () => {
    const o = await converse('after-hours', ['I have an itchy rash on my arm'], {
      tool: 'lookup_nurse_protocol',
      result: { found: true, protocolId: 'NP-RASH' },
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).not.toMatch(/tell me what symptoms/i);
  }, 180_000);

  it('sends a fever with a rash to be seen tonight', async () => {
    const o = await converse('after-hours', ['my son has a temperature of 39 and a rash'], {
      tool: 'lookup_nurse_protocol',
      result: { protocolId: 'NP-FEVER-RASH', urgency: 'urgent' },
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/urgent care or the emergency department/);
  }, 180_000);

  it('treats a rash that does not fade under a glass as an emergency and hands the caller to a person', async () => {
    const o = await converse(
      'after-hours',
      ['my son has a rash that doesnt fade when i press a glass on it'],
      {
        tool: 'lookup_nurse_protocol',
        result: { urgency: 'emergency', escalate: true },
      },
    );
    expect(o.unmet).toEqual([]);
    expect(looked(o)).toHaveLength(1);
    expect(o.turns[0].agent).toBe('Human');
  }, 180_000);
});
