import { DIGIT_TOKEN } from './textFeatures.ts';

/**
 * Something that has gone on for a while: "for a fortnight", "since last night", "its been a month
 * now", "all night", "keeps coughing", "won't stop". Told with a symptom, a failing line or a late
 * refund, it is a problem the customer lives with; a time said to book ("next month", "on Friday", "in
 * two weeks") is not one. Without it, the time words of "my dad keeps coughing at night and its been a
 * month now" are the booking desk's words ("month", "now") and the message stays there.
 *
 * Read on normalised tokens (lowercase, apostrophes dropped, digit runs as DIGIT_TOKEN). The concept
 * says nothing about which agent: the classifier learns it from the examples that tell such a story.
 */

const UNITS = new Set(
  'second seconds minute minutes hour hours day days night nights week weeks fortnight fortnights month months year years ages while'.split(
    ' ',
  ),
);
/** Words that count a span of time ("a week", "two days", "a few months", "the past week"). */
const COUNTS = new Set(
  `a an one two three four five six seven eight nine ten eleven twelve couple few several many some past last whole entire ${DIGIT_TOKEN}`.split(
    ' ',
  ),
);
/** Words a count may carry between it and its unit ("about a week", "the past few days", "a couple of"). */
const FILLERS = new Set(
  'the of about almost nearly over like around good full straight odd or and'.split(' '),
);
const SINCE = new Set(
  'yesterday last monday tuesday wednesday thursday friday saturday sunday morning night weekend christmas january february march april may june july august september october november december this the'.split(
    ' ',
  ),
);
/** "since I twisted it", "since he fell": a start told as what happened (a past verb after its subject). */
const SUBJECTS = new Set('i he she we they it my his her our their'.split(' '));
const PAST_IRREGULAR = new Set(
  'fell hit got ate took had went broke came began cut ran woke slept caught'.split(' '),
);
const pastVerb = (w: string) => PAST_IRREGULAR.has(w) || (/ed$/.test(w) && w.length > 4);
const ALL_OF = new Set('night day week morning evening weekend'.split(' '));
const STOPPING = new Set(['stop', 'go', 'quit', 'end']);

/** A span of time counted from `i`: "a few days", "two weeks", "the past month"; its end index or -1. */
function countedSpan(tokens: readonly string[], i: number): number {
  let j = i;
  let counted = false;
  while (j < tokens.length && j < i + 5) {
    const t = tokens[j];
    if (UNITS.has(t)) return counted || t === 'ages' ? j + 1 : -1;
    if (COUNTS.has(t)) counted = true;
    else if (!FILLERS.has(t)) return -1;
    j++;
  }
  return -1;
}

/** Whether the message tells of something going on for a while (see the file's comment). */
export function tellsOngoing(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1] ?? '';
    // "for a fortnight", "for the past few days", "for ages" (not "for next week", "for two people").
    if (t === 'for' && countedSpan(tokens, i + 1) > 0) return true;
    // "since last night", "since monday" (not "since you are open").
    if (t === 'since' && (SINCE.has(next) || next === DIGIT_TOKEN)) return true;
    if (t === 'since' && SUBJECTS.has(next) && tokens.slice(i + 2, i + 4).some(pastVerb)) return true;
    // "its been a month now", "been like 3 days", "has been going on two weeks".
    if (t === 'been' && tokens.slice(i + 1, i + 4).some((_, k) => countedSpan(tokens, i + 1 + k) > 0))
      return true;
    // "all night", "all week".
    if (t === 'all' && ALL_OF.has(next)) return true;
    // "keeps coughing", "kept dropping" (not "keep my slot").
    if ((t === 'keeps' || t === 'kept' || t === 'keep') && /ing$/.test(next) && next.length > 4) return true;
    // "won't stop", "doesn't go away".
    if ((t === 'wont' || t === 'doesnt' || t === 'didnt' || t === 'cant') && STOPPING.has(next)) return true;
    // "the past few days", "these last weeks" as the subject or without "for".
    if (
      (t === 'past' || t === 'last') &&
      countedSpan(tokens, i) > 0 &&
      /s$/.test(tokens[countedSpan(tokens, i) - 1])
    )
      return true;
  }
  return false;
}
