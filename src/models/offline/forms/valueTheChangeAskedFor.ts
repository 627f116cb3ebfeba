import type { NormalizedAgent } from '../../../graph/types.ts';
import { alreadyAsked } from '../askedQuestions.ts';
import { sameArguments } from '../modelItems.ts';

/**
 * A change the customer agreed to ran and asked for one value more ("What's the phone number the
 * booking is under?" from a salon cancellation: the tool checks the number, a reference alone being
 * guessable). The reply that gives that value and changes nothing else runs the change at once: the
 * customer already said yes to it, and a second identical read-back asks them to agree twice (a
 * customer who answers the number and then says "thanks" leaves the change undone).
 *
 * Only for a value the read-back does not name (its `confirm` template has no placeholder for it): a
 * value the customer is to agree to (a new day, a slot, an amount) is read back as always.
 */
export function givesOnlyTheAskedValue(
  agent: NormalizedAgent | undefined,
  toolName: string,
  retryOf: { args: Record<string, unknown>; missing: string } | undefined,
  args: Record<string, unknown>,
): boolean {
  if (!retryOf) return false;
  const given = args[retryOf.missing];
  if (given === undefined || given === null || given === '') return false;
  // A template may be one wording or several (one per set of values given).
  const templates: string[] = [agent?.responses?.confirm?.[toolName] ?? []].flat();
  if (templates.some((t) => t.includes(`{${retryOf.missing}}`))) return false;
  const others = { ...args };
  delete others[retryOf.missing];
  const before = { ...retryOf.args };
  delete before[retryOf.missing];
  return sameArguments(others, before);
}

/**
 * The same at the read-back, for a value the form asked before it and the customer left out ("is there
 * a fee for cancelling?", then "ok fine just cancel it"): read back without it, the change was answered
 * with that value ("07700 900101"). The read-back it would bring is the one the customer just heard,
 * word for word, since it does not name the value; the value is the answer to our own question, and
 * it runs the change. Only that one value, asked by us, with nothing else changed.
 */
export function givesTheValueAskedBeforeTheReadBack(
  agent: NormalizedAgent | undefined,
  toolName: string,
  readBack: Record<string, unknown>,
  args: Record<string, unknown>,
  assistantTexts: readonly string[],
): boolean {
  const added = Object.keys(args).filter(
    (p) =>
      args[p] !== undefined &&
      args[p] !== null &&
      args[p] !== '' &&
      (readBack[p] === undefined || readBack[p] === null),
  );
  if (added.length !== 1 || !alreadyAsked(agent, added[0], assistantTexts)) return false;
  return givesOnlyTheAskedValue(agent, toolName, { args: readBack, missing: added[0] }, args);
}
