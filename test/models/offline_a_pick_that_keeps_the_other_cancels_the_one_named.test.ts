import { describe, expect, it } from 'vitest';
import { pickedItem } from '../../src/models/offline/forms/lookUpFirst.ts';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * dev18-after-hours-03: "the dr patel one. keep whitfield" to "…with Dr. Whitfield (SL-443) and … with Dr.
 * Patel (SL-448). Which one do you mean?" named both doctors, so neither was picked ("Sorry, I'm not sure
 * which one you mean"), twice. The one the caller keeps is not the one picked.
 */
describe('a pick that keeps the other cancels the one named', () => {
  it('reads "keep whitfield" as not that one', () => {
    const items = [
      { slotId: 'SL-443', provider: 'Dr. Whitfield' },
      { slotId: 'SL-448', provider: 'Dr. Patel' },
    ];
    expect(pickedItem(items, 'slotId', 'the dr patel one. keep whitfield')).toBe('SL-448');
    expect(pickedItem(items, 'slotId', 'cancel whitfield, leave the patel one')).toBe('SL-443');
  });

  it('cancels the Patel appointment only', async () => {
    const o = await converse(
      'after-hours',
      [
        "hey I've got two appointments booked and I need to cancel one of them",
        'Marcus Bell',
        '555-0178',
        'the dr patel one. keep whitfield',
        'yes go ahead',
      ],
      { tool: 'cancel_slot', result: { cancelled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((t) => t.tool === 'cancel_slot')?.arguments).toMatchObject({
      bookedSlotId: 'SL-448',
    });
  }, 120_000);
});
