import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

/**
 * Speech-to-text writes no question mark: "half nine okay great and um where do i park is there parking
 * near you" got the desk's fallback after the booking was read out, though "where do i park" alone got
 * the parking answer. A question said after "and", "so", "ok" is still a question.
 */
describe('a question said after chatter, without a question mark, is answered', () => {
  it('answers where to park after the booking was read out', async () => {
    const o = await converse(
      'salon',
      [
        'hiya can you tell me when my keratin is, its under 07700 900505',
        'ten thirty lovely ok so where can i park when i come in',
      ],
      { reply: 'car park' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/Mill Lane/);
  }, 180_000);
});
