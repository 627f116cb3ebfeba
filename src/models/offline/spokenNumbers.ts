/**
 * What speech-to-text writes, read as a customer would have typed it: "five five five oh one two eight"
 * is 555-0128, "forty two Juniper Court" is 42 Juniper Court, "L S T ten oh six" is LST-1006, "eleven
 * o'clock" is 11 o'clock, and the fillers "um", "uh" are dropped. Every finder (phones, references,
 * house numbers, times, amounts) reads digits, so a spoken message gave none of them.
 *
 * Only runs that can only be numbers are changed: a lone "one" ("the first one", "no one") and a lone
 * "oh" ("oh shame") stay words, and ordinals ("the second one") are left to the pick readers.
 */

import { SCALES, TEENS, TENS, UNIT_ORDINALS, UNITS } from './numberWords.ts';

const REPEATS: Readonly<Record<string, number>> = { double: 2, triple: 3 };

/**
 * Fillers a transcript keeps and nobody types: "it's uh forty two…", "um yeah hi". "er" only as written
 * in lower case (or opening a sentence): "do I need the ER?" asks about the emergency room.
 */
const FILLERS = /(^|[\s,])(?:[uU][mM]+|[uU][hH]+|[eE]rm+|[eE]r|[hH]mm+|[uU]hm)(?=[\s,.!?]|$)[,]?/g;

/** Words after which a lone "one" is a clock hour ("at one", "around one", "half one": 1:30). */
const HOUR_LEAD =
  /\b(?:at|around|about|by|after|before|from|until|till|half(?:\s+past)?|quarter\s+(?:past|to))\s*$/i;
/** Words after which a spoken run is a clock time ("two thirty pm", "eleven o'clock"). */
const HOUR_TAIL = /^\s*(?:o['’]?\s?clock|am\b|pm\b|a\.m\.|p\.m\.)/i;

// "o" is not read as zero: "eleven o'clock" is split at its apostrophe.
const isNumberWord = (w: string) => w in UNITS || w in TEENS || w in TENS || w in SCALES || w in REPEATS;

/** The message with spoken numbers and spelled-out references written as digits; else unchanged. */
export function writtenAsDigits(text: string): string {
  const unfilled = phonesWithHundreds(
    joinedAcrossPauses(text.replace(FILLERS, '$1').replace(/\s{2,}/g, ' ')),
  );
  const numbered = unfilled.replace(
    /\b[a-z]+(?:(?:\s+|-)(?:and\s+)?[a-z]+)*\b/gi,
    (phrase, offset: number, whole: string) =>
      numbersIn(phrase, whole.slice(0, offset), whole.slice(offset + phrase.length)),
  );
  return joinedReferences(numbered).trim();
}

/** One digit said as a word, with "double"/"triple" before it. */
const DIGIT_WORD = String.raw`(?:(?:double|triple)\s+)?(?:zero|nought|oh|one|two|three|four|five|six|seven|eight|nine)`;
/** Two digits said in a row, or one and "hundred" ("oh seven", "seven hundred"), as a pattern's source. */
export const SPOKEN_DIGIT_RUN = String.raw`${DIGIT_WORD}\s+(?:${DIGIT_WORD}|hundred)\b`;
const DIGIT_GROUP = String.raw`${DIGIT_WORD}(?:\s+${DIGIT_WORD})*`;
/** A pause a transcriber writes between groups of digits: a comma, dots, a dash. */
const PAUSE = String.raw`\s*(?:,|\.{1,3}|…|-)\s*`;
const PAUSED_DIGITS = new RegExp(String.raw`\b${DIGIT_GROUP}(?:${PAUSE}${DIGIT_GROUP})+\b`, 'gi');
/** How many digits a phone number has: local (555-0178), with an area code, with a trunk or country digit. */
const PHONE_LENGTHS = new Set([7, 10, 11]);

/**
 * "five five five, oh one seven eight": a phone number read out in groups, the pauses written as
 * commas, was two numbers (555 and 0178) and no phone. Digit words on both sides of the pauses whose
 * digits add up to a phone number's length are one number; "one, two, three" (counting) is left.
 */
function joinedAcrossPauses(text: string): string {
  return text.replace(PAUSED_DIGITS, (run) => {
    const words = run
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean);
    let digits = 0;
    let repeat = 1;
    for (const w of words) {
      if (w in REPEATS) repeat = REPEATS[w];
      else {
        digits += repeat;
        repeat = 1;
      }
    }
    return PHONE_LENGTHS.has(digits) ? run.replace(new RegExp(PAUSE, 'g'), ' ') : run;
  });
}

/**
 * "oh seven seven hundred nine hundred eight one two": a UK mobile read as callers say it, "seven hundred"
 * for 7-0-0, was summed as one quantity (140911). A run that opens with "oh" or "zero" is digits, never
 * a quantity: each word a digit, "hundred" two zeros, "thousand" three. Kept only at a phone number's
 * length.
 */
const PHONE_RUN =
  /\b(?:oh|zero|nought)(?:[\s,.-]+(?:zero|nought|oh|one|two|three|four|five|six|seven|eight|nine|hundred|thousand|double|triple))+\b/gi;
const DIGIT_OF: Readonly<Record<string, string>> = {
  oh: '0',
  zero: '0',
  nought: '0',
  hundred: '00',
  thousand: '000',
};

function phonesWithHundreds(text: string): string {
  return text.replace(PHONE_RUN, (run) => {
    let digits = '';
    let repeat = 1;
    for (const w of run
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean)) {
      if (w in REPEATS) repeat = REPEATS[w];
      else {
        digits += (DIGIT_OF[w] ?? String(UNITS[w])).repeat(w === 'hundred' || w === 'thousand' ? 1 : repeat);
        repeat = 1;
      }
    }
    return /^\d+$/.test(digits) && PHONE_LENGTHS.has(digits.length) && /hundred|thousand/i.test(run)
      ? digits
      : run;
  });
}

