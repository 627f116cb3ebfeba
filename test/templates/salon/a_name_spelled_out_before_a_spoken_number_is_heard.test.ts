import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// Dialogue batch 26 (dev): phone callers answering "What name should I put the booking under?" with
// the name, its spelling and the mobile in one breath, lower case. Texting shorthand read the spelled
// "u" and "n" as "you" and "and", "the name's" was no lead-in, and the name was asked again and again.
describe('a name spelled out before a spoken number', () => {
  it('is the name the booking is made under', async () => {
    const o = await converse(
      'salon',
      [
        "hiya can i get a men's cut saturday at eleven",
        "uh it's lena burns b u r n s and it's oh seven seven oh oh nine oh oh one two three",
        'yes thats right',
      ],
      { tool: 'book_appointment' },
    );
    expect(o.unmet).toEqual([]);
    const booked = toolsOf(o).find((t) => t.tool === 'book_appointment')?.arguments;
    expect(booked).toMatchObject({ customerName: 'Lena Burns' });
  }, 180_000);

  it('is heard after "the name\'s"', async () => {
    const o = await converse(
      'salon',
      [
        "hiya can i get a men's cut saturday at eleven",
        "the name's tom avery and the number is oh seven seven oh oh nine oh oh four five six",
        'yes thats right',
      ],
      { tool: 'book_appointment' },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'book_appointment')?.arguments).toMatchObject({
      customerName: 'Tom Avery',
    });
  }, 180_000);
});
