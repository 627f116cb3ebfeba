import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * "Quick question first - is there a cancellation fee? I'm thinking of leaving." got the account question
 * and never the answer: the message neither opened nor ended as a question, so no fixed answer was looked
 * for. A sentence that ends as a question, with more said after it, asks what it names; the words around
 * it ask nothing ("…Like 6pm? you're open late thursdays right" is a day and a time, not the hours).
 */
describe('a question followed by more words is answered', () => {
  it('the billing desk says there is no fee and goes on to close the account', async () => {
    const o = await converse(
      'support',
      [
        "Quick question first - is there a cancellation fee? I'm thinking of leaving.",
        'Ok. Then I want to close it. Account ACC-1008',
        'yes, close it',
      ],
      [
        { tool: 'close_account', result: { status: 'closed', accountId: 'ACC-1008' } },
        { reply: "There's no fee" },
      ],
    );
    expect(o.turns[0].reply).toMatch(/^There's no fee for closing an account/);
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('a yes said after the question at a read-back makes the change', async () => {
    const o = await converse(
      'support',
      ['I want to close my account ACC-1008', 'is there a cancellation fee? ok yes go ahead then'],
      [
        { tool: 'close_account', result: { status: 'closed', accountId: 'ACC-1008' } },
        { reply: "There's no fee" },
      ],
    );
    expect(o.turns[1].reply).toMatch(/^There's no fee for closing an account.*is closed/);
    expect(o.unmet).toEqual([]);
  }, 120_000);

  it('a day and time said around a question about something else still change the booking', async () => {
    const o = await converse(
      'salon',
      [
        "Hello, I'd like to book a women's cut and blow dry for Wednesday",
        "actually no, Thursday is better, after work. Like 6pm? you're open late thursdays right",
        'Ellie Fairburn',
        '07700 900818',
        'yes please',
      ],
      { tool: 'book_appointment', result: { booked: true, service: "women's cut and blow-dry" } },
    );
    expect(o.turns[1].reply).toMatch(/Thursday/);
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
