import { describe, expect, it } from 'vitest';
import { inToolWords } from '../../src/models/offline/customerWords.ts';
import { findTimeOfDay } from '../../src/models/offline/forms/slotValues.ts';
import { nameAlone, nameSaidAlone } from '../../src/models/offline/nameAlone.ts';

/**
 * clinic22 (issue #23): what real callers said that the offline model misread.
 * - "Hannah Kowalski" said after the openings were listed reached the appointments desk, which asked what
 *   she needed; "Ana Silva" after the on-call doctor was named took the call to the switchboard. A name
 *   alone is kept by the agent whose tool takes a name (nameAlone.ts).
 * - "I need to change the appointment with Dr Whitfield" offered openings: changing a booked visit is a move.
 */
describe('a name alone and a change of a visit', () => {
  it('reads a capitalised full name said alone, and nothing else', () => {
    expect(nameAlone('Hannah Kowalski')).toBe('Hannah Kowalski');
    expect(nameAlone("it's Ana Silva")).toBe('Ana Silva');
    expect(nameAlone('Mei Lin Cho.')).toBe('Mei Lin Cho');
    expect(nameAlone('Dr Whitfield')).toBeUndefined();
    expect(nameAlone('Hannah')).toBeUndefined();
    expect(nameAlone('Dana Ruiz, 1984-03-12')).toBeUndefined();
    expect(nameAlone('the first one works')).toBeUndefined();
    expect(nameAlone('sounds good')).toBeUndefined();
    expect(nameAlone('Next Friday')).toBeUndefined();
    // Capitalised like a name, but only words WordNet knows and none of them a person.
    expect(nameAlone('Prescription Refill')).toBeUndefined();
    expect(nameAlone('Billing Question')).toBeUndefined();
    expect(nameAlone('Home Visit')).toBeUndefined();
    expect(nameAlone('Grace Hunter')).toBe('Grace Hunter');
    expect(nameAlone('Acme Ltd')).toBeUndefined();
  });

  it("never reads the reply to another question as the name ('Northpeak Analytics' to the company question)", () => {
    const newestFirst = ['Northpeak Analytics', '2031-06-12', 'Dana Ruiz'];
    expect(nameSaidAlone(newestFirst, { company: 'Northpeak Analytics' }, 'name')).toBe('Dana Ruiz');
    expect(nameSaidAlone(newestFirst, { name: 'Northpeak Analytics' }, 'name')).toBe('Northpeak Analytics');
  });

  it('reads changing a booked visit as moving it', () => {
    expect(inToolWords('I need to change the appointment with Dr Whitfield')).toContain(
      'move the appointment',
    );
    expect(inToolWords('can I change my booking')).toContain('move my booking');
  });

  it('keeps reading a time after a self-correction', () => {
    expect(findTimeOfDay('3pm... no sorry, 4pm')).toBe('4pm');
  });
});
