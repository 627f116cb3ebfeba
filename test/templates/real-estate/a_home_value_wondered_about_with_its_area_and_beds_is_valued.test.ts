import { describe, expect, it } from 'vitest';
import { converse } from '../../models/offlineScenario.ts';

// "Anyway. I'm curious what my house might be worth — it's a 3-bedroom in Lakeview." (dialogue batch 31)
// reached the valuations desk, which greeted with "Which neighborhood is the home in, and how many
// bedrooms?": no question mark, and too few of its look-up's words, though both were said.
describe('a home value wondered about with its area and beds', () => {
  it('is valued at once', async () => {
    const o = await converse(
      'real-estate',
      ['I am curious what my house might be worth, it is a 3-bedroom in Lakeview.'],
      { tool: 'pull_comparables', result: { found: true, neighborhood: 'Lakeview' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('without them, asks for them', async () => {
    const o = await converse('real-estate', ['Im curious what my house might be worth'], {
      reply: 'Which neighborhood',
      never_tools: ['pull_comparables'],
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
