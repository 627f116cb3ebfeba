import { lookupWord, supersenseOf } from '../../routing/wordNet.ts';
import { MONTHS, WEEKDAYS } from './calendarWords.ts';
import { leadingPersonName } from './forms/slotValues.ts';

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
 */
const TITLES = /^(dr|doctor|mr|mrs|ms|miss|nurse|prof|professor|the|my|a)$/i;
/** A company's legal form: "Acme Ltd" is a business, not a person. */
const LEGAL_FORMS =
  /^(ltd|limited|inc|incorporated|llc|llp|plc|gmbh|corp|corporation|co|company|pty|ag|bv)$/i;

function mayNameSomeone(word: string): boolean {
  const senses = lookupWord(word, 50);
  return senses === null || senses.synsets.some((s) => supersenseOf(s) === 'noun.person');
}

export function nameAlone(text: string): string | undefined {
  const said = text.trim().replace(/[.!]+$/, '');
  if (/[\d,;?]/.test(said)) return undefined;
  const name = leadingPersonName(said);
  if (!name || !said.endsWith(name)) return undefined;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3) return undefined;
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => TITLES.test(w) || LEGAL_FORMS.test(w) || WEEKDAYS.includes(w) || MONTHS.includes(w)))
    return undefined;
  // "Prescription Refill", "Billing Question", "Home Visit": capitalised like a name, but made only of
  // words WordNet knows and never of a person. A name has a word it does not know ("Kowalski") or
  // knows as someone ("Dana", "Hunter").
  if (!lower.some(mayNameSomeone)) return undefined;
  return name;
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
