import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

describe('a question naming what a look-up takes, asked mid-form, is an aside', () => {
  it('answers "hang on, what does Growth cost?" while the email is asked, then asks for the email again', async () => {
    const o = await converse(
      'support',
      [
        'I want a demo',
        'Rui Costa',
        'hang on, what does Growth cost?',
        'rui@costaworks.example',
        'Costa Works',
        'next Tuesday',
        'yes',
      ],
      [
        { tool: 'lookup_pricing', result: { found: true } },
        { tool: 'book_demo', result: { booked: true } },
      ],
    );
    expect(o.unmet).toEqual([]);
    const aside = o.turns[2];
    expect(aside.tools.map((t) => [t.tool, t.arguments])).toEqual([['lookup_pricing', { plan: 'Growth' }]]);
    expect(aside.reply).toMatch(/^Growth is .*What email address should I send the invite to\?$/);
    const demo = toolsOf(o).find((t) => t.tool === 'book_demo');
    expect(demo?.arguments).toMatchObject({ name: 'Rui Costa', email: 'rui@costaworks.example' });
  }, 120_000);

  it('takes a question that gives the asked value as the answer, not as an aside', async () => {
    const o = await converse(
      'support',
      ['can we get a demo next friday', 'Ola Berg', 'is ola@bergstudio.example ok?', 'Berg Studio', 'yes'],
      { tool: 'book_demo', result: { booked: true, email: 'ola@bergstudio.example' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).toEqual(['book_demo']);
  }, 120_000);
});
