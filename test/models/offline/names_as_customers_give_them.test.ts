import { describe, expect, it } from 'vitest';
import { findPersonName } from '../../../src/models/offline/entityExtractors.ts';
import { leadingPersonName, nameBeforeBirthDate } from '../../../src/models/offline/forms/slotValues.ts';

// Fifth pass of docs/dialogue.md: "his name is Tomás Herrera" was verified as "Tom".
describe('names with accented letters', () => {
  it('keeps every letter of a name said with "name is"', () => {
    expect(findPersonName('his name is Tomás Herrera, born May 30 2015')).toBe('Tomás Herrera');
    expect(findPersonName('my name is zoë núñez')).toBe('Zoë Núñez');
  });

  it('reads an introduced or listed name with accents', () => {
    expect(findPersonName("hi it's Inés Peña")).toBe('Inés Peña');
    expect(findPersonName('can someone call me back? José Álvarez 555 0166')).toBe('José Álvarez');
    expect(leadingPersonName('Søren Ødegård, born 1980-02-01')).toBe('Søren Ødegård');
  });
});

describe('a name before a birth-date label, after a request', () => {
  it('reads the name said between the request and "dob"', () => {
    expect(nameBeforeBirthDate("when's my next appointment? Grace Liu, dob 1952-09-14")).toBe('Grace Liu');
    expect(nameBeforeBirthDate('can I cancel my visit. Omar Haddad born 1987-06-19')).toBe('Omar Haddad');
    expect(nameBeforeBirthDate('what is my dob on file?')).toBeUndefined();
  });
});
