import { describe, expect, it } from 'vitest';
import { withoutTypos } from '../../src/models/offline/customerTypos.ts';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "hi i need to resheduel my apointment GB-20310613-001" was routed nowhere: the salon's front desk
 * greeted the customer again and again, and "y" to a read-back was no yes. A word no dictionary knows
 * that is a slip or two from a word requests turn on is read as that word (customerTypos.ts); "y" agrees.
 */
describe('a request typed in a hurry still reaches its desk', () => {
  it('"resheduel my apointment" moves the booking, and "y" agrees', async () => {
    const o = await converse(
      'salon',
      // The number the booking is under is asked, as for any change by reference (a reference is guessable).
      [
        'hi i need to resheduel my apointment GB-20310613-001',
        'can we do fri the 20th same time',
        '07700 900202',
        'y',
      ],
      { tool: 'reschedule_booking', result: { changed: true, when: 'Friday 20 June 2031 at 10:00' } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].handoffs).toEqual(['FrontDesk->CustomerService']);
  }, 180_000);

  it('"a mens cut wensday afternon" lists Wednesday afternoon\'s free times', async () => {
    const o = await converse('salon', ['hiya can i get a mens cut wensday afternon'], {
      tool: 'check_availability',
      result: { found: true },
    });
    expect(o.unmet).toEqual([]);
    const args = toolsOf(o)[0]?.arguments as { date?: string; partOfDay?: string };
    expect(args.partOfDay).toBe('afternoon');
    expect(new Date(`${args.date}T12:00:00Z`).getUTCDay()).toBe(3);
  }, 180_000);

  it('real words, names and emails are left as written', () => {
    expect(withoutTypos('my cancer treatment, cooking classes')).toBe('my cancer treatment, cooking classes');
    expect(withoutTypos('Farah Siddiqui, farah@tusday.example')).toBe('Farah Siddiqui, farah@tusday.example');
    expect(withoutTypos('avaliable tommorow afternon?')).toBe('available tomorrow afternoon?');
  });
});
