import { tokenize } from '../../../routing/textFeatures.ts';
import type { AskedQuestion } from '../askedQuestions.ts';
import type { FunctionTool } from '../modelItems.ts';
import { propertyWords } from '../propertyKinds.ts';
import { namesTool, type ToolDoc } from '../toolMatcher.ts';
import { isQuestion } from './digressions.ts';

/**
 * A reply that gives the value a form asked for, while its words fit another tool better: which tool it
 * is for (undefined: neither rule applies, and the usual choice follows).
 * - The form's: "It's Northwind Clinics, account ACC-1009." to the call log's "What's your account ID?"
 *   shares "account" with `unlock_account`, a change, and the account was "unlocked". A change the
 *   reply names neither by action ("unlock", "refund") nor by object, outside the words of the value's
 *   own label ("account" of the account ID), is not asked for by giving a value.
 * - The other look-up's: "account ACC-1004, the webhook is the crm.fischerrealty one" to the same
 *   question names the webhook check's object ("webhook") and not the call log's, and the check takes
 *   the value too: the customer says which look-up they meant (the call log was run again).
 */
export function replyToPending(
  pending: FunctionTool,
  text: string,
  input: {
    match: FunctionTool | undefined;
    asked: AskedQuestion | undefined;
    docs: readonly ToolDoc[];
    changesData: (toolName: string) => boolean;
  },
): FunctionTool | undefined {
  const { match, asked, docs, changesData } = input;
  if (!match || match.name === pending.name || asked?.kind !== 'argument' || isQuestion(text))
    return undefined;
  // The words of the value's own label ("account" of an account ID) name no tool.
  const label = new Set(tokenize(propertyWords(asked.property)));
  const said = tokenize(text)
    .filter((w) => !label.has(w))
    .join(' ');
  if (changesData(match.name))
    return namesTool(said, { name: match.name, description: '', sideEffect: true }) ? undefined : pending;
  const matchDoc = docs.find((d) => d.name === match.name);
  const pendingDoc = docs.find((d) => d.name === pending.name);
  if (!matchDoc || !pendingDoc || changesData(pending.name)) return undefined;
  const takes = (match.parameters as { properties?: Record<string, unknown> })?.properties ?? {};
  const redirected = asked.property in takes && namesTool(said, matchDoc) && !namesTool(said, pendingDoc);
  return redirected ? match : undefined;
}
