import { describe, expect, it } from 'vitest';
import { nameAlone, nameBesideNumber } from '../../../src/models/offline/nameAlone.ts';
import { nameBeforeBirthDate } from '../../../src/models/offline/nameBeforeBirthDate.ts';
import { findPersonName } from '../../../src/models/offline/personNames.ts';
import { spelledOut } from '../../../src/models/offline/textingWords.ts';

// Speech-to-text writes a caller's name in lower case, often spelled out after it, and a desk that had
// asked something else ("Over how many months…?", "What's the new phone number?") never heard it: the
// caller was asked for their name after giving it, then offered a person.
describe('a lower-case name said alone or before its number', () => {
  it('is a name alone when the whole message is one, its spelling aside', () => {
    expect(nameAlone('priya nair')).toBe('Priya Nair');
    expect(nameAlone('lena burns b u r n s')).toBe('Lena Burns');
    expect(nameAlone('um samuel okoro')).toBe('Samuel Okoro');
    expect(nameAlone("priya nair, that's p r i y a, n a i r")).toBe('Priya Nair');
    // Replies, requests and chat are no names.
    for (const said of [
      'thanks bye',
      'nope thanks',
      'gel nails',
      'sounds good',
      'yes please',
      'lena burns, cancel it',
    ])
      expect(nameAlone(said), said).toBeUndefined();
  });

  it('keeps a spelled-out name from texting shorthand: its u is no "you", its n no "and"', () => {
    expect(spelledOut('lena burns b u r n s')).toBe('lena burns b u r n s');
    // Texting is still read: "can i c u" and "cut n colour".
    expect(spelledOut('can i c u tmrw')).toBe('can i see you tomorrow');
    expect(spelledOut('a cut n colour')).toBe('a cut and colour');
    expect(spelledOut('forgot my pw cant log in')).toBe('forgot my password cant log in');
  });

  it('reads the name before a number, and after "the name\'s"', () => {
    expect(nameBesideNumber(["uh lena burns b u r n s and it's 07700900123"])).toBe('Lena Burns');
    expect(findPersonName("the name's tom avery and the number is 07700900456")).toBe('Tom Avery');
    expect(nameBesideNumber(['i need a cut on friday, 07700900123'])).toBeUndefined();
    // A common word is a name when it is spelled out too ("tom" is a cat to WordNet).
    expect(findPersonName("can someone ring me back, it's tom becker, b e c k e r")).toBe('Tom Becker');
    expect(findPersonName("it's tom, the cat, he won't eat")).toBeUndefined();
  });

  it("reads the name before a birth date's label", () => {
    expect(nameBeforeBirthDate('got a letter about a bill. samuel okoro, dob 1/2/1969')).toBe('Samuel Okoro');
    expect(nameBeforeBirthDate('priya nair date of birth 11/23/1978')).toBe('Priya Nair');
    expect(nameBeforeBirthDate('my dob is 1/2/1969')).toBeUndefined();
  });
});
