import { describe, expect, it } from 'vitest';
import { matchTool, valuesMayAskFor } from '../../src/models/offline/toolMatcher.ts';

/**
 * Where one agent both books and moves, a request that only resembles a move is a booking: "I missed my
 * appointment today, can I get another one tomorrow" was read back as a move of an appointment the
 * caller never had here, and "I'd like to see Dr. Whitfield on Friday" (a day and a doctor: a move's
 * values too) at the clinic's desk was about to move a visit. A move is asked by saying so or
 * "instead"; an agent that cannot book (the salon's CustomerService) still reads "can we make it
 * Saturday at 2pm" as the move it is there for.
 */
const tools = [
  {
    name: 'find_open_slots',
    description: 'Find open appointment slots this week: openings, what is free tomorrow or on a day.',
  },
  {
    name: 'book_slot',
    description: 'Book the open slot the caller chose (SL-401) in their name.',
    sideEffect: true,
  },
  {
    name: 'reschedule_slot',
    description:
      'Move, reschedule or postpone my appointment to another day or time instead, earlier or later.',
    sideEffect: true,
  },
];

describe('a booking request is never a move', () => {
  it('a request that only resembles a move is not one where the agent also books', () => {
    expect(matchTool('I missed my appointment today, can I get another one tomorrow', tools)?.name).not.toBe(
      'reschedule_slot',
    );
    expect(matchTool('I have to postpone my appointment', tools)?.name).toBe('reschedule_slot');
    expect(matchTool('can it be friday instead', tools)?.name).toBe('reschedule_slot');
  });

  it('values alone ask for a move only where nothing books', () => {
    const withBooking = ['find_appointment_slots', 'book_appointment', 'reschedule_appointment'];
    expect(
      valuesMayAskFor("I'd like to see Dr. Whitfield on Friday", 'reschedule_appointment', withBooking),
    ).toBe(false);
    expect(
      valuesMayAskFor('can I move it to Friday with Dr. Whitfield', 'reschedule_appointment', withBooking),
    ).toBe(true);
    expect(
      valuesMayAskFor('can we make it Saturday 21 June 2031 at 2pm', 'reschedule_booking', [
        'get_booking',
        'reschedule_booking',
      ]),
    ).toBe(true);
  });
});
