import { tokenize } from '../../../routing/textFeatures.ts';
import { findPropertyValue } from '../argumentExtraction.ts';
import { inToolWords } from '../customerWords.ts';
import { type FunctionTool, parametersOf } from '../modelItems.ts';
import { spellingVariant } from '../spellingVariants.ts';
import { namesAction, objectWordsOf, sameStem } from '../toolActions.ts';
import type { ChosenTool } from '../toolChoice.ts';
import { isNo, isYes } from './digressions.ts';

/**
 * "Actually I'd rather pay it in 3 monthly instalments." to the read-back of paying the whole balance:
 * the customer asks for another change of this agent in its place. Read as a reply to the read-back,
 * the payment was read back again, and the "yes" that followed paid the whole balance — the one thing
 * the customer had said they did not want. The other change, read as a new request, takes over (it is
 * read back in its turn before it runs).
 *
 * Only when the message names what only the other change has — its thing ("instalments"), its action,
 * or a value only it takes ("3 months") — and agrees to nothing: "So the same Saturday, just 2pm instead
 * of 11? Yes, please do that." to a viewing's move gives values a new viewing takes too, and agrees.
 */
export function otherChangeAtReadBack(
  confirming: FunctionTool | undefined,
  text: string,
  choose: (text: string) => ChosenTool | undefined,
  changesData: (name: string) => boolean,
  now: Date,
): ChosenTool | undefined {
  if (!confirming || isNo(text) || text.split(/(?<=[.!?,])\s+/).some((s) => isYes(s))) return undefined;
  const other = choose(text);
  if (!other || other.tool.name === confirming.name || !changesData(other.tool.name)) return undefined;
  return namesOnly(other.tool, confirming, text, now) ? other : undefined;
}

function namesOnly(other: FunctionTool, confirming: FunctionTool, text: string, now: Date): boolean {
  const words = tokenize(inToolWords(text));
  const own = objectWordsOf(confirming.name);
  const thing = objectWordsOf(other.name)
    .filter((o) => !own.includes(o))
    .some((o) => words.some((w) => sameStem(w, o) || spellingVariant(w, o)));
  const action = namesAction(words, other.name) && !namesAction(words, confirming.name);
  const theirs = new Set(Object.keys(parametersOf(confirming).properties ?? {}));
  const value = Object.keys(parametersOf(other).properties ?? {}).some(
    (p) => !theirs.has(p) && findPropertyValue(parametersOf(other), p, text, now) !== undefined,
  );
  return thing || action || value;
}