/** Each maximal run of number words in `phrase` (a stretch of words) written as digits. */
function numbersIn(phrase: string, before: string, after: string): string {
  const words = phrase.split(/(\s+|-)/);
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    if (!isNumberWord(word.toLowerCase())) {
      out.push(word);
      i++;
      continue;
    }
    // Collect the run: number words joined by spaces or hyphens ("forty-two"), "and" inside a scale.
    const run: string[] = [word.toLowerCase()];
    let j = i + 1;
    while (j + 1 < words.length) {
      const next = words[j + 1].toLowerCase();
      // "and" only inside a scale: "four hundred and fifty", never "five and six".
      const scaled = run.some((w) => w in SCALES);
      const and =
        next === 'and' && scaled && j + 3 < words.length && isNumberWord(words[j + 3].toLowerCase());
      if (!isNumberWord(next) && !and) break;
      if (!and) run.push(next);
      j += 2;
    }
    // "twenty-third", "thirty first": a day of the month said as an ordinal after its tens is 23rd, 31st
    // (it was written "20-third", and no birth date was read from "November twenty-third, 1978").
    const unit = UNIT_ORDINALS[words[j + 1]?.toLowerCase() ?? ''];
    if (run.length === 1 && run[0] in TENS && unit !== undefined && /^(?:\s+|-)$/.test(words[j] ?? '')) {
      const day = TENS[run[0]] + unit;
      out.push(`${day}${unit === 1 ? 'st' : unit === 2 ? 'nd' : unit === 3 ? 'rd' : 'th'}`);
      i = j + 2;
      continue;
    }
    const leading = out.join('');
    const trailing = words.slice(j).join('') + after;
    const digits = digitsOf(run, before + leading, trailing);
    out.push(digits ?? words.slice(i, j).join(''));
    i = j;
  }
  return out.join('');
}

/** The digits a run of number words says, or undefined when it is better left as words. */
function digitsOf(run: readonly string[], before: string, after: string): string | undefined {
  const meaningful = run.filter((w) => w !== 'oh');
  if (meaningful.length === 0) return undefined;
  if (run.length === 1) {
    const [w] = run;
    if (w in REPEATS || w in SCALES) return undefined;
    // "the first one", "no one", "one of them": a lone "one" is a number only as an hour.
    if (w === 'one' && !HOUR_LEAD.test(before) && !HOUR_TAIL.test(after)) return undefined;
  }
  if (run[0] === 'oh') {
    // "oh seven seven oh oh…" (a phone number) but not "oh, two things".
    if (run.length < 3) return undefined;
  }
  if (run.some((w) => w in SCALES)) return cardinal(run);
  // "actually three three should do it": a digit said twice over is said once more, not 33 (an order of
  // 33 numbers was read back). Not after spelled letters ("A C C one one" is a reference's digits).
  if (run.length === 2 && run[0] === run[1] && run[0] in UNITS && !/\b[A-Za-z]\s*$/.test(before))
    return String(UNITS[run[0]]);
  const refunded = refundedCents(run, before, after);
  if (refunded) return refunded;
  const clock = clockTime(run, before, after);
  if (clock) return clock;
  const digits = concatenated(run);
  if (digits === undefined) return undefined;
  // Seven digits are a local phone number as people write it: 555-0128.
  return digits.length === 7 ? `${digits.slice(0, 3)}-${digits.slice(3)}` : digits;
}

