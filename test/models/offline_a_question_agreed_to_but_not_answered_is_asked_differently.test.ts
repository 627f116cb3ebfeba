import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "yes please" to "What's the phone number the booking is under?" got the same words again, and "sure"
// after it a read-back without the number; "yes" then ran the move, the tool asked for the number itself
// and the customer heard "Sorry, I don't seem to be getting this right". A question agreed to and not
// answered is asked a second time with an example, then a person is offered, never the same words twice;
// and "no" to that person keeps the conversation here (it had been handed over all the same).
describe('a question agreed to but not answered is asked differently', () => {
  const MOVE = 'hola, reference GB-20310614-001, can i push it back to 11 same day?';

  it('rephrases the phone question with an example, then offers a person', async () => {
    const o = await converse('salon', [MOVE, 'yes please', 'sure'], { never_tools: ['reschedule_booking'] });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/phone number the booking is under\?$/);
    expect(o.turns[1].reply).not.toBe(o.turns[0].reply);
    expect(o.turns[1].reply).toMatch(/phone number the booking is under\? For example: /);
    expect(o.turns[2].reply).toMatch(/member of our team: just say yes/);
    expect(o.turns[2].reply).not.toMatch(/^Just to confirm/);
  }, 180_000);

  it('takes the number given after the rephrasing and reads the move back', async () => {
    const o = await converse('salon', [MOVE, 'yes please', '07700 900606'], {
      never_tools: ['reschedule_booking'],
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/^Just to confirm: move booking GB-20310614-001 to 11am/);
  }, 180_000);

  it('keeps a customer who says no to the person offered, and books the day given then', async () => {
    const o = await converse(
      'support',
      ['I would like to book a demo', 'Sam Lee, sam@lee.example', 'yes', 'sure', 'no', 'friday'],
      { never_tools: ['__none__'] },
    );
    expect(o.turns[4].agent).toBe('Sales');
    expect(o.turns[4].handoffs).toEqual([]);
    expect(o.turns[4].reply).toMatch(/^No problem, I'll stay with you\. Which day suits you for the demo\?$/);
    expect(o.turns[5].reply).not.toMatch(/didn't catch|member of our team/);
  }, 180_000);
});
