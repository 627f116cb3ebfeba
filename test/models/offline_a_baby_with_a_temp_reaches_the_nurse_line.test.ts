import { describe, expect, it } from 'vitest';
import { spelledOut } from '../../src/models/offline/textingWords.ts';
import { converse } from './offlineScenario.ts';

// QA chat probes (2026-11-27): "my 2 month old has a temp of 101" got the after-hours menu: "temp" was no
// word the router or the nurse line knew. A temp with a reading, or someone's temp, is a temperature; a
// "temp password" stays as it is.
describe('a baby with a temp', () => {
  it('is sent to the emergency department by the nurse line', async () => {
    const o = await converse('after-hours', ['my 2 month old has a temp of 101'], {
      tool: 'lookup_nurse_protocol',
      result: { protocolId: 'NP-INFANT' },
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/emergency department/);
  }, 120_000);

  it('spells out a temp only when it is a temperature', () => {
    expect(spelledOut('my 2 month old has a temp of 101')).toBe('my 2 month old has a temperature of 101');
    expect(spelledOut('her temp is 38.6')).toBe('her temperature is 38.6');
    expect(spelledOut('the temp password you sent me does not work')).toBe(
      'the temp password you sent me does not work',
    );
    expect(spelledOut('we hired a temp for the front desk')).toBe('we hired a temp for the front desk');
  });
});
