import { describe, expect, it } from 'vitest';
import { pickedByTime } from '../../../src/models/offline/forms/pickByTime.ts';
import { leadingPersonName } from '../../../src/models/offline/forms/slotValues.ts';
import { findPersonName } from '../../../src/models/offline/personNames.ts';
import { writtenAsDigits } from '../../../src/models/offline/spokenNumbers.ts';
import { converse } from '../offlineScenario.ts';

// Dialogue batch 23's phone calls, as speech-to-text writes them: lower case, fillers, names spelled
// out letter by letter, UK mobiles read "oh seven seven hundred…", a name and birth date in one breath.
// Each of these asked its question again until the caller was offered a person.
describe('a phone caller gives name, number and birth date as spoken', () => {
  it('reads the name before its spelling, a spoken number or a birth date', () => {
    expect(leadingPersonName("it's margaret ellison E L L I S O N")).toBe('Margaret Ellison');
    expect(leadingPersonName("um it's sam lee s-a-m l-e-e")).toBe('Sam Lee');
    expect(
      leadingPersonName("chloe danvers and it's oh seven seven hundred nine hundred seven one nine"),
    ).toBe('Chloe Danvers');
    expect(leadingPersonName('omar haddad june nineteenth nineteen eighty seven')).toBe('Omar Haddad');
    expect(
      leadingPersonName(
        "it's under my name lucy brennan and my number is oh seven seven hundred nine hundred five five eight",
      ),
    ).toBe('Lucy Brennan');
    // Fillers and initials are no name, and initials stay.
    expect(leadingPersonName('um')).toBeUndefined();
    expect(leadingPersonName('well')).toBeUndefined();
    expect(leadingPersonName("it's j. r. smith")).toBe('J. R. Smith');
  });

  it('takes the two words before a birth date as the name, only when they read as one', () => {
    expect(
      findPersonName('hey I need to cancel an appointment marcus bell july fourth nineteen ninety'),
    ).toBe('Marcus Bell');
    expect(findPersonName('cancel appointment 12/08/1999')).toBeUndefined();
    expect(findPersonName('my birthday is march 12 1984')).toBeUndefined();
  });

  it('reads a UK mobile said with hundreds as its digits, and nothing shorter', () => {
    expect(writtenAsDigits("it's oh seven seven hundred nine hundred eight one two")).toBe(
      "it's 07700900812",
    );
    expect(writtenAsDigits('oh seven seven double oh nine hundred three oh three')).toBe('07700900303');
    expect(writtenAsDigits('oh one hundred')).toBe('100');
  });

  it('picks an offered time said as a bare hour only when it cannot be a place in the list', () => {
    const slots = [
      { slotId: 'SL-416', date: '2026-12-01', time: '11:00' },
      { slotId: 'SL-420', date: '2026-12-02', time: '11:00' },
      { slotId: 'SL-424', date: '2026-12-03', time: '14:00' },
    ];
    expect(pickedByTime('11 is fine', slots)).toBe(0);
    expect(pickedByTime("two o'clock please", slots)).toBeUndefined();
    expect(pickedByTime("2 o'clock please", slots)).toBe(2);
    expect(pickedByTime('2 please', slots)).toBeUndefined();
  });

  it('books a caller who gives a lower-case name, spells it, and reads out a mobile', async () => {
    const o = await converse(
      'salon',
      [
        'hi um I need to book a cut and blow dry',
        'tuesday at ten in the morning please',
        "it's margaret ellison E L L I S O N",
        "oh the mobile it's oh seven seven hundred nine hundred eight one two",
        'yes that is lovely thank you',
      ],
      { tool: 'book_appointment', result: { booked: true, service: "women's cut and blow-dry" } },
    );
    expect(o.unmet).toEqual([]);
    const booked = o.turns.flatMap((t) => t.tools).find((t) => t.tool === 'book_appointment');
    expect(booked?.arguments).toMatchObject({ customerName: 'Margaret Ellison', phone: '07700900812' });
  }, 180_000);

  // Dialogue batch 26: "hey it's marcus bell i need to cancel one of my appointments" named nobody (the
  // line asked whose name it was under).
  it('reads a lower-case "it\'s X Y" as a name only when X is a given name by its form', () => {
    expect(findPersonName("hey it's marcus bell i need to cancel one of my appointments")).toBe(
      'Marcus Bell',
    );
    expect(findPersonName('hi this is priya calling about my colour')).toBe('Priya');
    for (const none of [
      "hi it's me again",
      "it's my daughter",
      "i'm locked out",
      'im gonna be late',
      "it's lst-1003",
    ])
      expect(findPersonName(none)).toBeUndefined();
  });

  it('cancels for a caller who says who they are in lower case and picks the visit by its doctor', async () => {
    const o = await converse(
      'after-hours',
      [
        "yeah hi it's marcus bell, i've got to cancel an appointment",
        'five five five oh one seven eight',
        'the patel one',
        'yes cancel it please',
      ],
      { tool: 'cancel_slot', result: { cancelled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).not.toMatch(/whose name/i);
  }, 180_000);
});
