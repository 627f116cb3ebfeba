import { describe, expect, it } from 'vitest';
import { repeatedReplies } from '../../src/eval/dialogueEval.ts';
import { converse } from './offlineScenario.ts';

// A complaint goes to a person at once. The caller then went on writing ("it was with Priya", "can
// someone call me back?", their name and number) and heard "Thanks — a member of our team has your
// conversation and will reply here shortly." after every message, word for word: the same reply three
// times, a loop (issue #23). Now the hand-over says what was done and asks for a number to call back,
// and each later message is acknowledged as added, with how many are waiting.
describe('a caller writing while a person is awaited hears no loop', () => {
  it('salon: the complaint asks for a number, and later messages are acknowledged as added', async () => {
    const o = await converse(
      'salon',
      [
        'I want to complain, my colour came out orange last week',
        'it was with Priya',
        'can someone call me back?',
        'Jane Moss 07700 900777',
      ],
      [{ tool: 'log_complaint', result: { logged: true } }, { handoff: 'Human' }],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(
      /salon manager, who will call you back: please leave your name and phone number/,
    );
    expect(repeatedReplies(o.turns)).toEqual([]);
    expect(o.turns[3].reply).toMatch(/added that to your conversation.*all 3 of your messages/);
  }, 180_000);

  it('real estate: a deposit complaint opens a case, asks for a number, and never repeats itself', async () => {
    const o = await converse(
      'real-estate',
      [
        'I want to complain, the seller kept our earnest money deposit and nobody will return my calls',
        'it was for 14 Birch Road',
        'Tom Hale 555-0190',
        'hello?',
      ],
      [{ tool: 'open_escalation', result: { opened: true, category: 'deposit' } }, { handoff: 'Human' }],
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(
      /managing broker, who will call you back: please leave your name and phone number/,
    );
    expect(repeatedReplies(o.turns)).toEqual([]);
  }, 180_000);

  it('a number said with the complaint is kept and said back', async () => {
    const o = await converse(
      'real-estate',
      ['your agent was really rude to me at the showing, call me on 555-0144, Mia Long'],
      { tool: 'open_escalation', result: { opened: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/call you back on 555-0144/);
  }, 180_000);
});
