import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * "can I switch my appointment with Dr. Okafor to Dr. Patel on friday?": "switch" was no move to the
 * clinic's desk, so it listed Friday's openings as for a new booking, with Dr. Okafor's (the doctor the
 * appointment is with, not the one asked for), and the pick booked a second appointment beside the one
 * to be moved. A verb that WordNet says is a change ("switch", "swap", "alter") said of a booking, or of
 * "it" going to a day or a time, moves it, and whom the booking is with names the booking when another
 * doctor is named. At the salon "could we swap it to wednesday at 3pm instead?" after a booking was
 * read back as a second booking.
 */
describe('a switch of the appointment to another doctor moves it', () => {
  it('moves the appointment to Dr. Patel and books nothing new', async () => {
    const o = await converse(
      'healthcare',
      [
        "hello, I'd like to swap my appointment with Dr Okafor over to Dr Patel on Friday please",
        'Dana Ruiz, 12 March 1984',
        'yes',
        '1pm is good',
        'yes please',
      ],
      { tool: 'reschedule_appointment', result: { rescheduled: true } },
    );
    const calls = toolsOf(o);
    expect(calls.some((c) => c.tool === 'book_appointment')).toBe(false);
    const moved = calls.find(
      (c) => c.tool === 'reschedule_appointment' && (c.result as { rescheduled?: boolean }).rescheduled,
    );
    expect(moved?.result).toMatchObject({ when: expect.stringMatching(/Dr\. Raj Patel/) });
    expect(o.completed).toBe(true);
  }, 120_000);

  it('searches the doctor asked for, not the one the appointment is with', async () => {
    const o = await converse(
      'healthcare',
      ['my appointment with Dr Okafor is a pain to get to, does Dr Patel have any openings on Friday?'],
      { tool: 'find_appointment_slots' },
    );
    const search = toolsOf(o).find((c) => c.tool === 'find_appointment_slots');
    expect(search?.arguments).toMatchObject({ provider: 'Patel' });
  }, 120_000);

  it('moves a booking just made when the caller swaps "it" to another day', async () => {
    const o = await converse(
      'salon',
      [
        "hiya, a men's cut on saturday at 2 with Jonas please",
        'Sam Okoro, 07700 900321',
        'yes',
        'oh wait, could we swap it to wednesday at 3pm instead?',
        'yes',
      ],
      { tool: 'reschedule_booking', result: { rescheduled: true } },
    );
    expect(toolsOf(o).filter((c) => c.tool === 'book_appointment')).toHaveLength(1);
    expect(o.completed).toBe(true);
  }, 120_000);
});
