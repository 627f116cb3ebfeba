import { describe, expect, it } from 'vitest';
import type { ConversationView } from '../../src/models/offline/conversationView.ts';
import {
  closingReply,
  GLAD_TO_HELP,
  GOODBYE,
  YOU_ARE_WELCOME,
} from '../../src/models/offline/forms/closing.ts';
import { converse } from './offlineScenario.ts';

// "thanks" after a booking was made got the agent's fallback (what it can do, and a person offered).
// A courtesy after a job done now gets a short close, and never a tool call.
const after = (lastAssistantText: string) =>
  ({ lastAssistantText, arrivedByHandoff: false }) as ConversationView;
const BOOKED = "You're booked: men's cut with Maya on Friday 27 November 2026 at 11:00. See you then!";

describe('a courtesy after a job done gets a close', () => {
  it('closes "thanks", "great" and "yes" after a job done, and not while a question or offer stands', () => {
    expect(closingReply(after(BOOKED), 'thanks')).toBe(YOU_ARE_WELCOME);
    expect(closingReply(after(BOOKED), 'great, thank you so much!')).toBe(YOU_ARE_WELCOME);
    expect(closingReply(after(BOOKED), 'great')).toBe(GLAD_TO_HELP);
    expect(closingReply(after(BOOKED), 'yes')).toBe(GLAD_TO_HELP);
    expect(closingReply(after(BOOKED), 'thanks, can I also book my son in?')).toBeUndefined();
    expect(closingReply(after('What time would you like?'), 'thanks')).toBeUndefined();
    // "yes" may take an offer ("I can also set up a short demo if that helps").
    expect(
      closingReply(after('Growth is $49 a month. I can also set up a short demo if that helps.'), 'yes'),
    ).toBeUndefined();
    expect(closingReply(after(YOU_ARE_WELCOME), 'no thats all')).toBe(GOODBYE);
    expect(closingReply(after(YOU_ARE_WELCOME), 'great thanks')).toBe(GOODBYE);
    expect(closingReply(after(YOU_ARE_WELCOME), 'yes')).toBeUndefined();
  });

  it('says "you\'re welcome" after a booking, with no tool call and no person offered', async () => {
    const o = await converse(
      'salon',
      [
        'I want to book a mens cut on Friday at 11',
        'Tom Reyes',
        '07700 900888',
        'yes',
        'great thanks',
        'no thats all',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[4].reply).toBe(YOU_ARE_WELCOME);
    expect(o.turns[4].tools).toEqual([]);
    expect(o.turns[5].reply).toBe(GOODBYE);
  }, 180_000);
});
