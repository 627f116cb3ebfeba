import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "what viewings do i have?" at the viewings desk got its greeting ("Happy to set up a viewing. Which
// home…?"): the look-up of one's own viewings shares no word with the question (its words are kept
// apart from a booking's). A question about what the customer holds takes the one look-up that says
// it finds what is "mine".
describe('asking what viewings one has', () => {
  it('looks them up under the number given', async () => {
    const o = await converse('real-estate', ['what viewings do i have?', '555-0142'], {
      tool: 'find_mine',
      reply: 'You have 2 viewings booked',
    });
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('book_tour');
  }, 180_000);
});
