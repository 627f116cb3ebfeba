import { describe, expect, it } from 'vitest';
import { findPersonName } from '../../src/models/offline/entityExtractors.ts';
import { findRoleMember, leadingPersonName } from '../../src/models/offline/forms/slotValues.ts';
import { converse, toolsOf } from './offlineScenario.ts';

describe('a booking texted with its stylist, or asked for someone by name', () => {
  it('reads "w priya" as the stylist, never as a name', () => {
    expect(findRoleMember('w priya if possible', ['Maya', 'Priya'])).toBe('Priya');
    expect(leadingPersonName('w priya if possible')).toBeUndefined();
    expect(leadingPersonName('sam okoro 07700 900123')).toBe('Sam Okoro');
  });

  it('reads the name a booking is for, right before the number to reach them', () => {
    expect(findPersonName('book a blow-dry on Friday at 2pm for Lena Marsh, mobile 07700 900441')).toBe(
      'Lena Marsh',
    );
    expect(findPersonName('any flats for Old Town under 500k')).toBeUndefined();
    expect(findPersonName('can you book for Saturday Morning, 07700 900111')).toBeUndefined();
  });

  it('books with the stylist texted in answer to the name question, under the name given next', async () => {
    const o = await converse(
      'salon',
      ['can i get a womens cut fri around 2', 'w priya if poss', 'sam okoro 07700 900123', 'yep'],
      { tool: 'book_appointment', result: { booked: true, stylist: 'Priya' } },
    );
    expect(o.unmet).toEqual([]);
    // Before: the read-back was "under W Priya If Poss" and the booking went to whoever was free.
    // Asked a second time, so with an example (offline_a_question_put_while_other_details_come_is_asked_at_most_twice).
    expect(o.turns[1].reply).toBe('Thanks. What name should I put the booking under? For example: Sam Lee');
    expect(toolsOf(o).at(-1)?.arguments).toMatchObject({ customerName: 'Sam Okoro', stylist: 'Priya' });
  }, 120_000);

  it('reads everything back at once when the name and mobile come with the request', async () => {
    const o = await converse(
      'salon',
      ['Could you book a blow-dry on Friday at 2pm for Lena Marsh, mobile 07700 900441?', 'yes'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    // Before: "What name should I put the booking under?", and "yes" was no name.
    expect(o.turns[0].reply).toMatch(/^Just to confirm: .*under Lena Marsh, 07700 900441/);
  }, 120_000);
});
