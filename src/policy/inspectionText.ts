import unhomoglyph from 'unhomoglyph';

/**
 * The text the injection guard matches its (ASCII, lower-case) patterns against, with the usual ways
 * of slipping a trigger word past a filter undone:
 * - compatibility forms (fullwidth `ｉｇｎｏｒｅ`, ligatures) — NFKC;
 * - invisible characters between letters (zero-width space, U+034F combining grapheme joiner, U+FE0F
 *   variation selector, bidi controls, tag characters) — every Default_Ignorable_Code_Point, taken
 *   from the Unicode properties of the running Node, not a hand-kept list;
 * - look-alike letters from other scripts (Cyrillic `іgnore`, `transfer_tо_`) — the UTS #39
 *   confusable skeleton (Unicode confusables.txt, via the `unhomoglyph` package), applied to non-ASCII
 *   characters only: ASCII is already what the patterns are written in, and the skeleton of ASCII
 *   itself (`m` → `rn`) would only break them;
 * - ASCII smuggled in tag characters (U+E0020–E007E, invisible on screen but read by a model) —
 *   decoded and inspected as an extra line.
 */

/** Printable ASCII and line breaks: none of the passes below could change it but the lower-casing. */
const PLAIN_ASCII = /^[\x20-\x7e\t\n\r]*$/;
const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const NON_ASCII_RUN = /[^\p{ASCII}]+/gu;
const TAG_RUN = /[\u{E0020}-\u{E007E}]+/gu;
const TAG_BASE = 0xe0000;

/**
 * Skeleton of one character, remembered: `unhomoglyph` runs a regex of ~6,000 alternatives per call,
 * and a conversation in one script repeats the same few dozen letters. Bounded so hostile input with
 * many distinct characters cannot grow it without limit.
 */
const skeletonOf = new Map<string, string>();
const SKELETON_CACHE_MAX = 8192;

/** The skeleton of a run of non-ASCII characters, one remembered character at a time. */
function skeletonRun(run: string): string {
  let out = '';
  for (const char of run) {
    let mapped = skeletonOf.get(char);
    if (mapped === undefined) {
      mapped = unhomoglyph(char);
      if (skeletonOf.size < SKELETON_CACHE_MAX) skeletonOf.set(char, mapped);
    }
    out += mapped;
  }
  return out;
}

/** ASCII hidden in tag characters, one line per run, or '' when there is none. */
function taggedAscii(text: string): string {
  const runs = text.match(TAG_RUN);
  if (!runs) return '';
  return runs
    .map((run) => String.fromCodePoint(...[...run].map((c) => c.codePointAt(0)! - TAG_BASE)))
    .join('\n');
}

/** Lower-cased, NFKC-folded, default-ignorables removed, confusables reduced to their skeleton. */
export function normalizeForInspection(text: string): string {
  // Most messages are plain ASCII: skip the Unicode passes (every handoff pays this).
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  const smuggled = taggedAscii(text);
  const folded = text.normalize('NFKC').replace(DEFAULT_IGNORABLE, '').toLowerCase();
  // Lower-case before the skeleton (Cyrillic `І` must become `і`, whose skeleton is `i`) and after it
  // (some prototypes are capitals).
  const skeleton = folded.replace(NON_ASCII_RUN, skeletonRun).toLowerCase();
  return smuggled ? `${skeleton}\n${smuggled.toLowerCase()}` : skeleton;
}
