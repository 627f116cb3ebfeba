import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "sorry, my kid is shouting at his brother, one second... ok I'm back", after the clinic answered a
 * coverage question, got "What's the new phone number?" (the records desk's change, on the word "back").
 * A caller who holds on, or comes back, and asks nothing is acknowledged, and what is open is asked again;
 * "hang on, I need to change my plan" is still a request.
 */
describe('a caller who holds on is waited for', () => {
  it('coming back after a coverage answer changes nothing', async () => {
    const o = await converse(
      'healthcare',
      [
        'hi, does my insurance cover physical therapy with you?',
        'Priya Nair, 11/23/1978',
        "sorry, my kid is shouting at his brother, one second... ok I'm back",
      ],
      { tool: 'check_procedure_coverage', result: { covered: true } },
    );
    expect(o.turns[2].reply).toBe('No problem. What else can I help you with?');
    expect(o.turns[2].tools).toEqual([]);
  }, 120_000);

  it('a booking\'s open question is asked again after "hold on a sec"', async () => {
    const o = await converse('salon', ["can i book a men's cut thursday at 2", 'hold on a sec', 'Tom Reed'], {
      never_tools: ['book_appointment'],
    });
    const asked = o.turns[0].reply;
    expect(asked).toMatch(/name/i);
    expect(o.turns[1].reply).toBe(`No problem, take your time. ${asked}`);
    expect(o.turns[2].reply).not.toBe(asked);
  }, 120_000);

  it('"calls drop after about a minute" holds nothing: it goes to tech support', async () => {
    const o = await converse('support', ['calls drop after about a minute, every time'], {
      handoff: 'TechSupport',
    });
    expect(o.turns[0].reply).not.toMatch(/take your time/);
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('"hang on, I need to change my plan to Scale" is a request', async () => {
    const o = await converse('support', ['hang on, I need to change my plan to Scale'], {
      handoff: 'Billing',
    });
    expect(o.turns[0].reply).not.toMatch(/take your time/);
    expect(toolsOf(o).length + o.turns[0].handoffs.length).toBeGreaterThan(0);
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