/** "four hundred and fifty thousand" → 450000. */
function cardinal(run: readonly string[]): string | undefined {
  let total = 0;
  let current = 0;
  for (const w of run) {
    if (w in UNITS) current += UNITS[w];
    else if (w in TEENS) current += TEENS[w];
    else if (w in TENS) current += TENS[w];
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return undefined;
  }
  return String(total + current);
}

/** Words after a spoken number that make it money: "two fifty a month" is $250, never 2:50. */
const MONEY_TAIL =
  /^\s*(?:(?:a|per|each|every)\s+(?:month|year|week|seat|user|number)|\/\s*(?:mo|month|yr)|dollars?|bucks|pounds?|quid|euros?|usd)\b/i;
/** Words before a spoken number that make it money or a count: "it costs two fifty", "I paid nine thirty". */
const MONEY_LEAD =
  /\b(?:costs?|cost me|paid|pay|price|charged?|bill(?:ed)?|owe|\$)\s*(?:was|is|of|about|around|like)?\s*$/i;

/** A reference's letters or what it numbers, before its digits: "L S T ten fifteen", "room nine thirty". */
const SPELLED_LEAD = /(?:\b[A-Z]{2,}|\b(?:[A-Za-z]\s+){1,}[A-Za-z])\s*$/;
const REFERENCE_LEAD =
  /\b(?:number|no\.?|ref(?:erence)?|listing|order|room|claim|account|invoice|unit|suite|flat|apartment|apt|house|lot|extension|ext)\s*$/i;

/**
 * "two thirty pm", "at eleven fifteen": an hour then its minutes, said as a time. Said alone, an hour and a
 * quarter or half hour ("nine thirty's fine", "ten fifteen please") is a time too: it was read as 930, and
 * the 9:30 opening was not picked by it. Never before a money word ("about two fifty a month").
 */
function clockTime(run: readonly string[], before: string, after: string): string | undefined {
  if (run.length < 2 || run.length > 3 || MONEY_TAIL.test(after)) return undefined;
  const led = HOUR_LEAD.test(before) || HOUR_TAIL.test(after);
  const quarterly = run.length === 2 && ['fifteen', 'thirty'].includes(run[1]);
  const fortyFive = run.length === 3 && run[1] === 'forty' && run[2] === 'five';
  const named = MONEY_LEAD.test(before) || REFERENCE_LEAD.test(before) || SPELLED_LEAD.test(before);
  if (!led && !((quarterly || fortyFive) && !named)) return undefined;
  const hour = UNITS[run[0]] ?? TEENS[run[0]];
  if (hour === undefined || hour < 1 || hour > 12) return undefined;
  const rest = run.slice(1);
  let minutes: number | undefined;
  if (rest.length === 1) minutes = TEENS[rest[0]] ?? TENS[rest[0]];
  else if (rest[0] === 'oh') minutes = UNITS[rest[1]];
  else if (rest[0] in TENS && rest[1] in UNITS) minutes = TENS[rest[0]] + UNITS[rest[1]];
  if (minutes === undefined || minutes > 59) return undefined;
  return `${hour}:${String(minutes).padStart(2, '0')}`;
}

/** "the nine thirty appointment": what is at a time, not money. */
const OF_A_TIME = /^\s*(?:appointment|appt|booking|slot|visit|session|class|one|viewing|tour)\b/i;
/** A refund or credit asked for earlier in the same sentence: an amount said after it is money. */
const REFUNDING = /\b(?:refund(?:ed)?|credit(?:ed)?|money back)\b[^.?!]*$/i;

/**
 * "just refund the overage part, the thirteen forty": dollars then cents, as prices are read out, after a
 * refund is asked for in the same sentence. It was written 1340, no amount was read, and the whole
 * $112.40 invoice was read back and refunded. Only a dollar figure under a hundred and its tens of cents.
 */
