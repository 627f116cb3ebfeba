import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

/**
 * "ah the physical therapy, ok I see could I pay that off now on my card": taking in what the charge was
 * for, then asking to pay, with no stop between. The words taken in ("physical therapy") fitted the
 * insurance desk's coverage check best, and the caller heard what their plan covers. The request after an
 * acknowledgement is what is asked.
 */
describe('paying after a charge is explained goes to billing', () => {
  it('the payment of the $40 statement is read back', async () => {
    const o = await converse(
      'healthcare',
      [
        'I got a bill for forty dollars, what is it for?',
        'Omar Haddad, 19 June 1987',
        'ah the physical therapy, ok I see could I pay that off now on my card',
        'yes',
      ],
      { tool: 'pay_by_card_or_link', result: { paid: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).some((t) => t.tool === 'check_procedure_coverage')).toBe(false);
  }, 180_000);
});
