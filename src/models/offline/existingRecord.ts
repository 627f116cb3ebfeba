import { inToolWords } from './customerWords.ts';
import { actionWordsOf, makesNewRecord, objectWordsOf, sameStem, verbOf } from './toolMatcher.ts';

/**
 * "any news on the seats we ordered?": the message speaks of one that exists of what this tool makes
 * (customers' words for it read "an existing order", CUSTOMER_WORDS), so its values are no new one.
 */
export function speaksOfExisting(said: string, toolName: string): boolean {
  if (!makesNewRecord(toolName)) return false;
  if (hasOneMade(said, verbOf(toolName))) return true;
  // "I ordered 4 extra seats last week", "we booked two tables": the thing made said as a verb in the past.
  // "we bought 5 extra numbers last month": the customers' word for the action too (`place_order`: buy).
  const made = [verbOf(toolName), ...objectWordsOf(toolName), ...actionWordsOf(toolName)]
    .filter((w) => w.length >= 3)
    .map(pastOf);
  if (new RegExp(`\\b(?:i|we)\\s+(?:already\\s+|just\\s+)?(?:${made.join('|')})\\b`, 'i').test(said))
    return true;
  const objects = objectWordsOf(toolName);
  return [...inToolWords(said).matchAll(/\bexisting\s+(\w+)/gi)].some((m) =>
    objects.some((o) => sameStem(m[1].toLowerCase(), o)),
  );
}

const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  buy: 'bought',
  leave: 'left',
  quit: 'quit',
  shut: 'shut',
};
const pastOf = (verb: string) => IRREGULAR_PAST[verb] ?? (verb.endsWith('e') ? `${verb}d` : `${verb}ed`);

/**
 * "I've got a men's cut booked for Friday", "we have a viewing scheduled": what the customer has, made
 * by the tool's verb (book → booked) — one that exists, not one to make. Not "can I have a cut booked".
 */
function hasOneMade(said: string, verb: string): boolean {
  if (verb === '') return false;
  const made = pastOf(verb);
  return new RegExp(
    `(?<!\\b(?:can|could|may|might|would|to|please)\\s+)\\b(?:i'?ve got|i have got|i have|i'?ve|we'?ve got|we have got|we have|we'?ve)\\s+(?:a|an|my|our)\\s+(?:[\\w'-]+\\s+){0,3}?${made}\\b`,
    'i',
  ).test(said);
}
