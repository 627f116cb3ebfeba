import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * A newcomer's first salon message (issue #23): "hiya, can I get my hair cut this friday?" is a request
 * to book put as a question. It quoted the price list; the booking form starts instead.
 */
describe('asking to have a service on a day starts the booking', () => {
  it('books a cut on Friday from "hiya, can I get a women\'s cut this friday?"', async () => {
    const o = await converse(
      'salon',
      ["hiya, can I get a women's cut this friday?", '2pm', 'Hannah Brooks', '07700 900555', 'yes'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o)[0]?.tool).not.toBe('list_services');
  }, 120_000);

  it('a question about the service is still a question: "how much is a cut on friday?" quotes prices', async () => {
    const o = await converse('salon', ['how much is a cut on friday?'], { tool: 'list_services' });
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
