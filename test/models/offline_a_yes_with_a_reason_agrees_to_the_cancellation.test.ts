import { describe, expect, it } from 'vitest';
import { requestAfterCancel } from '../../src/models/offline/forms/digressions.ts';
import { converse } from './offlineScenario.ts';

/**
 * dev18-salon-02: "yes cancel it please, something's come up with work" to the read-back of a
 * cancellation was read as giving up on the form followed by a new request ("please, something's come
 * up…", since "please" opens a request), and the customer heard the desk's menu: nothing was cancelled.
 * The "please" after "cancel it" is the cancel's own.
 */
describe('a yes with a reason agrees to the cancellation', () => {
  it('reads no new request after "cancel it please,"', () => {
    expect(requestAfterCancel("yes cancel it please, something's come up with work")).toBeUndefined();
    expect(requestAfterCancel('never mind, please can you book me for friday instead')).toBe(
      'please can you book me for friday instead',
    );
  });

  it('the booking is cancelled', async () => {
    const o = await converse(
      'salon',
      [
        "Hello, I need to cancel my keratin appointment I'm afraid",
        "I don't have the reference handy, the number it's under is 07700 900505",
        'Tomás Herrera',
        "yes cancel it please, something's come up with work",
      ],
      { tool: 'cancel_booking', result: { changed: true } },
    );
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
