import { describe, expect, it } from 'vitest';
import { bucketRangeLabel } from '../../web/src/lib/bucketLabel.ts';

/*
 * Issue #22.3: the last-24-hours chart labelled each 2-hour bucket with its start only, so turns at
 * 10:05 showed under "08:13", hours before them. A label now names the window the bucket covers.
 */
const utc = { locale: 'en-US', timeZone: 'UTC' };
const DAY = 86_400_000;

describe('analytics bucket labels', () => {
  it('name the window a bucket covers, so a turn falls inside its label', () => {
    const label = bucketRangeLabel('2026-11-23T08:13:00.000Z', '2026-11-23T10:13:00.000Z', DAY, utc);
    expect(label).toBe('08:13–10:13');
    const turnAt = '10:05';
    const [from, to] = label.split('–');
    expect(from <= turnAt && turnAt < to).toBe(true);
  });

  it('carry the date on ranges longer than a day, on both ends when a window crosses midnight', () => {
    expect(bucketRangeLabel('2026-11-20T09:47:00.000Z', '2026-11-20T21:47:00.000Z', 7 * DAY, utc)).toBe(
      'Nov 20 09:47–21:47',
    );
    expect(bucketRangeLabel('2026-11-20T21:47:00.000Z', '2026-11-21T09:47:00.000Z', 7 * DAY, utc)).toBe(
      'Nov 20 21:47–Nov 21 09:47',
    );
  });
});
