import { lightStem } from './lightStem.ts';
import { isStopword } from './textFeatures.ts';
import { lookupWord, supersenseOf } from './wordNet.ts';

/**
 * "can I talk to Priya please", "is Maya there? I need to speak to her now", "put me through to Dr
 * Okafor": asking to speak with someone by name asks for a person as plainly as "get me a manager".
 * The lexicon's person concept knows the roles (manager, staff, a real person) but not names, and no
 * graph lists every name a caller may use, so a name is recognised by its form: after a verb of
 * speaking with someone, a title ("Dr", "Mrs"), "him" or "her", a word WordNet either does not know
 * (a given name: "Priya", "Okafor") or knows only as a person ("Maya", "Sarah"), or a capitalised word
 * whose commonest sense is a living thing ("Rose").
 *
 * Not a name: a role or a department ("talk to sales", "speak to the manager": the lexicon and the
 * examples decide those), the customer's own people ("talk to my wife"), anyone at all ("speak to
 * someone about my bill"), and a word followed by another noun ("talk to tech support").
 */
const CONTACT =
  /\b(?:speak(?:ing)?|talk(?:ing)?|chat(?:ting)?)\s+(?:to|with)\s+|\bput\s+(?:me\s+)?through\s+to\s+/gi;
const TITLES = new Set(['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'nurse']);
const PRONOUNS = new Set(['him', 'her']);
/** Anyone at all is no one by name; the lexicon reads "someone real" and "somebody in charge". */
const ANYONE = new Set([
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'everyone',
  'whoever',
  'you',
  'u',
  'ya',
  'yall',
]);

/** The words of the name a message asks to speak with ("Dr Okafor", "Priya"), or null. */
export function namedPersonAsked(text: string): string | null {
  for (const match of text.matchAll(CONTACT)) {
    const after = text.slice((match.index ?? 0) + match[0].length);
    const words = after.match(/^[\p{L}'.]+(?:\s+[\p{L}'.]+)?/u)?.[0].split(/\s+/) ?? [];
    const [first = '', second = ''] = words.map((w) => w.replace(/[.']+$/u, ''));
    const lower = first.toLowerCase();
    if (TITLES.has(lower) && /^\p{L}{2,}$/u.test(second)) return `${first} ${second}`;
    if (PRONOUNS.has(lower)) return first;
    if (ANYONE.has(lower) || isStopword(lower) || !/^\p{L}{3,}$/u.test(first)) continue;
    if (nounFollows(second)) continue;
    if (notACommonWord(lower) || (/^\p{Lu}/u.test(first) && nameLike(lower))) return first;
  }
  return null;
}

/** "tech support", "billing team": the word after the candidate makes it a modifier, not a name. */
function nounFollows(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === '' || isStopword(lower) || !/^\p{L}{3,}$/u.test(lower)) return false;
  const senses = lookupWord(lower, 1);
  return senses?.dominant.pos === 'n';
}

/**
 * A capitalised word that is also a common word names someone when its commonest sense is a living
 * thing: "Rose", "Tom" (a flower, a cat), not "Billing" or "Support".
 */
const NAME_SENSES = new Set(['noun.person', 'noun.animal', 'noun.plant']);
function nameLike(word: string): boolean {
  const dominant = lookupWord(word, 1)?.dominant;
  return dominant !== undefined && NAME_SENSES.has(supersenseOf(dominant));
}

/** Unknown to WordNet (a given name it lacks), or known only as a person ("maya", "sarah"). */
export function notACommonWord(word: string): boolean {
  // "billing", "bookings": WordNet lists the stem ("bill", "booking"), not every form of it.
  const senses = lookupWord(word, 3) ?? lookupWord(lightStem(word), 3);
  if (!senses) return true;
  return senses.synsets.every((s) => s.pos === 'n' && supersenseOf(s) === 'noun.person');
}
