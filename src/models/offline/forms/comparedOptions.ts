import { isStopword, tokenize } from '../../../routing/textFeatures.ts';
import type { JsonSchema } from '../argumentExtraction.ts';
import { comparesValues } from '../comparedValues.ts';
import type { ConversationView, ToolResult } from '../conversationView.ts';
import { valuesSaid } from '../entityExtractors.ts';
import { type FunctionTool, schemaOf } from '../modelItems.ts';
import { describeProperty } from '../propertyKinds.ts';
import { isFailure, missingArgument } from '../responseTemplates.ts';

/**
 * "What's the difference in price and time between a keratin smoothing and a deep conditioning?", "I'm
 * trying to decide between balayage and full-head highlights": a comparer asks the same look-up about
 * two things, and only the one the look-up read first was quoted ("Deep conditioning is $30…"); the
 * customer had to ask again for the other, or chose without knowing. The look-up runs again for the
 * other option, and the reply gives both answers (answerResults.ts).
 */
const BETWEEN = /\bbetween\s+(.+?)\s+and\s+(.+?)(?=[?.!,;]|\s+(?:for|on|with|if|because|since)\b|$)/i;
const VERSUS = /\b([\w'-]+(?:\s+[\w'-]+){0,2})\s+(?:vs\.?|versus)\s+([\w'-]+(?:\s+[\w'-]+){0,2})/i;

/** The two options a message compares, each as said ("a keratin smoothing", "a deep conditioning"). */
export function comparedOptions(text: string): [string, string] | undefined {
  const m = text.match(BETWEEN) ?? text.match(VERSUS);
  if (!m) return undefined;
  const [a, b] = [m[1], m[2]].map((o) => o.trim());
  return contentOf(a).length > 0 && contentOf(b).length > 0 ? [a, b] : undefined;
}

const contentOf = (said: string) => tokenize(said).filter((w) => !isStopword(w) && /\p{L}/u.test(w));

/** Whether the result speaks of the option: every content word of it is in the result's words. */
function answers(result: ToolResult, option: string): boolean {
  const said = new Set(tokenize(JSON.stringify(result.output ?? '')));
  return contentOf(option).every((w) => said.has(w) || said.has(w.replace(/s$/, '')));
}

/** The same look-up for the option the answer did not speak of, when the latest message compares two. */
export function otherOptionLookUp(input: {
  view: ConversationView;
  changesData: (toolName: string) => boolean;
  tools?: readonly FunctionTool[];
}): { name: string; args: Record<string, unknown> } | undefined {
  const { view, changesData } = input;
  const [result] = view.trailingResults;
  if (view.trailingResults.length !== 1 || !result || changesData(result.name)) return undefined;
  const text = view.latestUserMessage ?? '';
  const each = input.tools && eachValueLookUp(result, text, input.tools, view);
  if (each) return each;
  if (isFailure(result.output) || view.earlierThisTurn.some((r) => r.name === result.name)) return undefined;
  const options = comparedOptions(text);
  if (!options) return undefined;
  const spoken = options.filter((o) => answers(result, o));
  if (spoken.length !== 1) return undefined;
  const other = options.find((o) => o !== spoken[0]) as string;
  // The value the look-up read the first option from: the free text that held the whole message.
  const property = Object.entries(result.args ?? {}).find(
    ([, v]) => typeof v === 'string' && v.includes(other),
  )?.[0];
  return property === undefined
    ? undefined
    : { name: result.name, args: { ...result.args, [property]: other } };
}

/**
 * "I can pick between an Aetna plan and a Kaiser plan. Do you take both?", "Maplewood or Lakeview, which
 * is better for schools?": two or three values of a set a look-up takes, said together. The look-up had
 * run with neither (a value is never guessed from a comparison: comparedValues.ts) or with the first, and
 * listed the plans without saying Kaiser was not one, or asked which neighbourhood. It runs once for each
 * value said, in the order said, and the reply gives each answer. Only read-only look-ups.
 */
function eachValueLookUp(
  result: ToolResult,
  text: string,
  tools: readonly FunctionTool[],
  view: ConversationView,
): { name: string; args: Record<string, unknown> } | undefined {
  const properties = schemaOf(tools, result.name)?.properties ?? {};
  for (const [property, schema] of Object.entries(properties)) {
    const values = describeProperty(property, schema as JsonSchema).enum;
    if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) continue;
    const said = valuesSaid(text, values as string[])
      .sort((a, b) => a.at - b.at)
      .map((v) => v.value);
    // Weighed together ("or", "between", "both"), and the look-up first ran with none: a value it took
    // is a search's filter the customer chose ("anything Thursday with Dr Whitfield instead?" after Dr
    // Okafor's times were turned down), not one of the things compared.
    const calls = [...view.earlierThisTurn, result].filter((r) => r.name === result.name);
    const firstCall = view.earlierThisTurn.findLast((r) => r.name === result.name) ?? result;
    if (said.length < 2 || said.length > 3 || firstCall.args?.[property] != null) continue;
    if (!comparesValues(text, said) && !/\b(?:both|either)\b/i.test(text)) continue;
    // It failed for want of another value ("Which account?"), or its answer already speaks of each
    // (every plan's price): nothing to ask again.
    const missing = missingArgument(result.output);
    if (isFailure(result.output) && missing !== property) continue;
    if (!result.args?.[property] && !isFailure(result.output) && said.every((v) => answers(result, v)))
      continue;
    const asked = calls.map((r) => r.args?.[property]);
    const next = said.find((v) => !asked.includes(v));
    if (next !== undefined) return { name: result.name, args: { ...result.args, [property]: next } };
  }
  return undefined;
}

/** The first of the two answers, when the trailing one answered the other option of a comparison. */
export function firstOptionAnswered(view: ConversationView): ToolResult | undefined {
  const [result] = view.trailingResults;
  // One look-up per value said (eachValueLookUp): the latest before it that took a value, not the look-up
  // that took none ({"insurer": null}: strict schemas send every optional value as null).
  const given = (r: ToolResult) =>
    Object.entries(r.args ?? {}).filter(([, v]) => v !== null && v !== undefined);
  const byValue = view.earlierThisTurn.find(
    (r) => r.name === result?.name && !isFailure(r.output) && given(r).length > 0,
  );
  if (result && byValue && given(result).some(([k, v]) => byValue.args?.[k] !== v)) return byValue;
  const first = view.earlierThisTurn[0];
  if (!result || !first || first.name !== result.name || isFailure(first.output)) return undefined;
  return comparedOptions(view.latestUserMessage ?? '') ? first : undefined;
}
