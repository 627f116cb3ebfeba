import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// Found by chatting: once a men's cut was booked for the earliest Saturday opening, "could you book me a
// beard trim as well, straight after" looked up openings for a men's cut (the answer to the first booking's
// "Which cut would you like?" filled the second), and a "yes" read back a second men's cut at 09:00. What
// was answered for a booking already made is that booking's; "straight after" is the day of the one just
// made, when it ends, with the same stylist. "as well" is no part of the service read back.
describe('a second booking asked for straight after the first', () => {
  it('books the service asked for, when the first one ends, with the same stylist', async () => {
    const o = await converse(
      'salon',
      [
        'hey, do you have anything for a haircut this saturday morning?',
        'the earliest one is fine',
        "it's Jess Park",
        '07700 900123',
        'mens cut please',
        'yes',
        'could you book me a beard trim as well, straight after',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true, service: 'beard trim' } },
    );
    expect(o.unmet).toEqual([]);
    const booked = toolsOf(o).filter((c) => c.tool === 'book_appointment');
    expect(booked).toHaveLength(2);
    const [first, second] = booked.map((c) => c.result as { service: string; stylist: string; when: string });
    expect(first.service).toBe("men's cut");
    expect(second).toMatchObject({ service: 'beard trim', stylist: first.stylist });
    expect(second.when).toBe(first.when.replace(/09:00$/, '09:30'));
    expect(o.turns[6].reply).toMatch(/^Just to confirm: beard trim with /);
  }, 180_000);

  it('a second booking said with its own day and service takes none of the first one’s answers', async () => {
    const o = await converse(
      'salon',
      [
        'hey, do you have anything for a haircut this saturday morning?',
        'the earliest one is fine',
        "it's Jess Park",
        '07700 900123',
        'mens cut please',
        'yes',
        'can you also book me a beard trim on friday at 4pm',
      ],
      { reply: 'beard trim on Friday' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[6].reply).not.toMatch(/men.?s cut/i);
  }, 180_000);
});
