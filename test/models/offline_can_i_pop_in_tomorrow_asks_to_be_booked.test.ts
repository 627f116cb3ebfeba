import { describe, expect, it } from 'vitest';
import { inToolWords } from '../../src/models/offline/customerWords.ts';
import { findPersonName } from '../../src/models/offline/entityExtractors.ts';
import { converse, toolsOf } from './offlineScenario.ts';

describe('"can I pop in tomorrow for it?" asks to be booked', () => {
  it('reads coming in as booking, in the tools’ words', () => {
    expect(inToolWords('can I pop in on Friday?')).toBe('can I book in on Friday?');
    expect(inToolWords('could you fit me in tomorrow')).toBe('could you book me in tomorrow');
    expect(inToolWords('I popped in last week')).toBe('I popped in last week');
  });

  it('reads a three-word name given with a phone number', () => {
    expect(findPersonName('Ana Sofia Reyes 07700 900248')).toBe('Ana Sofia Reyes');
    expect(findPersonName('Hi Amy Fox 555 0166')).toBe('Amy Fox');
  });

  it('Booking books the patch test, not a colour quote', async () => {
    const o = await converse(
      'salon',
      [
        'I want to try a colour next month but need the allergy test first, could I pop in on thursday?',
        'quarter past 4',
        'Ana Sofia Reyes 07700 900248',
        'yes',
      ],
      { tool: 'book_appointment', result: { booked: true, service: 'patch test' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].handoffs.at(-1)).toMatch(/->Booking$/);
    expect(toolsOf(o).at(-1)?.arguments).toMatchObject({
      customerName: 'Ana Sofia Reyes',
      timeText: 'at 4:15',
    });
  }, 120_000);
});
