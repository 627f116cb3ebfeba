import type { NormalizedAgent } from '../../../graph/types.ts';

/**
 * What an agent's read-back templates name (`{lookup_balance.card}`): the look-ups to run first and
 * the facts their answers must have. Apart from readBackFacts.ts so the form's look-up step
 * (lookUpFirst.ts) can ask it without importing the form's turn logic back.
 */

const FACT = /\{(\w+)\.([\w.]+)\}/g;
/**
 * A fact named only when in hand (`{lookup_invoice.refundable?}`): from a look-up the conversation
 * already made about the record, never one run for the read-back (a look-up by an invoice number
 * establishes its account, and "sorry, I meant INV-2044" then found nothing: docs/dialogue.md).
 */
const FACT_IN_HAND = /\{(\w+)\.([\w.]+)\?\}/g;

function templatesOf(agent: NormalizedAgent | undefined, toolName: string): readonly string[] {
  const written = agent?.responses?.confirm?.[toolName];
  return written === undefined ? [] : typeof written === 'string' ? [written] : written;
}

function lookUpsBy(pattern: RegExp, agent: NormalizedAgent | undefined, toolName: string): string[] {
  const named = templatesOf(agent, toolName).flatMap((t) => [...t.matchAll(pattern)].map((m) => m[1]));
  return [...new Set(named)];
}

/** The look-ups a template of `toolName` names (`{lookup_balance.card}` → lookup_balance). */
export const lookUpsNamed = (agent: NormalizedAgent | undefined, toolName: string) =>
  lookUpsBy(FACT, agent, toolName);

/** The look-ups whose answers a template of `toolName` names when in hand (`{lookup_invoice.refundable?}`). */
export const lookUpsInHand = (agent: NormalizedAgent | undefined, toolName: string) =>
  lookUpsBy(FACT_IN_HAND, agent, toolName);

/** Some alternative names facts and `facts` has every one it names (a $0 balance has no card to name). */
export function factsFill(
  agent: NormalizedAgent | undefined,
  toolName: string,
  facts: Record<string, unknown>,
) {
  const has = (tool: string, path: string) =>
    path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], facts[tool]) !=
    null;
  return templatesOf(agent, toolName).some((t) => {
    const named = [...t.matchAll(FACT)];
    return named.length > 0 && named.every((m) => has(m[1], m[2]));
  });
}

/**
 * A read-back of `toolName` names a look-up's facts and `output` (that look-up's answer) has none of
 * them: the look-up found no record to read back ("APT-5003 isn't one of your upcoming appointments"),
 * so its own answer stands, never a read-back of the bare arguments ("Cancel appointment: appointment ID
 * APT-5003…", another patient's visit offered for a yes).
 */
export function findsNothingToReadBack(
  agent: NormalizedAgent | undefined,
  toolName: string,
  lookUp: string,
  output: unknown,
): boolean {
  return lookUpsNamed(agent, toolName).includes(lookUp) && !factsFill(agent, toolName, { [lookUp]: output });
}
