import { MONTHS, WEEKDAYS } from './calendarWords.ts';
import { findPhone } from './contactDetails.ts';
import { leadingPersonName } from './forms/slotValues.ts';
import { mayNameSomeone } from './personWord.ts';
import { SPELLED_LETTERS } from './spelledLetters.ts';
import { spokenNameWords } from './spokenIntroduction.ts';

/**
 * "Hannah Kowalski", "it's Ana Silva": a message that is only the caller's name, said before anyone
 * asked for it (after openings were listed, after the on-call doctor was named). Callers give their
 * name first, as on the phone. It took the conversation to the switchboard ("Ana Silva" matched the
 * root's words at 0.55), or reached the appointments desk, which has no use for it and asked what the
 * caller needed. A name alone is never a new topic; the agent whose own tool takes a name (identity,
 * a call back) keeps it and asks for what that tool still needs.
 *
 * Only a capitalised full name of two or three words that is the whole message (a lead-in such as
 * "it's" or "my name is" aside): "Sounds good" and "the first one" are not names, nor is "Dr Patel".
 * Speech-to-text writes no capitals: a lower-case message is a name alone when, its spelling and
 * "that's" aside, it is only two or three words that read as one (spokenIntroduction.ts).
 */
const TITLES = /^(dr|doctor|mr|mrs|ms|miss|nurse|prof|professor|the|my|a)$/i;
/** A company's legal form: "Acme Ltd" is a business, not a person. */
const LEGAL_FORMS =
  /^(ltd|limited|inc|incorporated|llc|llp|plc|gmbh|corp|corporation|co|company|pty|ag|bv)$/i;

export function nameAlone(text: string): string | undefined {
  const said = text.trim().replace(/[.!]+$/, '');
  if (/[\d?]/.test(said)) return undefined;
  const name = leadingPersonName(said);
  if (!name) return undefined;
  // Speech-to-text writes no capitals: "hannah kowalski k o w a l s k i" is the whole message as a name.
  if (said === said.toLowerCase()) {
    // "hannah kowalski, that's h a n n a h, k o w a l s k i": the spelling and its lead-in are no words
    // of the message beside the name.
    const plain = said
      .replace(SPELLED_LETTERS, ' ')
      .replace(/\b(?:that'?s|that is|spelled|spelt|as in)\b/g, ' ')
      .replace(/[\s,;:.-]+/g, ' ')
      .trim();
    const words = name.toLowerCase().split(/\s+/);
    return plain.endsWith(words.join(' ')) && spokenNameWords(words, said) ? name : undefined;
  }
  if (/[,;]/.test(said) || !said.endsWith(name)) return undefined;
  return asName(name.split(/\s+/), 2);
}

/** A word of a name as typed: letters, an apostrophe or a hyphen. */
const NAME_WORD = /^[\p{L}][\p{L}'’-]*$/u;

/**
 * `words` as a person's name: `min` to three capitalised words, no title, company form, weekday or
 * month. "Prescription Refill", "Billing Question", "Home Visit" are capitalised like a name, but made
 * only of words WordNet knows and never of a person: a name has a word it does not know ("Kowalski") or
 * knows as someone ("Dana", "Hunter").
 */
function asName(words: readonly string[], min = 1): string | undefined {
  const lower = words.map((w) => w.toLowerCase());
  if (words.length < min || words.length > 3 || !words.every((w) => NAME_WORD.test(w) && /^\p{Lu}/u.test(w)))
    return undefined;
  if (lower.some((w) => TITLES.test(w) || LEGAL_FORMS.test(w) || WEEKDAYS.includes(w) || MONTHS.includes(w)))
    return undefined;
  const name = words.join(' ');
  return leadingPersonName(name) === name && lower.some(mayNameSomeone) ? name : undefined;
}

/**
 * A message that was only a name ("Hannah Kowalski", said before it was asked: nameAlone.ts), newest
 * first. Not a reply to our question for another property: "Acme Ltd" answers the company question.
 */
export function nameSaidAlone(
  messages: readonly string[],
  answers: Readonly<Record<string, string>> | undefined,
  property: string,
): string | undefined {
  const others = new Set(Object.entries(answers ?? {}).flatMap(([p, a]) => (p === property ? [] : [a])));
  for (const m of messages) {
    const name = others.has(m) ? undefined : nameAlone(m);
    if (name) return name;
  }
  return undefined;
}

/**
 * "book a women's cut fri 9am Claire 07700 363636", "07700 900606 Priya Nair, need a mens cut": a
 * capitalised name said right beside the phone number, as a caller leaves both at once. The booking
 * asked for the name again and again, then offered a person. Only capitalised words next to the number
 * (up to three, before it, or after it up to a comma), the same test as a name said alone.
 */
export function nameBesideNumber(messages: readonly string[]): string | undefined {
  for (const m of messages) {
    const phone = findPhone(m);
    if (!phone) continue;
    const at = m.indexOf(phone);
    // "uh nadia hussain h u s s a i n and it's oh seven seven oh…": a transcript's lower-case name
    // opening the message, the number said in words after it (leadingPersonName ends it there).
    if (m === m.toLowerCase()) {
      const spoken = leadingPersonName(at > 0 ? m.slice(0, at) : m);
      if (spoken && spokenNameWords(spoken.toLowerCase().split(/\s+/), m)) return spoken;
      continue;
    }
    const before = m.slice(0, at).trim().split(/\s+/).filter(Boolean);
    const after = m
      .slice(at + phone.length)
      .split(/[,;.!?]/)[0]
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    for (let n = Math.min(3, before.length); n >= 1; n--) {
      const name = asName(before.slice(-n));
      if (name) return name;
    }
    for (let n = Math.min(3, after.length); n >= 1; n--) {
      const name = asName(after.slice(0, n));
      if (name) return name;
    }
  }
  return undefined;
}

/**
 * "Dana Ruiz, 555-0134" and nothing else: a caller's name and number, the answer to "Whose name is it
 * under?" of a look-up, never a new booking though a booking takes both.
 */
export function onlyNameAndNumber(text: string): boolean {
  const phone = findPhone(text);
  if (!phone) return false;
  const rest = text
    .replace(phone, ' ')
    .replace(/\b(?:it'?s|its|this is|i'?m|im|my name is|my number is|number is|phone is|and|here)\b/gi, ' ')
    .replace(/[\s,.;:!-]+/g, ' ')
    .trim();
  return rest !== '' && nameAlone(rest) !== undefined;
}
