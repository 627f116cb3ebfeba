import { findPropertyValue, type JsonSchema } from '../argumentExtraction.ts';
import type { ConversationView } from '../conversationView.ts';
import type { FunctionTool } from '../modelItems.ts';
import { describeProperty } from '../propertyKinds.ts';
import { writtenAsDigits } from '../spokenNumbers.ts';
import { ownRecordChangeJustMade } from './changeCorrection.ts';
import { isQuestion } from './digressions.ts';
import { requestClauses } from './statedReason.ts';

/**
 * "It's a 3 bed, hoping for 420 thousand" right after the seller desk started the draft listing: details
 * of the record just made, which its change takes and was not given. The desk's router heard a buyer's
 * budget, handed the caller back, and the buyers' desk asked "What's your budget?". Said right after a
 * change that reports whether it created its record (it completes its own when called again), with no
 * question or request of its own, they go to that change again, the values it had kept.
 *
 * Only counts, amounts and choices from a fixed set: a phone number or an email said then is as often
 * for a call back, and a description would take the whole message.
 */
const COMPLETING_KINDS = new Set(['number', 'money', 'enum']);

export function changeCompleted(
  view: ConversationView,
  text: string,
  tools: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
  now: Date,
): { name: string; args: Record<string, unknown> } | undefined {
  const made = ownRecordChangeJustMade(view, changesData);
  if (!made || isQuestion(text) || requestClauses(text).length > 0) return undefined;
  const tool = tools.find((t) => t.name === made.name);
  if (!tool) return undefined;
  const schema = (tool.parameters ?? {}) as JsonSchema;
  const properties: Record<string, JsonSchema> = schema.properties ?? {};
  const said = writtenAsDigits(text);
  const given = Object.entries(properties).flatMap(([property, raw]) => {
    const { kind } = describeProperty(property, raw);
    if (!COMPLETING_KINDS.has(kind)) return [];
    // A count only with its unit after it: "hoping for 450 thousand" is a price, not 450 bedrooms.
    if (kind === 'number' && !countWithUnit(said, property)) return [];
    const value = findPropertyValue(schema, property, said, now);
    return value === undefined ? [] : [[property, value] as const];
  });
  // Every value said is new to the change (strict schemas send the others as null): one it already ran
  // with, said again or otherwise, is a correction (changeCorrection.ts) or no completion at all.
  if (given.length === 0 || given.some(([property]) => made.args[property] != null)) return undefined;
  return { name: made.name, args: { ...made.args, ...Object.fromEntries(given) } };
}

/** "4 bedrooms", "a 3-bed": a number with the first letters of the property's name after it. */
function countWithUnit(text: string, property: string): boolean {
  const stem = property.toLowerCase().replace(/s$/, '').slice(0, 3);
  return stem.length === 3 && new RegExp(String.raw`\b\d+\s*-?\s*${stem}`, 'i').test(text);
}