function refundedCents(run: readonly string[], before: string, after: string): string | undefined {
  if (!REFUNDING.test(before) || OF_A_TIME.test(after) || run.length < 2 || run.length > 3) return undefined;
  const dollars = UNITS[run[0]] ?? TEENS[run[0]];
  const cents = run.length === 2 ? TENS[run[1]] : run[2] in UNITS ? TENS[run[1]] + UNITS[run[2]] : undefined;
  if (dollars === undefined || dollars === 0 || cents === undefined || !(run[1] in TENS)) return undefined;
  return `$${dollars}.${String(cents).padStart(2, '0')}`;
}

/** Digit by digit, as numbers are read out: "ten oh six" → 1006, "forty two" → 42, "double five" → 55. */
function concatenated(run: readonly string[]): string | undefined {
  let out = '';
  let repeat = 1;
  for (let k = 0; k < run.length; k++) {
    const w = run[k];
    if (w in REPEATS) {
      repeat = REPEATS[w];
      continue;
    }
    let chunk: string;
    if (w in UNITS) chunk = String(UNITS[w]);
    else if (w in TEENS) chunk = String(TEENS[w]);
    else if (w in TENS) {
      const next = run[k + 1];
      // "forty two" is 42; "twenty oh one" is 2001.
      if (next !== undefined && next in UNITS && next !== 'oh' && next !== 'zero' && next !== 'nought') {
        chunk = String(TENS[w] + UNITS[next]);
        k++;
      } else chunk = String(TENS[w]);
    } else return undefined;
    out += chunk.repeat(repeat);
    repeat = 1;
  }
  return out;
}

/**
 * A reference's digits read out in groups after its letters ("G B 2031 0613 001" for GB-20310613-001,
 * "the reference is GB 2031 0613 001"): up to three groups, joined with dashes, so the reference is one
 * token (the tools read its letters and digits) and its tail is never read as a phone number ("0613 001"
 * was, and the booking was looked for under it). A fourth group is left: "… 001 07700 900101" then
 * still gives the phone.
 */
const DIGIT_GROUPS = String.raw`(\d{2,}(?:\s+\d{2,}){0,2})`;
const dashed = (groups: string) => groups.trim().split(/\s+/).join('-');

/**
 * "L S T 1006" or "LST 1006" (a spoken reference: its letters, then its number) → "LST-1006", the
 * shape references are written in. Capitals before a number of two digits or more; lower-case letters
 * spoken one by one ("a c c 1007") before three digits or more; a dash said as a word ("ACC dash 1009").
 */
function joinedReferences(text: string): string {
  return (
    text
      // "a c c 1007", "w h 307": letters spoken one by one come lower case from some transcribers; two
      // or more before a number of three digits or more are a reference's letters. Not the "s" of a
      // word's "'s" ("the account number's a c two oh oh three" read as SAC-2003).
      .replace(
        new RegExp(
          String.raw`(?<![\w'’])((?:[a-z]\s+){1,7}[a-z])\s+(?:(?:dash|hyphen)\s+)?(?=\d{3})${DIGIT_GROUPS}\b`,
          'g',
        ),
        (_, letters: string, digits: string) => {
          return `${letters.replace(/\s+/g, '').toUpperCase()}-${dashed(digits)}`;
        },
      )
      // "ACC dash 1009": the dash said as a word.
      .replace(/\b([A-Za-z]{2,8})\s+(?:dash|hyphen)\s+(\d{2,})\b/g, (_, letters: string, digits: string) => {
        return `${letters.toUpperCase()}-${digits}`;
      })
      .replace(
        new RegExp(String.raw`(?<![\w'’])((?:[A-Z]\s+){1,7}[A-Z])\s+${DIGIT_GROUPS}\b`, 'g'),
        (_, letters: string, digits: string) => {
          return `${letters.replace(/\s+/g, '')}-${dashed(digits)}`;
        },
      )
      .replace(
        new RegExp(String.raw`\b([A-Z]{2,8})\s+(?=\d{3})${DIGIT_GROUPS}\b(?![\d:-])`, 'g'),
        (whole, letters: string, digits: string, offset: number, all: string) =>
          // Only a reference said as one: "LST 1006" after a spoken run, or a record's name ("on account
          // ACC one zero zero four"), never "OK 2000" in a sentence.
          /\b(?:it'?s|is|number|ref(?:erence)?|listing|booking|see|for|on|account|acct|invoice|order|slot|id)\s*$/i.test(
            all.slice(0, offset),
          )
            ? `${letters}-${dashed(digits)}`
            : whole,
      )
  );
}
