import { tokenize } from '../../../routing/textFeatures.ts';
import type { JsonSchema } from '../argumentExtraction.ts';
import type { AskedQuestion } from '../askedQuestions.ts';
import { valuesSaid } from '../entityExtractors.ts';
import type { FunctionTool } from '../modelItems.ts';
import { describeProperty, propertyWords } from '../propertyKinds.ts';
import {
  namesAction,
  namesTool,
  objectWordsOf,
  sameStem,
  sharesContentWord,
  type ToolDoc,
} from '../toolMatcher.ts';
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
  const matchDoc = docs.find((d) => d.name === match.name);
  if (changesData(match.name)) {
    if (!namesTool(said, { name: match.name, description: '', sideEffect: true })) return pending;
    // "…take off the $29 plan fee, so $17.88" to the refund's "How much?" names a plan but none of the
    // plans the change needs one of: it answers the refund.
    if (choiceUnsaid(match, text)) return pending;
    return changesForAnother(said, match.name, matchDoc) ? undefined : pending;
  }
  const pendingDoc = docs.find((d) => d.name === pending.name);
  if (!matchDoc || !pendingDoc || changesData(pending.name)) return undefined;
  const takes = (match.parameters as { properties?: Record<string, unknown> })?.properties ?? {};
  const redirected = asked.property in takes && namesTool(said, matchDoc) && !namesTool(said, pendingDoc);
  return redirected ? match : undefined;
}

/** "actually", "instead", "I need…", "can you…": the reply asks for something, not only answers. */
const ASKS = /\b(?:actually|instead|rather|need|want|wanna|can you|could you|would you|please)\b/i;

/**
 * A reply to one change's question that names another change's object asks for that other one only when
 * it says the other's action, asks for something, or says one of the other's own words beyond its object:
 * "ACC-1007, but actually I forgot my password" (the reset's "forgot") asks for the reset; "I probably
 * typed the password wrong a bunch of times. The account is ACC-1007" to the unlock's account question
 * tells how the lock came about (dev24-support-03: a reset link had been sent for a locked sign-in).
 */
function changesForAnother(said: string, toolName: string, doc: ToolDoc | undefined): boolean {
  const words = tokenize(said);
  if (namesAction(words, toolName) || ASKS.test(said)) return true;
  const objects = objectWordsOf(toolName);
  const beyondObject = words.filter((w) => !objects.some((o) => sameStem(w, o))).join(' ');
  return doc !== undefined && sharesContentWord(beyondObject, { name: '', description: doc.description });
}

/** A value the change needs from a fixed set (`plan`: Starter, Growth, Scale), none of which is said. */
function choiceUnsaid(tool: FunctionTool, text: string): boolean {
  const schema = tool.parameters as JsonSchema;
  return (schema?.required ?? []).some((p: string) => {
    const values = describeProperty(p, schema.properties?.[p] ?? {}).enum;
    return values !== undefined && valuesSaid(text, values).length === 0;
  });
}
