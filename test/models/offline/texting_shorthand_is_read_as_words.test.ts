import { describe, expect, it } from 'vitest';
import { findCompanyName, findPersonName } from '../../../src/models/offline/entityExtractors.ts';
import { isCancel, isQuestion } from '../../../src/models/offline/forms/digressions.ts';
import { spelledOut } from '../../../src/models/offline/textingWords.ts';

describe('texting shorthand is read in the template’s words', () => {
  it('spells out shorthand a tool or a route is matched on', () => {
    expect(spelledOut('can i c LST-1003 tmrw 2pm')).toBe('can i see LST-1003 tomorrow 2pm');
    expect(spelledOut('when is my next appt')).toBe('when is my next appointment');
    expect(spelledOut('any appts 2morrow?')).toBe('any appointments tomorrow?');
    expect(spelledOut('can u book me in w dr okafor pls')).toBe('can you book me in with dr okafor please');
    expect(spelledOut('searching 4 a 3 bed house')).toBe('searching for a 3 bed house');
  });

  it('leaves values and ordinary words as written', () => {
    expect(spelledOut('vitamin c tablets')).toBe('vitamin c tablets');
    expect(spelledOut('Jo Kim 555-0111')).toBe('Jo Kim 555-0111');
    expect(spelledOut('INV-2046')).toBe('INV-2046');
    expect(spelledOut('need 4 bed near a school')).toBe('need 4 bed near a school');
    expect(spelledOut('I was with Maya last time')).toBe('I was with Maya last time');
  });
});

describe('a texted change of mind or question is one', () => {
  it('reads "nvm" and a refusal ending on "don’t" as giving up, not "I don’t have it"', () => {
    expect(isCancel('wait no nvm')).toBe(true);
    expect(isCancel('nah actually dont')).toBe(true);
    expect(isCancel("no, don't")).toBe(true);
    expect(isCancel("I don't have it with me")).toBe(false);
    expect(isCancel('no, Thursday')).toBe(false);
  });

  it('reads a question without its apostrophe or question mark, after an aside word', () => {
    expect(isQuestion('wait whats Scale cost')).toBe(true);
    expect(isQuestion('btw hows parking there')).toBe(true);
    expect(isQuestion('Tom Hale')).toBe(false);
    expect(isQuestion('wait, Thursday')).toBe(false);
  });
});

describe('several slots in one texted message', () => {
  it('reads a name listed before an email, and a company listed with them by its designator', () => {
    const text = 'demo tues? Ana Lima, ana@limaco.example, Lima Co';
    expect(findPersonName(text)).toBe('Ana Lima');
    expect(findCompanyName(text)).toBe('Lima Co');
    // Said alone, without other details, it is left to our question (argumentExtraction.test.ts).
    expect(findCompanyName('Acme Ltd')).toBeUndefined();
  });
});
