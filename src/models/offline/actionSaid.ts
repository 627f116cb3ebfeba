import { ACTIONS, IRREVERSIBLE_VERBS, namesAction, verbOf } from './toolActions.ts';

/** "Book, schedule, cancel or move an appointment…": a description that opens with the actions it does. */
const LEADING_ACTIONS = /^([a-z]+(?:,\s*[a-z]+)*,?\s+or\s+[a-z]+)\b/i;

/**
 * The message says one of the actions a description opens with ("I want to book a physical" to the
 * clinic's appointments desk, "Book, schedule, cancel or move an appointment…"). Only actions this file
 * knows the words for, so a description opening with nouns ("Patient record or chart") opens with none.
 */
export function saysLeadingAction(messageWords: readonly string[], description: string): boolean {
  const lead = description.match(LEADING_ACTIONS)?.[1] ?? '';
  const verbs = lead.toLowerCase().split(/,\s*|\s+or\s+/);
  const said = (w: string) =>
    messageWords.some(
      (m, i) => m === w && !messageWords.slice(Math.max(0, i - 3), i).some((b) => NOT_ASKED.has(b)),
    );
  return verbs.some((v) => ACTIONS[v]?.some(said) === true);
}

/**
 * Words before a verb that say it is not what is asked now: "i wanna know if my insurance covers it
 * before i book anything" asks about coverage (it went to the appointments desk and booked).
 */
const NOT_ASKED = new Set([
  'before',
  'after',
  'until',
  'till',
  'unless',
  'without',
  'once',
  'if',
  'when',
  'not',
  'dont',
  "don't",
  'never',
  'no',
]);

/**
 * The one tool the message says the action of, when similarity alone cannot tell: "I want to book a
 * physical" to the clinic's front desk, whose desks are its tools, cleared no bar ("physical" leans to the
 * insurance desk's examples, 0.20 against the appointments desk's 0.17; "I need to…" had gone there,
 * "want" got the menu), but only the appointments desk's description opens with "Book, schedule, cancel
 * or move…"; then at that desk, "book" names `book_appointment` (0.197, under the 0.2 bar). A change
 * only when the message shares at least half the bar with it, never one that ends something for good,
 * and not when others are excluded: that asks whether the change clears the bar on its own words
 * (wantedChange.ts), which the verb must not answer for it ("I need to book a checkup" lists openings).
 */
export function actionSaid(input: {
  words: readonly string[];
  tools: readonly { name: string; description: string; sideEffect?: boolean }[];
  threshold: number;
  exclude: ReadonlySet<string> | undefined;
  scoreOf: (toolName: string) => number;
  /** The change passes the guards a change passes to be ranked at all (toolMatcher.ts). */
  mayAskFor: (toolName: string) => boolean;
}): { name: string; score: number } | undefined {
  const { words, tools, threshold, exclude, scoreOf } = input;
  const led = tools.filter(
    (t) =>
      !exclude?.has(t.name) &&
      (t.sideEffect
        ? exclude === undefined &&
          !IRREVERSIBLE_VERBS.has(verbOf(t.name)) &&
          namesAction(words, t.name) &&
          scoreOf(t.name) >= threshold / 2 &&
          input.mayAskFor(t.name)
        : saysLeadingAction(words, t.description)),
  );
  if (led.length !== 1) return undefined;
  return { name: led[0].name, score: Math.max(threshold, scoreOf(led[0].name)) };
}
