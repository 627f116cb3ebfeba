import { notACommonWord } from '../../routing/namedPerson.ts';
import { isStopword } from '../../routing/textFeatures.ts';
import { lookupWord } from '../../routing/wordNet.ts';
import { MONTHS, WEEKDAYS } from './calendarWords.ts';
import { spelledWords } from './spelledLetters.ts';

/**
 * "hey it's marcus bell i need to cancel", "hi this is hannah kowalski": speech-to-text writes a caller's
 * name in lower case, and without capitals "it's X" named nobody ("Whose name is the appointment
 * under?", asked of a caller who had just said it). Read as a name only when the first word is a given
 * name by its form, as the router reads one (namedPerson.ts: a word WordNet does not know, or knows only
 * as a person), and the second word is kept when it can be a surname: a noun or a word WordNet does not
 * know ("bell", "kowalski"), not "again", "calling" or "from".
 */
const INTRODUCED = /\b(?:this is|it'?s|it is|i'?m|i am)\s+([a-z][a-z'’]+)(?:\s+([a-z][a-z'’]+))?(?![\w-])/i;
/** Words of talk that WordNet does not list either: "i'm gonna be late" names nobody. */
const TALK = new Set([
  'gonna',
  'wanna',
  'gotta',
  'tryna',
  'kinda',
  'sorta',
  'lemme',
  'dunno',
  'outta',
  'hella',
]);

const isWhen = (word: string) => WEEKDAYS.includes(word) || MONTHS.includes(word);

/** Chat words WordNet does not list, which a two-word reply is often made of ("nope thanks"). */
const CHAT = new Set([
  'yep',
  'yup',
  'nope',
  'nah',
  'thx',
  'ty',
  'hiya',
  'hmm',
  'um',
  'uh',
  'lol',
  'pls',
  'plz',
  'aight',
  'gotcha',
]);

/** A word that can be part of a name said in lower case: a noun or a word WordNet does not know. */
function nameWordSaid(word: string): boolean {
  return (
    /^[a-z][a-z'’-]+$/.test(word) &&
    !isStopword(word) &&
    !TALK.has(word) &&
    !CHAT.has(word) &&
    !isWhen(word) &&
    !/ing$/.test(word) &&
    (lookupWord(word, 1)?.dominant.pos ?? 'n') === 'n'
  );
}

/**
 * "maria garcia", "hannah kowalski" (its letters spelled after it, taken off before): a lower-case
 * transcript's whole message as a name, two or three words, each a noun or unknown to WordNet, and one
 * of them a name by its form (notACommonWord). "thanks bye", "gel nails" and "nope thanks" name nobody.
 */
export function spokenNameWords(words: readonly string[], said = ''): boolean {
  if (words.length < 2 || words.length > 3) return false;
  if (words.every(nameWordSaid) && words.some((w) => notACommonWord(w))) return true;
  // "lena burns b u r n s": a word spelled out letter by letter is a name, common word or not.
  const spelled = spelledWords(said);
  const plain = (w: string) => /^[a-z][a-z'’-]+$/.test(w) && !isStopword(w) && !CHAT.has(w) && !isWhen(w);
  return words.every(plain) && spelled.some((s) => words.includes(s) || s === words.join(''));
}

/** The name a lower-case transcript introduces the caller by, title-cased; undefined when unsure. */
export function spokenIntroduction(text: string): string | undefined {
  const m = INTRODUCED.exec(text);
  if (!m) return undefined;
  const first = m[1].toLowerCase();
  const second = m[2]?.toLowerCase();
  // "it's tom becker, b e c k e r": a word of it spelled out makes it a name, common word or not.
  const spelledOut = spelledWords(text).some((w) => w === first || w === second);
  if (first.length < 3 || isStopword(first) || TALK.has(first) || isWhen(first)) return undefined;
  if (!notACommonWord(first) && !spelledOut) return undefined;
  // The next word is the surname when it can be one (a noun, or unknown to WordNet), or is spelled out
  // ("lena burns b u r n s": "burns" is first a verb).
  const surname =
    second !== undefined &&
    second.length >= 2 &&
    !isStopword(second) &&
    !isWhen(second) &&
    ((!/ing$/.test(second) && (lookupWord(second, 1)?.dominant.pos ?? 'n') === 'n') ||
      spelledWords(text).includes(second));
  const name = surname ? [first, second] : [first];
  return name.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
}
