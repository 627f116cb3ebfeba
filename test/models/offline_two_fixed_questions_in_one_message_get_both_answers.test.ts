import { describe, expect, it } from 'vitest';
import { askedTopics } from '../../src/models/offline/forms/askedTopics.ts';
import { converse } from './offlineScenario.ts';

/**
 * Customers put two quick questions in one message ("where are you exactly, and can I park nearby?"):
 * only the first fixed answer was given. Each topic asked now gets its answer; and a short phrase inside
 * a longer one another topic names ("car" inside "gift cards") no longer answers the wrong question.
 */
describe('two fixed questions in one message get both answers', () => {
  const topics = [
    { about: ['open', 'hours'], say: 'HOURS' },
    { about: ['park', 'car'], say: 'PARKING' },
    { about: ['address', 'where are you'], say: 'ADDRESS' },
    { about: ['gift card', 'voucher'], say: 'VOUCHER' },
  ];

  it('answers each topic asked, once, in the agent order', () => {
    expect(askedTopics(topics, 'where are you exactly, and can I park nearby? parking is a pain')).toEqual([
      topics[1],
      topics[2],
    ]);
  });

  it('reads "gift cards" as the voucher question, not parking', () => {
    expect(askedTopics(topics, 'do you sell gift cards?')).toEqual([topics[3]]);
    expect(askedTopics(topics, 'is there a car park?')).toEqual([topics[1]]);
  });

  it('answers both at the salon front desk and books nothing', async () => {
    const o = await converse(
      'salon',
      ['where are you based, and is there somewhere to leave the car?'],
      [{ reply: 'Garden Row' }, { reply: 'Mill Lane' }, { never_tools: ['book_appointment'] }],
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
