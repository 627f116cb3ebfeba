import { describe, expect, it } from 'vitest';
import { confirmation } from '../../../src/models/offline/forms/formQuestions.ts';

const schema = {
  type: 'object',
  properties: { serviceDescription: { type: 'string', description: "The service in the customer's words" } },
};

/** The read-back says the service as the customer named it, whole words only. */
describe('a read-back names the service', () => {
  it('drops the request around it, never part of a word ("do you have anything" was read back as "nything")', () => {
    expect(
      confirmation(
        undefined,
        'book_appointment',
        { serviceDescription: 'hello! do you have anything on thursday evening?' },
        schema,
      ),
    ).not.toMatch(/\bnything/);
    expect(
      confirmation(
        undefined,
        'book_appointment',
        { serviceDescription: "I want to book a men's cut on Friday at 11" },
        schema,
      ),
    ).toMatch(/men's cut/);
  });
});
