import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "What name should I put the booking under?" was said four times in a row while the customer gave a
// phone number and "any stylist is fine": each reply filled something else, so each got "Thanks." and the
// same question. The second asking now carries an example, and the third offers a person (as the issue's
// rule has it), and the answer given then still books.
describe('a question put while other details come is asked at most twice', () => {
  it('adds an example the second time, offers a person the third, and books on the name', async () => {
    const o = await converse(
      'salon',
      [
        "Hi, I'd like to book a haircut for my son, he's 7. Could we do this Friday around 4pm?",
        'My mobile is 07700 900718.',
        'any stylist is fine',
        'Sarah Lindqvist',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toBe('Thanks. What name should I put the booking under? For example: Sam Lee');
    expect(o.turns[2].reply).toMatch(/member of our team: just say yes/);
    const asked = o.turns.filter((t) => t.reply.includes('What name should I put the booking under?'));
    expect(asked.length).toBe(2);
  }, 180_000);

  it('still takes the value given with the example', async () => {
    const o = await converse(
      'support',
      ['I would like to book a demo', 'next tuesday', 'Sam Lee, sam@lee.example'],
      {
        never_tools: ['book_demo'],
      },
    );
    expect(o.turns[1].reply).toMatch(/^Thanks\. Who should the demo invite be for\? For example: /);
    expect(o.turns[2].reply).not.toMatch(/Who should the demo invite be for|member of our team/);
  }, 180_000);
});
