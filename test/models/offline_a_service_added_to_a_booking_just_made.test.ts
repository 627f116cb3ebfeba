import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// Found by chatting at the salon: once a men's cut was booked for tomorrow at 10, "oh and can I add a beard
// trim to that?" got the beard trim's price, and the "yes" that followed booked nothing. Adding a service
// to the booking just made is one more booking, straight after it, with the same stylist
// (forms/addedToRecord.ts); the time the first was asked at ("at 10", said for the cut) is not the new one's.
describe('a service added to a booking just made', () => {
  const first = ["hi can i book a men's cut for tomorrow at 10", 'Tom Hardy, 07700 900555', 'yes'];

  it('is booked straight after it, with the same stylist', async () => {
    const o = await converse('salon', [...first, 'oh and can I add a beard trim to that?', 'yes'], {
      tool: 'book_appointment',
      result: { booked: true, service: 'beard trim' },
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[3].reply).toMatch(/^Just to confirm: beard trim with /);
    const booked = toolsOf(o).filter((c) => c.tool === 'book_appointment');
    expect(booked).toHaveLength(2);
    const [cut, trim] = booked.map((c) => c.result as { stylist: string; when: string });
    expect(cut.when).toMatch(/at 10:00$/);
    expect(trim).toMatchObject({ stylist: cut.stylist, when: cut.when.replace(/10:00$/, '10:30') });
  }, 180_000);

  it('at the time said with it, when one is', async () => {
    const o = await converse('salon', [...first, 'can I add on a beard trim? at 11 if you can', 'yes'], {
      tool: 'book_appointment',
      result: { booked: true, service: 'beard trim' },
    });
    expect(o.unmet).toEqual([]);
    const trim = toolsOf(o).filter((c) => c.tool === 'book_appointment')[1]?.result as { when: string };
    expect(trim.when).toMatch(/at 11:00$/);
  }, 180_000);
});
