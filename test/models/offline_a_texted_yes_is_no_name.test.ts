import { describe, expect, it } from 'vitest';
import { isPersonName } from '../../src/models/offline/forms/slotValues.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// A QA chat probe (2026-11-27): "ya" to "What name should I put the booking under?" was read as the
// name, and a men's cut was booked under "Ya". Agreement as texted is no name.
describe('a texted yes is no name', () => {
  it.each(['ya', 'yup', 'nah', 'k', 'idk'])('"%s" is not a person’s name', (said) => {
    expect(isPersonName(said)).toBe(false);
  });

  it('asks the name again after "ya", then books under the name given', async () => {
    const o = await converse(
      'salon',
      ['mens cut with theo tues 5pm, my number is 07700 900777', 'ya', 'Dan Lee', 'yes'],
      { tool: 'book_appointment', result: { booked: true, service: "men's cut" } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((c) => c.tool === 'book_appointment')?.arguments).toMatchObject({
      customerName: 'Dan Lee',
    });
    expect(o.turns[1].reply).toMatch(/What name/);
  }, 180_000);
});
