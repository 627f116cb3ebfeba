import { lookupWord, supersenseOf } from '../../../routing/wordNet.ts';
import { MONTH_AND_DAY_SAID } from '../dayOfMonth.ts';
import { findDate, NUMERIC_DATE } from '../entityExtractors.ts';
import { SPELLED_LETTERS } from '../spelledLetters.ts';
import { SPOKEN_DIGIT_RUN } from '../spokenNumbers.ts';
import { withFullBirthYears } from '../twoDigitYears.ts';
import { afterSelfCorrection } from './selfCorrection.ts';

/**
 * Type checks for form answers, so that a reply fills a slot only with a value of the slot's kind:
 * "3pm works" is a time, never a name; "yes book it" is agreement, never a service; "the first one is
 * fine" is a choice, never a person.
 */

const MERIDIEM = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?![a-z])/i;
const CLOCK = /\b([01]?\d|2[0-3]):([0-5]\d)\b/;
/**
 * "at 11", "around 2", "about 3" ("at half 2" is too loose): only when no date or unit follows the number. The unit is
 * a whole word: "tues at 2 then" is a time ("then" is no "th").
 */
const AT_HOUR =
  /\b(?:at|around|about|round) (\d{1,2})(?:[:.](\d{2}))?\b(?!\s*(?:(?:st|nd|rd|th|of|days?|weeks?|years?|minutes?|hours?)\b|-|\/|\d|%))/i;
