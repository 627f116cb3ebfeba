import type { NormalizedAgent } from '../../../graph/types.ts';
import type { JsonSchema } from '../argumentExtraction.ts';
import type { ConversationView } from '../conversationView.ts';
import type { FunctionTool } from '../modelItems.ts';
import { describeProperty } from '../propertyKinds.ts';
import { fillTemplate } from '../responseTemplates.ts';

/**
 * "I need to pay some of my bill", "can I pay part of it": the payment's amount is optional (left out,
 * the whole balance is paid), so the form read back "pay your whole balance of $145" — the one thing
 * the caller had just said they did not want. A `clarify` entry for an argument the call left out is
 * read against the request instead of a value: when the request matches `when`, `ask` is asked before
 * the read-back ("Your balance is $145. How much would you like to pay today?"), and the answer fills
 * the argument. `ask` may name a look-up's result field (`{lookup_balance.balance}`): the look-up runs
 * first, in the same turn (only one that needs nothing from the caller), as for a read-back.
 */

const FACT = /\{(\w+)\.([\w.]+)\}/g;

/** An optional argument the call left out that the request says only part of ("some of my bill"). */
export function partLeftOut(
  agent: NormalizedAgent | undefined,
  tool: FunctionTool,
  args: Readonly<Record<string, unknown>>,
  request: string,
): string | undefined {
  const clarify = agent?.responses?.clarify ?? {};
  const properties = (tool.parameters as JsonSchema)?.properties ?? {};
  const required: readonly string[] = (tool.parameters as JsonSchema)?.required ?? [];
  // Strict schemas list optional properties as required and nullable.
  const optional = (p: string) => !required.includes(p) || describeProperty(p, properties[p]).nullable;
  return Object.keys(clarify).find(
    (p) =>
      p in properties &&
      optional(p) &&
      (args[p] === undefined || args[p] === null) &&
      new RegExp(clarify[p].when, 'i').test(request),
  );
}

/**
 * The question for a left-out part, said from this turn's look-ups; or the look-up to run first; or,
 * when the look-up has nothing to name ("You don't owe anything right now"), its own answer.
 */
export function partQuestion(
  agent: NormalizedAgent | undefined,
  property: string,
  view: ConversationView,
  tools: readonly FunctionTool[],
): { say: string } | { call: string; args: Record<string, unknown> } | undefined {
  const ask = agent?.responses?.clarify?.[property]?.ask;
  if (ask === undefined) return undefined;
  const facts = Object.fromEntries(view.trailingResults.map((r) => [r.name, r.output]));
  const filled = fillTemplate(ask, [facts]);
  if (filled !== undefined) return { say: filled };
  const named = [...new Set([...ask.matchAll(FACT)].map((m) => m[1]))];
  const needsNothing = (name: string) =>
    tools.some((t) => t.name === name && !((t.parameters as JsonSchema)?.required ?? []).length);
  const lookUp = named.find((name) => !(name in facts) && needsNothing(name));
  if (lookUp) return { call: lookUp, args: {} };
  const answered = named
    .map((name) => (facts[name] as { message?: unknown } | undefined)?.message)
    .find((message): message is string => typeof message === 'string' && message.trim() !== '');
  return answered === undefined ? undefined : { say: answered };
}

/** A question written with look-up placeholders, as a pattern its said form matches. */
export function templatePattern(template: string): RegExp {
  const parts = template.split(FACT);
  // split with two capture groups: text, tool, field, text, …
  const literal = parts.filter((_, i) => i % 3 === 0).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(^|\\s)${literal.join('.+?')}$`);
}
