import { describe, expect, it } from 'vitest';
import { subjectOf } from '../../../src/models/offline/forms/formQuestions.ts';
import { converse } from '../../models/offlineScenario.ts';

/**
 * "I would like to make an appointment for haircut for man": the booking desk took "haircut for man"
 * for no service (its test of a cut named by whom it is for wanted "cut" as a word of its own), asked
 * "Which service would you like?" after the customer had said it, and read "to make an appointment"
 * back as the service (dev23, careful second-language English).
 */
describe('a cut said with who it is for is booked', () => {
  it('reads the service after making "an appointment for"', () => {
    expect(subjectOf('I would like to make an appointment for haircut for man, on this Friday at 10')).toBe(
      'haircut for man',
    );
    expect(subjectOf('could I book an appointment for a blow dry tomorrow')).toBe('blow dry');
  });

  it('books a men\'s cut asked for as "haircut for man"', async () => {
    const o = await converse(
      'salon',
      [
        'Hello. I wish to make an appointment for haircut for man, this Friday at 11 o clock, if possible.',
        'My name is Piotr Zielinski and my telephone is 07700 900655.',
        'Yes, this is correct.',
      ],
      { tool: 'book_appointment', result: { booked: true, service: "men's cut" } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
