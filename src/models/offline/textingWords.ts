import { SPELLED_LETTERS } from './spelledLetters.ts';

/**
 * Customers' texting shorthand spelt out before the offline model reads a message: "can i c LST-1003",
 * "when is my next appt", "w dr okafor". Tool matching, routing and the form checks compare words with
 * the template's own ("see", "appointment", "with"), which a shorthand never shares; slot values keep
 * their shape (names, numbers and references are left as written).
 *
 * Only whole words, and the one-letter ones only where no other reading is likely: "c" after "i",
 * "to", "u" or "wanna" ("vitamin c" stays), "w" before a doctor or a name-like word ("w/ Maya").
 */
const SHORTHAND: readonly [RegExp, string][] = [
  [/\bappts\b/gi, 'appointments'],
  // "my 2 month old has a temp of 101": a temperature, when a reading follows or it is someone's; "a temp
  // password" or "temp staff" stays (the clinic's menu answered the baby's fever).
  [
    /\btemp\b(?=\s+(?:of|is|was|at|around|about|reading|like)?\s*\d)|(?<=\b(?:high|his|her|their|my|the|baby'?s|running a|has a|had a|got a)\s+)temp\b(?!\s+(?:password|code|pin|file|folder|worker|job|staff|agency|account|link))/gi,
    'temperature',
  ],
  [/\bappt\b/gi, 'appointment'],
  [/\b(pls|plz|pleez)\b/gi, 'please'],
  // "forgot my pw cant log in": the password (the front desk recited its menu).
  [/\b(?:pw|pwd)\b/gi, 'password'],
  [/\b(thx|thnx)\b/gi, 'thanks'],
  [/\bwanna\b/gi, 'want to'],
  [/\bgonna\b/gi, 'going to'],
  [/\b(nvm|nevermind)\b/gi, 'never mind'],
  [/\babt\b/gi, 'about'],
  [/\bcn\b/gi, 'can'],
  [/\bif poss\b/gi, 'if possible'],
  [/\b(2morrow|2moro|2mrw|tmr|tmrw|tomoz)\b/gi, 'tomorrow'],
  // "sat mornin", "fri arvo": the part of the day as texted.
  [/\bmornin\b/gi, 'morning'],
  [/\barvo\b/gi, 'afternoon'],
  // "a ladies cut n blowdry": and, between two words.
  [/(?<=[a-z]\s)n(?=\s+[a-z])/g, 'and'],
  // "need appt w dr okafor nxt wk": next week (the day was lost and Sunday's opening was offered first).
  [/\bnxt\b/gi, 'next'],
  [/\b(next|this|a|per|every)\s+wk\b/gi, '$1 week'],
  [/\bu\b(?=\s|[?!.,]|$)/g, 'you'],
  // "how much do i owe rn": right now. Lower case only and not after an article or "to" ("an RN", "talk
  // to the rn": a registered nurse at a clinic).
  [/(?<!\b(?:a|an|the|to|my|our|your|with)\s)\brn\b/g, 'right now'],
  [/\bur\b/g, 'your'],
  // "looking 4 a 2 bed": for, only after a word and before an article or a possessive ("4 bed" stays).
  [/(?<=[a-z]\s)4(?=\s+(a|an|the|my|me|your|sale|rent)\b)/gi, 'for'],
  // "3bd house", "2br", "4bdrm": bedrooms ("3bd" was no number, and "2 kids" said later was read).
  [/\b(\d+)\s?(?:bd|br|bdr|bdrm|bdrms|bedrm)\b/gi, '$1 bed'],
  // "can i c", "want to c", "could u c": to see (a listing, a doctor).
  [/\b(i|to|you)\s+c\b(?=\s)/gi, '$1 see'],
  // "w dr okafor", "w/ Maya": with.
  [/\bw\/\s*/gi, 'with '],
  [/\bw\s+(?=(dr\.?|doctor|[A-Z][a-z]+)\b)/g, 'with '],
];

/**
 * A word spelled out letter by letter ("hussain h u s s a i n", as a caller spells a name on the
 * phone): no shorthand ("u" became "you", "n" "and", and the name was never heard). Three letters or
 * more, one of them no shorthand letter ("i c u" stays texting).
 */
const SHORTHAND_LETTERS = /^[aicunwry]$/i;

/** `text` with texting shorthand spelt out; everything else as written. */
export function spelledOut(text: string): string {
  const kept: string[] = [];
  const held = text.replace(SPELLED_LETTERS, (run) => {
    if (run.split(/[\s.-]+/).every((l) => SHORTHAND_LETTERS.test(l))) return run;
    kept.push(run);
    return `\uE000${kept.length - 1}\uE000`;
  });
  const written = SHORTHAND.reduce((t, [pattern, words]) => t.replace(pattern, words), held);
  return written.replace(/\uE000(\d+)\uE000/g, (_, i) => kept[Number(i)]);
}
