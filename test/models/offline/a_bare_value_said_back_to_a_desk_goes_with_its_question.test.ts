import { describe, expect, it } from 'vitest';
import { replyForDesk } from '../../../src/models/offline/forms/deskReply.ts';

// A desk (an agent used as a tool) reads each request with no memory of what it asked: "3" said to
// "Over how many months would you like to spread it?" meant nothing to the healthcare billing desk.
describe('a reply passed back to the desk that asked', () => {
  const plan = {
    name: 'billing_desk',
    callId: 'c1',
    args: {},
    output: 'Your balance is $800. Over how many months would you like to spread it: 3, 6 or 12?',
  };
  const slots = {
    name: 'appointments_desk',
    callId: 'c2',
    args: {},
    output: 'Monday (SL-2054) or Tuesday (SL-2062). Which one would you like?',
  };

  it('goes with the question it answers when it is only a value', () => {
    expect(replyForDesk(plan, '3')).toBe('3: Over how many months would you like to spread it: 3, 6 or 12?');
    expect(replyForDesk(plan, ' $50 ')).toBe(
      '$50: Over how many months would you like to spread it: 3, 6 or 12?',
    );
  });

  it('goes as said when it has words, and as the reference picked from an offer', () => {
    expect(replyForDesk(plan, '6 months please')).toBe('6 months please');
    expect(replyForDesk(slots, 'the second one')).toBe('SL-2062');
    expect(replyForDesk(slots, 'Grace Liu')).toBe('Grace Liu');
  });
});
