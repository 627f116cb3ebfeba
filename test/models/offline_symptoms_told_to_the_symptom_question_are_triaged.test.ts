import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// Clinical asks "Tell me what you're feeling and since when…"; the answer told a story ("playing soccer",
// "at the weekend") the router read as the front desk's and was very sure of, so the symptoms were routed
// away as a change of topic; and an answer that closed with "should I come in?" was no answer at all. A
// reply to a free-text question that fits the asking tool best of the agent's tools is the answer, and
// free text said before a closing question is the value.
describe('symptoms told to the symptom question are triaged', () => {
  it('a sprain told as a story, closing with a question', async () => {
    const o = await converse(
      'healthcare',
      [
        'hey, my ankle is bothering me',
        "I went over on it playing soccer on sunday and I think I sprained it, it's swollen. should I come in?",
      ],
      { tool: 'triage_symptoms', result: { found: true, protocolId: 'TP-SPRAIN' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].handoffs).toEqual([]);
  }, 180_000);
});
