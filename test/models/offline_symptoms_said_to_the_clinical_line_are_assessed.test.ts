import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * QA chat probes (2026-11-27): "fever and chills since yesterday" and "my 2 month old has a fever of
 * 100.6" said to the clinical line got "Tell me what you're feeling and since when" (the triage tool's
 * long list of symptoms scored under the bar), and "sharp pain lower right side of my abdomen getting
 * worse and a fever" got the adult fever advice (rest and fluids). A statement to the desk whose purpose
 * names the triage is assessed; a temperature and an age in months are read; appendicitis signs have
 * their own protocol on both lines.
 */
describe('symptoms said to the clinical line are assessed', () => {
  it('a fever and chills are triaged, not asked for again', async () => {
    const o = await converse('healthcare', ['fever and chills since yesterday'], {
      tool: 'triage_symptoms',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).not.toMatch(/Tell me what you're feeling/);
  }, 120_000);

  it('a two-month-old with a temperature is sent to be seen today', async () => {
    const o = await converse('healthcare', ['my 2 month old has a fever of 100.6'], {
      reply: 'emergency department',
    });
    expect(o.unmet).toEqual([]);
  }, 120_000);

  for (const template of ['healthcare', 'after-hours'])
    it(`appendicitis signs are sent to be seen now (${template})`, async () => {
      const o = await converse(
        template,
        ['sharp pain lower right side of my abdomen getting worse and a fever'],
        {
          reply: 'appendicitis',
        },
      );
      expect(o.unmet).toEqual([]);
    }, 120_000);
});
