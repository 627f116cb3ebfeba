import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "ok thanks, bye" to the colour desk's "Is your hair short, medium or long?" got "Thanks for getting in
// touch. Have a good day! Is your hair short, medium or long?": a goodbye followed by the question. And
// "actually never mind, thanks anyway" (to the clinic's greeting) or "never mind" (after a price was
// given) got the desk's menu of what it can do, as if a request had gone unread; "thats all" to the menu of
// a desk handed back to was offered a call back.
describe('a customer leaving or withdrawing is let go', () => {
  it('says goodbye to a customer leaving mid-quote, without the question again', async () => {
    const o = await converse('salon', ['how much are highlights?', 'ok thanks, bye'], {
      never_tools: ['book_appointment'],
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toBe('Thanks for getting in touch. Have a good day!');
  }, 180_000);

  it('lets "never mind" to the greeting go, then says goodbye to "no thats all"', async () => {
    const o = await converse('healthcare', ['hi', 'actually never mind, thanks anyway', 'no thats all'], {
      never_tools: ['verify_identity'],
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toBe('No problem. Is there anything else I can help with?');
    expect(o.turns[2].reply).toBe('Thanks for getting in touch. Have a good day!');
  }, 180_000);

  it('lets "never mind" after an answer go, and still serves what is asked instead', async () => {
    const o = await converse('support', ['how much is the Scale plan?', 'never mind'], {
      never_tools: ['book_demo'],
    });
    expect(o.turns[1].reply).toBe('No problem. Is there anything else I can help with?');
    const instead = await converse(
      'support',
      ['how much is the Scale plan?', 'never mind, how do I reset my password?'],
      {
        handoff: 'TechSupport',
      },
    );
    expect(instead.unmet).toEqual([]);
  }, 180_000);

  it('says goodbye to "thats all" after a desk handed back with its menu', async () => {
    const o = await converse(
      'after-hours',
      [
        'Hi, Grace Liu, account AC-2004. Im calling about claim CLM-7003 - has Humana paid it yet?',
        'The visit notes? ok, thank you',
        'thats all',
      ],
      { tool: 'lookup_claim', result: { found: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/What do you need\?$/);
    expect(o.turns[2].reply).toBe('Thanks for getting in touch. Have a good day!');
  }, 180_000);
});
