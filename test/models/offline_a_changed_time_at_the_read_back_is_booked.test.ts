import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// "book a women's cut fri 9am Claire 07700 363636", then "actually can we do 10 instead" at the read-back:
// the bare 10 was no time, the read-back said "I'm afraid I can't answer that here" and the next yes
// booked 9am; and the name beside the number was asked for again (chat probes, 2026-11-27).
describe('a changed time at the read-back is booked', () => {
  it('reads back and books 10am for "can we do 10 instead", under the name given beside the number', async () => {
    const o = await converse(
      'salon',
      ["book a women's cut fri 9am Claire 07700 363636", 'actually can we do 10 instead', "that's fine"],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/under Claire, 07700 363636/);
    expect(o.turns[1].reply).toMatch(/10am/);
    expect(o.turns[1].reply).not.toMatch(/can't answer/);
    expect(o.turns[2].reply).toContain('at 10:00');
  }, 180_000);

  it('takes "make it half 10" as 10:30 and leaves "make it 2 people" alone', async () => {
    const half = await converse(
      'salon',
      ["book a women's cut fri 9am Claire 07700 363636", 'make it half 10'],
      {
        reply: '10:30',
      },
    );
    expect(half.unmet).toEqual([]);
    const people = await converse(
      'salon',
      ["book a women's cut fri 9am Claire 07700 363636", 'actually make it 2 people'],
      { reply: '9am', never_tools: ['book_appointment'] },
    );
    expect(people.unmet).toEqual([]);
  }, 180_000);

  it('takes the name said before the number too: "07700 900606 Priya Nair, need a mens cut, saturday 3pm"', async () => {
    const o = await converse('salon', ['07700 900606 Priya Nair, need a mens cut, saturday 3pm', 'yes'], {
      tool: 'book_appointment',
      result: { booked: true },
    });
    expect(o.unmet).toEqual([]);
    const booked = toolsOf(o).find((t) => t.tool === 'book_appointment');
    expect((booked?.arguments as { customerName?: string } | undefined)?.customerName).toBe('Priya Nair');
  }, 180_000);
});
