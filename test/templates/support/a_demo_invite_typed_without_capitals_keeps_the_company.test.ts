import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * dev24-support-10: "fiona gallagher, gallagher veterinary, and the email is fiona@gallaghervets.example",
 * typed without capitals, gave the name and the email; the company, a capitalised item's only when
 * listed, was asked for again after the day ("What's the name of your company?"), and the read-back came
 * a turn late. Typed in lower case, an item the email's domain names is the company.
 */
describe('a demo invite typed without capitals keeps the company', () => {
  it('books the demo for the company listed with the name and email', async () => {
    const o = await converse(
      'support',
      [
        'can i get a demo booked for our team',
        'omar haddad, haddad logistics, omar@haddadlogistics.example',
        'next tuesday works',
        'yes go ahead',
      ],
      { tool: 'book_demo', result: { booked: true, name: 'Omar Haddad' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.map((t) => t.reply).join(' ')).not.toMatch(/name of your company/i);
    expect(toolsOf(o).find((t) => t.tool === 'book_demo')?.arguments).toMatchObject({
      company: 'Haddad Logistics',
    });
  }, 180_000);
});
