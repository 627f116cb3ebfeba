import { tokenize } from '../../routing/textFeatures.ts';
import { LEAD_IN } from './concreteRequest.ts';
import { asksWhetherItHappened } from './statusQuestion.ts';
import { actionWordsOf, matchTool, namesAction, type ToolDoc } from './toolMatcher.ts';

/**
 * "INV-2054 was $108.80 but im on the 99 a month plan?? i want the extra refunded": the message names
 * two changes' objects (the plan, the refund), and the likelier by its words (`change_plan`) asked which
 * plan to move to. What the customer says they want ("i want … refunded", "please cancel …") is the
 * change asked for; the rest is the story. Such a change, still passing every check `matchTool` makes,
 * is taken over the best match when the wanted part says its action and not the best match's.
 */
const WANTS =
  /\b(i\s+(?:really\s+)?(?:want|need|would like)|i'd like|id like|wanna|please)\b(?!\s+to\s+(?:know|ask|check|see|find out))/i;

function saysAction(words: readonly string[], toolName: string): boolean {
  return actionWordsOf(toolName).some((a) => words.some((w) => w.startsWith(a)));
}

export function matchWantedChange(
  said: string,
  docs: readonly ToolDoc[],
  threshold: number,
): ReturnType<typeof matchTool> {
  const best = matchTool(said, docs, { threshold });
  const at = said.search(WANTS);
  if (!best || at < 0) return best;
  const wanted = tokenize(said.slice(at));
  if (saysAction(wanted, best.name)) return best;
  for (const doc of docs) {
    if (!doc.sideEffect || doc.name === best.name || !saysAction(wanted, doc.name)) continue;
    const others = new Set(docs.filter((d) => d.name !== doc.name).map((d) => d.name));
    const match = matchTool(said, docs, { threshold, exclude: others });
    if (match) return match;
  }
  return best;
}

/** A question for information ("what's Scale?", "how much is Growth a month?"). */
const ASKS_WHAT = /^(what|when|where|which|who|why|how)(?:'?s)?\b/i;

/**
 * The tool a message's words ask for (`matchWantedChange`), except a change asked about rather than for:
 * a question for information picks a change only by naming its action ("and how much is Growth a
 * month?" asks about a plan, not to move to it; "how do I upgrade?" and "is saturday free for a
 * viewing?" may), and asking whether it happened picks none.
 */
export function matchRequestedTool(
  said: string,
  docs: readonly ToolDoc[],
  threshold: number,
): ReturnType<typeof matchTool> {
  const matched = matchWantedChange(said, docs, threshold);
  if (!matched || docs.find((d) => d.name === matched.name)?.sideEffect !== true) return matched;
  const asking = ASKS_WHAT.test(said.trim().replace(LEAD_IN, ''));
  const aboutIt = (asking && !namesAction(tokenize(said), matched.name)) || asksWhetherItHappened(said);
  return aboutIt ? undefined : matched;
}