const NAMED = /\b(noon|midday)\b/i;
// "wednesday lunchtime ideally", "at lunch time": midday, as the salon's clock reads "lunchtime"
// (timeOfDay.ts). "before lunch" and "after lunchtime" are parts of the day (partOfDayWanted.ts).
const LUNCHTIME = /(?<!\b(?:before|after|until|till|by|from)\s+)\blunch\s?time\b/i;
/** "3 o'clock", "eleven o'clock" (spokenNumbers.ts writes the digits). */
const O_CLOCK = /\b(\d{1,2})\s*o['’]?\s?clock\b/i;
/** "half 3" (half past three, as said in Britain), "half past 3", "quarter past 4", "quarter to 5". */
const HALF_OR_QUARTER =
  /\b(half|quarter)\s+(past\s+|to\s+)?(\d{1,2})\b(?![:.]?\d|\s*(?:hours?|minutes?|days?)\b)/i;
/**
 * An hour said after the day or its part, loosely: "friday afternoon maybe like 2", "tomorrow around
 * 2". Not before a unit, a date or a count ("Saturday 5 December", "tomorrow 3 bed").
 */
const AFTER_THE_DAY = new RegExp(
  '\\b(?:morning|afternoon|evening|today|tomorrow|tonight|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)' +
    '(?:\\s*,)?(?:\\s+(?:maybe|like|say|probably|ideally|hopefully|or so))+\\s+(\\d{1,2})\\b' +
    '(?![:.]?\\d|\\s*(?:-|/|%|k\\b|st\\b|nd\\b|rd\\b|th\\b|of\\b|beds?\\b|bedrooms?\\b|baths?\\b|people\\b|persons?\\b|minutes?\\b|hours?\\b|days?\\b|weeks?\\b|months?\\b|years?\\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))',
  'i',
);
/**
 * "11 in the morning", "2 in the afternoon", "7 in the evening": the part of the day says am or pm. "at
 * 10 of the morning", as learners of English say it ("a las 10 de la mañana"), is 10am too.
 */
const IN_THE_PART = /\b(\d{1,2})(?:[:.](\d{2}))?\s+(?:in|of)\s+the\s+(morning|afternoon|evening)\b/i;
/**
 * A change's new hour said with its verb: "make it 11 instead", "push it back to 4?", "move me to 10
 * please". Only when nothing but the clause's end or a closing word follows ("make it 6 seats" is a count),
 * or the hour it replaces ("make it 4 not 3, I finish work late on Fridays").
 * "push it back to 11 same day", "move it to 3 that day": the day kept, said after the hour, closes it too.
 */
const CHANGED_TO_HOUR =
  /\b(?:make it|(?:move|push|bring|put|change|switch)\s+(?:it|that|this|me|us|my \w+|the \w+)\s+(?:back\s+|forward\s+)?to)\s+(\d{1,2})(?:[:.](\d{2}))?(?=\s*(?:$|[,.;!?]|(?:please|pls|instead|then|thanks|if|on|the same|same|that day)\b|not (?:at )?\d{1,2}\b(?![:.]?\d|\s*(?:seats?|people|persons?|guests?|of)\b)))/i;
/** "2ish", "6-ish": an hour said roughly. */
const ISH_HOUR = /\b(\d{1,2})\s*-?ish\b/i;

/**
 * A clock time as the customer said it ("3pm", "14:30", "at 11", "noon"), or undefined. Corrected in
 * the message ("3pm... no sorry, 4pm"): the time said after the correction (selfCorrection.ts).
 */
export function findTimeOfDay(text: string): string | undefined {
  const corrected = afterSelfCorrection(text);
  // "move my 1:30 appointment … to the morning instead, same day, 8:30?": the time naming the booking is
  // its own, not the one wanted, when another is said (the move had been read back to 1:30).
  const unowned = text.replace(RECORD_TIME, ' the appointment ');
  const other = unowned === text ? undefined : timeIn(unowned);
  // "one o'clock hmm she's got lunch … can you push it to three o'clock same day": the hour the booking
  // has, said first, was the one moved to (a move onto the same slot). The time after the change's verb.
  const change = CHANGE_TO.exec(text);
  const wanted = change ? timeIn(text.slice(change.index)) : undefined;
  return (corrected === undefined ? undefined : timeIn(corrected)) ?? wanted ?? other ?? timeIn(text);
}

/** A change's verb and its "to": "push it back to", "move her to", "make it". */
const CHANGE_TO =
  /\b(?:make it|(?:move|push|bring|put|change|switch|shift)\s+(?:it|that|this|me|us|her|him|them|my \w+|the \w+)\s+(?:back\s+|forward\s+)?to)\s+/i;

/** "my 1:30 appointment", "the 10am booking": a time said as which record, not as a time wanted. */
const RECORD_TIME =
  /\b(?:my|the|our|his|her|their)\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s+(?:o'?clock\s+)?(?:appointment|appt|booking|visit|viewing|session|slot|tour)\b/gi;

function timeIn(text: string): string | undefined {
  const withoutDates = text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ');
  const m = withoutDates.match(MERIDIEM);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12)
    return `${m[1]}${m[2] ? `:${m[2]}` : ''}${m[3].toLowerCase().replace(/\./g, '')}`;
  const c = withoutDates.match(CLOCK);
  // As said: "2:30" read back as "02:30" told a clinic caller a time in the night the tool never meant.
  if (c) return `${c[1]}:${c[2]}`;
  const part = withoutDates.match(IN_THE_PART);
  if (part && Number(part[1]) >= 1 && Number(part[1]) <= 12)
    return `${part[1]}${part[2] ? `:${part[2]}` : ''}${part[3].toLowerCase() === 'morning' ? 'am' : 'pm'}`;
  const at = withoutDates.match(AT_HOUR);
  if (at && Number(at[1]) >= 1 && Number(at[1]) <= 23) return `at ${at[1]}${at[2] ? `:${at[2]}` : ''}`;
  const oclock = withoutDates.match(O_CLOCK);
  if (oclock && Number(oclock[1]) >= 1 && Number(oclock[1]) <= 12) return `at ${oclock[1]}`;
  const quarter = withoutDates.match(HALF_OR_QUARTER);
  if (quarter && Number(quarter[3]) >= 1 && Number(quarter[3]) <= 12) {
    const to = /^to/i.test(quarter[2] ?? '');
    const hour = to ? ((Number(quarter[3]) + 10) % 12) + 1 : Number(quarter[3]);
    const minutes = quarter[1].toLowerCase() === 'half' ? 30 : to ? 45 : 15;
    // "half to" is no time.
    if (!(to && minutes === 30)) return `at ${hour}:${minutes}`;
  }
  const changed = withoutDates.match(CHANGED_TO_HOUR);
  if (changed && Number(changed[1]) >= 1 && Number(changed[1]) <= 23)
    return `at ${changed[1]}${changed[2] ? `:${changed[2]}` : ''}`;
  const loose = withoutDates.match(AFTER_THE_DAY);
  if (loose && Number(loose[1]) >= 1 && Number(loose[1]) <= 12) return `at ${loose[1]}`;
  const ish = withoutDates.match(ISH_HOUR);
  if (ish && Number(ish[1]) >= 1 && Number(ish[1]) <= 23) return `at ${ish[1]}`;
  const named = withoutDates.match(NAMED);
  return named || LUNCHTIME.test(withoutDates) ? '12:00' : undefined;
}

/** Words that are never part of a person's name: answers, fillers, choices, booking words. */
const NOT_NAME_WORDS = new Set(
  (
    'yes yeah yep no nope ok okay sure fine great please thanks thank you the a an first second third ' +
    'last one two that this it is are was be book booking works work good perfect sounds right wrong ' +
    'correct cancel stop help what when where why how who which can could would should do does did ' +
    'me my mine we our us i hi hello hey morning afternoon evening today tomorrow tonight next week ' +
    'monday tuesday wednesday thursday friday saturday sunday am pm and or for with at on in of to ' +
    'cut haircut appointment service name number phone email about just actually sorry wait never mind ' +
    'not sure maybe any anyone whoever free time open close closed if possible poss w ' +
    // "go ahead" to a name question the caller thinks we already have is agreement, not "Go Ahead".
    'go ahead born dob birthday birth ' +
    // Agreement and refusal as texted: "ya" to the name question was booked as "Ya" (a QA chat probe).
    'ya yah yea yup yh ye yas k kk nah naw nvm idk lol np ty thx pls plz ' +
    // Spoken fillers, as speech-to-text writes a call.
    'um umm uh uhh er erm hmm well so ' +
    // Someone spoken for: "she says August 30th" (verified as "She Says").
    'she he they them hers him says ' +
    // A time picked by how it is: "whatever's latest" to "What time would you like?" became the name.
    'whatever whichever whenever latest earliest soonest'
  ).split(' '),
);

/**
 * A word WordNet knows only as a description or a manner ("earliest", "soonest", "asap"): no one's
 * name. "earliest" said to "what time?" was booked as the customer's name, and the real one after it
 * was dropped. Names it knows as things ("Rose", "Mark") or not at all ("Priya") stay names.
 */
function onlyDescribes(word: string): boolean {
  const senses = lookupWord(word.toLowerCase().replace(/[.'’]/g, ''), 50);
  return senses?.synsets.every((s) => /^(adj|adv)\./.test(supersenseOf(s))) === true;
}

/** Whether `value` reads as a person's name: one to four words of letters, none a filler. */
export function isPersonName(value: string): boolean {
  const words = value.trim().split(/\s+/);
  if (words.length === 0 || words.length > 4) return false;
  return (
    words.every((w) => /^[\p{L}][\p{L}'’-]*\.?$/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase())) &&
    !words.every(onlyDescribes)
  );
}

/**
 * How people introduce a name when asked for it: "it's Dana", "this is Dana", "under Leah Grant"; also
 * after a greeting, as a caller opens: "hi its grace liu, 14th september 1952"; or after a bare
 * acknowledgement ("ok. Zoe Hart": the "ok." was read back as part of the name), or a spoken filler
 * ("um it's sam lee", as speech-to-text writes a call).
 */
const NAME_LEAD_IN =
  /^(?:(?:yes|yeah|sure|ok|okay|hi|hello|hey|um+|uh+|erm?|so|well|good (?:morning|afternoon|evening))[,.!]?\s+)*(?:(?:(?:it'?s |it'?ll be |it will be |put it |book it )?under(?: the name(?: of)?| (?:my|her|his|their) name,?)?|(?:my|her|his|their) name is|(?:my|her|his|their) name'?s|the name'?s|name'?s|the name is|it'?s|it is|this is|i'?m|i am|for)\s+)?/i;

/** A word spelled out ("E L L I S O N", "n-o-w-a-k"; spelledLetters.ts), with a full stop after it. */
const SPELLED_OUT = new RegExp(`${SPELLED_LETTERS.source}\\.?`, 'giu');

/**
 * Where a name given with more ends: "Dana Ruiz 1984-03-12" texted without a comma ends where the digits
 * start, "sam lee sam@lee.example" where the email starts (the name was asked for again), "chloe danvers
 * and it's oh seven seven hundred…" where a number said in words starts, "omar haddad june nineteenth…"
 * where a birth date said aloud starts, "marcus bell here, number 555-0178" at the caller's "here" (the name
 * was "Marcus Bell Here", and no booking was found under it).
 */
const NAME_ENDS = new RegExp(
  String.raw`[,;]|\s+(?=\d)|\s+(?=[\w.+-]+@[\w-]+\.)|\s+(?:here|speaking)\b|\s+(?:born|dob|d\.o\.b\.?|date of birth|birthday|and (?:my|the|it'?s|its|it is)|my (?:number|phone|mobile|email))\b` +
    String.raw`|\s+(?=${SPOKEN_DIGIT_RUN})|\s+(?=${MONTH_AND_DAY_SAID})`,
  'i',
);

/**
 * The name at the start of a reply to "what's your name?": "Dana Ruiz, born 1984-03-12" → "Dana
 * Ruiz"; "it's under Leah Grant", "it'll be under Amira Haddad" → the name; "the first one is fine" →
 * nothing.
 */
export function leadingPersonName(text: string): string | undefined {
  const head = text
    .trim()
    .replace(NAME_LEAD_IN, '')
    // "margaret ellison E L L I S O N": the name spelled out letter by letter, as callers do on the phone.
    .replace(SPELLED_OUT, ' ')
    .split(NAME_ENDS)[0]
    .replace(/[.!?\s]+$/, '')
    .trim();
  // "Her date of birth is…", said for someone: the possessive before the birth date is no name ("Her").
  if ((!isPersonName(head) && !isCouple(head)) || /^(?:her|his|their)$/i.test(head)) return undefined;
  return head === head.toLowerCase()
    ? head.replace(/(^|[\s'-])(\p{L})/gu, (_, b, c) => b + c.toUpperCase())
    : head;
}

/**
 * "Priya and Sam Kapoor", "Tom & Ana Ruiz": two people a viewing or a table is for, named together, which
 * is the name it goes under. It was no name ("and" is none), and the question was asked again and again.
 * Not "Leo and his mum": each side is a name of its own.
 */
function isCouple(text: string): boolean {
  const sides = text.split(/\s+(?:and|&)\s+/i);
  return (
    sides.length === 2 &&
    text.split(/\s+/).length <= 5 &&
    sides.every((side) => isPersonName(side) && !/\b(?:his|her|hers|their|your|yours)\b/i.test(side))
  );
}

/** Words that carry no content of their own in a request ("yes book it please"). */
const FILLER = new Set(
  (
    'yes yeah yep ok okay sure please thanks thank you that this it book booking go ahead do just ' +
    'fine great perfect sounds good works right correct the a an and for me i want would like to can ' +
    'could you'
  ).split(' '),
);

/** A free-text answer that is only agreement or filler ("yes book it", "ok please"): not a value. */
export function isOnlyFiller(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  return words.length === 0 || words.every((w) => FILLER.has(w));
}

/**
 * A member of staff named as such: "with Maya", "by Theo", "see Dr. Okafor", "Priya as my stylist".
 * A bare "Priya" is not enough: "my name is Priya Shah" books with whoever is free.
 */
export function findRoleMember(text: string, members: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  const found: { member: string; m: string }[] = [];
  const spoken = members.map((member) =>
    member
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim(),
  );
  for (const [i, member] of members.entries()) {
    const m = spoken[i];
    if (m === '') continue;
    // "can I have Jonas instead of Theo", "not Theo, Jonas": one of the staff put in another's place is
    // named as such (a bare name could be the customer's own: "put it under Priya instead"). The one
    // turned down may have been taken out already ("not , Jonas": withoutMembersDenied).
    const others = spoken.filter((o, j) => j !== i && o !== '').join('|');
    const inPlaceOf = others
      ? `|\\b${m}\\s+(?:instead of|rather than|in place of|not)\\s+(?:${others})\\b|\\bnot\\s*(?:${others})?\\s*[,;]\\s*(?:with\\s+)?${m}\\b`
      : '';
    const named = new RegExp(
      `\\b(?:with|w|by|see|seeing|dr\\.?|doctor|stylist|prefer|want|book)\\s+(?:dr\\.?\\s+|doctor\\s+)?${m}\\b|\\b${m}\\s+(?:as|is|for)\\s+(?:my|the)\\s+(?:stylist|doctor)\\b|^\\s*${m}\\s*(?:please)?[.!]?\\s*$` +
        // Asked after as one who works here: "is aisha in on friday?", "when is theo free", "maya's availability".
        `|\\b(?:is|does|will|when(?:'?s| is| does))\\s+${m}\\s+(?:in|working|work|free|available|around|on)\\b|\\b${m}(?:'?s)?\\s+(?:free|available|availability)\\b` +
        // "does priya have anything saturday afternoon?", "has theo got any space": her own times (dev16-salon-02).
        `|\\b(?:does|has|can|could)\\s+${m}\\s+(?:have|got|has|do|fit|squeeze|take)\\b` +
        // "ok, Theo's 11:30 then", "Aisha at 13:30 please", "Dr Whitfield's one": one of their times picked
        // from a list (it booked Maya; Jonas).
        `|\\b${m}['’]s\\s+(?:\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?\\b|one\\b|slot\\b|time\\b|opening\\b)|\\b${m}['’]s\\s*(?:please|pls)?[.!]?\\s*$|^\\W*(?:(?:ok|okay|yes|yeah|then|um)\\W+)*${m}\\s+at\\s+\\d{1,2}(?::\\d{2})?\\b${inPlaceOf}`,
    );
    if (named.test(lower)) found.push({ member, m });
  }
  return found.length > 1
    ? (found.find(({ m }) => wantedInstead(lower, m)) ?? found[0]).member
    : found[0]?.member;
}

/**
 * "1:30 with Dr Okafor is in school time. anything Thursday with Dr Whitfield instead?": of two named,
 * the one said before a trailing "instead" is wanted (it booked Okafor, the one turned down).
 */
function wantedInstead(lower: string, m: string): boolean {
  return lower
    .split(/[.!?;]+/)
    .some((sentence) => new RegExp(`\\b${m}\\b`).test(sentence) && /\binstead\b(?!\s+of\b)/.test(sentence));
}

/** What follows a name is only a date with its year ("14th september 1952", "03/12/1984"). */
function onlyADateAfter(rest: string): boolean {
  return (
    /\b\d{4}\b/.test(rest) &&
    /^[\w\s,./-]+[.!]?$/.test(rest) &&
    // "dana ruiz 03/12/1984": a date however its day and month are read is a date after a name.
    (findDate(rest, new Date(0)) !== undefined || NUMERIC_DATE.test(rest)) &&
    !/\b(at|on|for)\b/i.test(rest)
  );
}

/**
 * "Dana Ruiz, born 1984-03-12": a name said together with a date of birth, the way people answer
 * an identity check in one go. Only with the birth date beside it: a bare capitalised phrase at the
 * start of a message is too often something else.
 */
export function nameBeforeBirthDate(text: string): string | undefined {
  const birth = /\b(born|dob|d\.o\.b|date of birth|birthday)\b/i.test(text);
  // "Dana Ruiz 1984-03-12", "Marcus Bell july 4 1990": a name, then a date with a year and nothing else.
  // "Dana Ruiz, 3/12/84": a two-digit year is a birth date's here.
  const t = withFullBirthYears(text.trim());
  const firstDigit = t.search(/\d/);
  const heads = firstDigit > 0 ? [t.slice(0, firstDigit), t.slice(0, firstDigit).replace(/\S+\s*$/, '')] : [];
  for (const head of heads) {
    // The whole head is the name, or a lead-in and the name ("hi its grace liu, 14th september 1952"):
    // "lovely, please book that for 2031-06-20" names nobody.
    const said = head.replace(/[,\s]+$/, '');
    const name = onlyADateAfter(t.slice(head.length)) ? leadingPersonName(said) : undefined;
    if (name && name.toLowerCase() === said.replace(NAME_LEAD_IN, '').toLowerCase()) return name;
  }
  // "how much do I owe? Omar Haddad, 06/19/1987": the request first, then a capitalised full name and
  // a date with its year ending the message, unlabelled: the identity said after what it is for.
  const afterRequest = t.match(/[.?!]\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s*,?\s+(?=\S)/u);
  if (afterRequest?.index !== undefined) {
    const rest = t.slice(afterRequest.index + afterRequest[0].length);
    const name = onlyADateAfter(rest) ? leadingPersonName(afterRequest[1]) : undefined;
    if (name) return name;
  }
  if (!birth) return undefined;
  // "when's my next appointment? Grace Liu, dob 1952-09-14": a capitalised full name right before
  // the birth-date label, after a request. "Grace Liu. I was born September 14th, 1952.": the label said
  // as a sentence of its own (the name had been asked again, and the caller's "the knee one" read as one).
  const labelled = t.match(
    /(?:^|[.?!,;]\s*)(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?:,?\s+|[.;,]\s*(?:and\s+)?[Ii]\s+was\s+|\s+and\s+[Ii]\s+was\s+)(?:born|dob|d\.o\.b\.?|date of birth|birthday)\b/u,
  );
  const named = labelled ? leadingPersonName(labelled[1]) : undefined;
  // "hi can i get appt w dr patel nxt wk, im grace liu dob 9/14/52": texted in lower case, a full name
  // said as who one is, right before the birth-date label (the name was asked three times, then a person).
  const texted = t.match(
    /\b(?:i'?m|i am|this is|it'?s|its)\s+([a-z][a-z'’-]+\s+[a-z][a-z'’-]+),?\s+(?:born|dob|d\.o\.b\.?|date of birth|birthday)\b/,
  );
  // Words a name may be: unknown to WordNet ("liu") or a noun first ("grace"); "locked out" is no name.
  const nameLike = (w: string) => {
    const sense = lookupWord(w, 1)?.dominant;
    return sense === undefined || sense.pos === 'n';
  };
  const cased = texted?.[1].split(/\s+/).every(nameLike)
    ? texted[1].replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())
    : undefined;
  return named ?? leadingPersonName(text) ?? cased;
}
