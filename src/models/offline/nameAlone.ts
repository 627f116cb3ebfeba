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

export function nameAlone(text: string): string | undefined {
  const said = text.trim().replace(/[.!]+$/, '');
  if (/[\d,;?]/.test(said)) return undefined;
  const name = leadingPersonName(said);
  if (!name || !said.endsWith(name)) return undefined;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3) return undefined;
  if (!words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => TITLES.test(w) || WEEKDAYS.includes(w) || MONTHS.includes(w))) return undefined;
  return name;
}
