/**
 * Which triage protocol a caller's description of symptoms matches, for the clinic's and the
 * after-hours nurse line's `keywords` columns (";"-separated phrases).
 *
 * A phrase matched only as written missed how people say it: "my baby is six weeks old and has a
 * fever" never contains "baby has a fever", so a baby under three months got the adult fever advice
 * (rest and fluids) instead of "go to the emergency department"; "pain in my ear" is not "ear pain".
 * A phrase now matches when each of its content words (plural, -ing, -ed forms alike) appears in one
 * sentence of the description, in any order, within a few words of the others. Over-matching a more
 * urgent protocol is the safe way to be wrong here, so the window is generous.
 */

export type TriageProtocol = { keywords: string; urgency: string };

const URGENCY_RANK: Record<string, number> = { emergency: 3, urgent: 2, routine: 1, self_care: 0 };

/** Words a phrase may leave out or a caller may add ("my baby has a fever" → baby, fever). */
const FILLER = new Set(
  'a an the my his her their our your is are was were has have had i im me it its of in on at to and when with be been very so'.split(
    ' ',
  ),
);

/** How far apart (in words) a phrase's content words may be, beyond the phrase's own length. */
const SLACK = 8;

/**
 * A rough stem, enough to let "fevers", "hurting", "sprained" and "rashes" meet "fever", "hurt",
 * "sprain" and "rash": one ending off, then a final "e" ("breathe"/"breathing", "ache"/"aches").
 */
function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['\u2019\u0060]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** "temp is 100.8": a shortened word said for the protocols' own. */
const SHORT_FOR: Record<string, string> = { temp: 'temperature', temps: 'temperature' };

/**
 * A temperature reading that is a fever (100.4°F or 38°C and above): "temp is 100.8" says "fever"
 * though the word is not there. Read before the sentence is split, as "100.8" holds a full stop.
 */
const READING = /\b(\d{2,3}(?:\.\d)?)\s*(?:°|degrees?|deg)?\s*([fc])?\b/gi;
function saysAFever(sentence: string): boolean {
  for (const [, value, unit] of sentence.matchAll(READING)) {
    const n = Number(value);
    const u = unit?.toLowerCase();
    if ((u !== 'c' && n >= 100.4 && n <= 110) || (u !== 'f' && n >= 38 && n <= 43)) return true;
  }
  return false;
}

/** Counts said as words, by their place: "six weeks old" is 6. */
const COUNTS = 'zero one two three four five six seven eight nine ten eleven twelve'.split(' ');
/**
 * "my 2 month old has a fever": an age under three months makes the patient an infant, as the
 * protocols' "infant fever" says ("weeks old" alone covered weeks, not months).
 */
const AGE =
  /\b(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]*(weeks?|wks?|months?|mos?)[\s-]*old\b/gi;
function saysAnInfant(sentence: string): boolean {
  for (const [, count, unit] of sentence.matchAll(AGE)) {
    const word = count.toLowerCase();
    const n = word === 'a' ? 1 : COUNTS.includes(word) ? COUNTS.indexOf(word) : Number(count);
    if (/^w/i.test(unit) ? n <= 12 : n < 3) return true;
  }
  return false;
}

/** The description's sentences, each as stems: a phrase's words must meet within one of them. */
function sentences(description: string): string[][] {
  // The patient's age is said once and holds for every sentence: "my son is 7 weeks old and he feels
  // really warm. The thermometer says 100.9." is an infant's fever (it got the adult fever advice).
  const infant = saysAnInfant(description.replace(/(\d)\.(\d)/g, '$1,$2')) ? ['infant'] : [];
  return description
    .replace(/(\d)\.(\d)/g, '$1,$2')
    .split(/[.!?;\n]+/)
    .map((s) => {
      const said = words(s.replace(/(\d),(\d)/g, '$1.$2')).map((w) => stem(SHORT_FOR[w] ?? w));
      const whole = s.replace(/(\d),(\d)/g, '$1.$2');
      return [...said, ...(saysAFever(whole) ? ['fever'] : []), ...infant];
    })
    .filter((s) => s.length > 0);
}

/** Whether `phrase` is said in `sentence`: its content words all there, close together, any order. */
function says(sentence: readonly string[], phrase: string): boolean {
  const wanted = words(phrase)
    .filter((w) => !FILLER.has(w))
    .map(stem);
  if (wanted.length === 0) return false;
  const positions = wanted.map((w) => sentence.indexOf(w));
  if (positions.some((p) => p < 0)) return false;
  return Math.max(...positions) - Math.min(...positions) < wanted.length + SLACK;
}

/** How many of the protocol's phrases the description says. */
export function keywordHits(description: string, keywords: string): number {
  const said = sentences(description);
  return keywords
    .split(';')
    .map((k) => k.trim())
    .filter((k) => k !== '' && said.some((s) => says(s, k))).length;
}

/** The most urgent protocol any phrase matches, then the one with most phrases matched. */
export function pickTriageProtocol<P extends TriageProtocol>(
  description: string,
  protocols: readonly P[],
): P | null {
  let best: { protocol: P; rank: number; hits: number } | null = null;
  for (const protocol of protocols) {
    const hits = keywordHits(description, protocol.keywords);
    if (hits === 0) continue;
    const rank = URGENCY_RANK[protocol.urgency] ?? 0;
    if (!best || rank > best.rank || (rank === best.rank && hits > best.hits))
      best = { protocol, rank, hits };
  }
  return best?.protocol ?? null;
}
