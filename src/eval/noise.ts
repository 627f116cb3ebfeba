import { mulberry32 } from '../routing/seededRandom.ts';

/**
 * Deterministic input perturbations, to measure how routing degrades on noisy input (typed in a hurry,
 * or transcribed from speech). Every choice comes from a seeded PRNG: same text and seed → same output.
 */

export const NOISE_KINDS = ['typos', 'asr', 'casing'] as const;
export type NoiseKind = (typeof NOISE_KINDS)[number];

/** FNV-1a, so a row's seed depends on (run seed, row id, turn) and not on execution order. */
export function hashSeed(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function perturb(text: string, kind: NoiseKind, seed: number): string {
  const random = mulberry32(seed);
  if (kind === 'typos') return typos(text, random);
  if (kind === 'asr') return asr(text, random);
  return casing(text, random);
}

/** Share of words that get a typo: roughly one word in twelve, like hurried typing. */
const TYPO_RATE = 0.08;

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const NEIGHBOURS = new Map<string, string>();
for (const row of KEYBOARD_ROWS) {
  for (let i = 0; i < row.length; i++) NEIGHBOURS.set(row[i], (row[i - 1] ?? '') + (row[i + 1] ?? ''));
}

function typos(text: string, random: () => number): string {
  return text.replace(/[A-Za-z]{3,}/g, (word) => {
    if (random() >= TYPO_RATE) return word;
    const i = Math.floor(random() * word.length);
    const op = random();
    if (op < 1 / 3 && i < word.length - 1)
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (op < 2 / 3) return word.slice(0, i) + word.slice(i + 1);
    const near = NEIGHBOURS.get(word[i].toLowerCase()) ?? word[i];
    const key = near[Math.floor(random() * near.length)];
    return (
      word.slice(0, i) + (word[i] === word[i].toUpperCase() ? key.toUpperCase() : key) + word.slice(i + 1)
    );
  });
}

const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** How a recognizer writes numbers: small ones as words, ids and long numbers digit by digit. */
function numberToWords(digits: string): string {
  const n = Number(digits);
  if (digits.length > 2 || (digits.startsWith('0') && digits.length > 1))
    return [...digits].map((d) => DIGITS[Number(d)]).join(' ');
  if (n < 10) return DIGITS[n];
  if (n < 20) return TEENS[n - 10];
  return n % 10 === 0 ? TENS[n / 10] : `${TENS[Math.floor(n / 10)]} ${DIGITS[n % 10]}`;
}

/** Words a recognizer confuses with a sound-alike, each swapped half of the time. */
const HOMOPHONES = new Map<string, string[]>([
  ['to', ['two', 'too']],
  ['too', ['to', 'two']],
  ['for', ['four']],
  ['there', ['their', "they're"]],
  ['their', ['there']],
  ['your', ["you're"]],
  ['know', ['no']],
  ['no', ['know']],
  ['write', ['right']],
  ['right', ['write']],
  ['buy', ['by', 'bye']],
  ['hear', ['here']],
  ['here', ['hear']],
  ['weight', ['wait']],
  ['wait', ['weight']],
  ['our', ['hour']],
  ['its', ["it's"]],
  ['then', ['than']],
  ['one', ['won']],
  ['mail', ['male']],
]);

const FILLERS = ['um', 'uh', 'so', 'like'];
/** Share of word gaps where a spoken filler shows up in the transcript. */
const FILLER_RATE = 0.06;

/**
 * Speech-recognized text: lowercase, no punctuation, numbers spelled out, sound-alike words swapped,
 * and the fillers people say ("um", "uh") dropped in between words.
 */
function asr(text: string, random: () => number): string {
  const words = text
    .toLowerCase()
    .replace(/\d+/g, (d) => ` ${numberToWords(d)} `)
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== "'");
  const out: string[] = [];
  for (const word of words) {
    if (out.length > 0 && random() < FILLER_RATE) out.push(FILLERS[Math.floor(random() * FILLERS.length)]);
    const alikes = HOMOPHONES.get(word);
    out.push(alikes && random() < 0.5 ? alikes[Math.floor(random() * alikes.length)] : word);
  }
  return out.join(' ');
}

/** Random casing per word: lower, UPPER or Capitalized, as in chat typed on a phone with caps lock games. */
function casing(text: string, random: () => number): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const r = random();
    if (r < 1 / 3) return word.toLowerCase();
    if (r < 2 / 3) return word.toUpperCase();
    return word[0].toUpperCase() + word.slice(1).toLowerCase();
  });
}
