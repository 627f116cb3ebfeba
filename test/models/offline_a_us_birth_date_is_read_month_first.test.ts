import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/models/offline/entityExtractors.ts';
import { converse } from './offlineScenario.ts';

// A US clinic's caller says "12/08/1999" for December 8: the date reads two ways, so it was left unread
// and the birth date asked for again. The healthcare `dob` says its callers write dates month first,
// and a date that reads two ways is read so there; elsewhere it is still left unread.
describe('a US birth date is read month first', () => {
  it('"hannah kowalski 12/08/1999" verifies', async () => {
    const o = await converse('healthcare', ['what medications am I on', 'hannah kowalski 12/08/1999'], {
      tool: 'verify_identity',
      result: { verified: true },
    });
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('without the month-first hint a date that reads two ways stays unread', () => {
    expect(findDate('03/04/1984', new Date(0))).toBeUndefined();
    expect(findDate('03/04/1984', new Date(0), 'month-first')).toBe('1984-03-04');
    expect(findDate('19/06/1987', new Date(0), 'month-first')).toBe('1987-06-19');
  });
});
