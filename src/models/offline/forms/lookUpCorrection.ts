import type { NormalizedAgent } from '../../../graph/types.ts';
import { findPropertyValue, type JsonSchema } from '../argumentExtraction.ts';
import type { ConversationView } from '../conversationView.ts';
import type { FunctionTool } from '../modelItems.ts';
import { describeProperty } from '../propertyKinds.ts';
import { missingArgument } from '../responseTemplates.ts';
import { isQuestion } from './digressions.ts';
import { CORRECTION } from './formTurn.ts';

/**
 * "sorry I meant 500k not 450" right after a search answered "Nothing in Old Town under $450,000": the
 * customer corrects a value the look-up was just run with. The message names no look-up (no search
 * words), so it fell to the fallback and the corrected search never ran. A correction (its words, or
 * "I meant") said right after one of our read-only look-ups answered, giving a new value for exactly one
 * of the values that look-up ran with, runs it again with that value and the others as they were.
 */

/** "I meant", "meant to say": a correction in words the form's CORRECTION does not list. */
const MEANT = /\bmeant\b/i;

/**
 * "not 450", "instead of 450", "rather than 3": the old value, said beside the new one (a digit first:
 * "I'm not, sorry" says none). Shared with forms/changeCorrection.ts.
 */
export const OLD_VALUE = /\b(?:not|instead of|rather than)\s+(?:\$?\s*)?\d[\d.,]*\s*\w*/gi;

/** The message corrects a value in words ("no, make it…", "sorry I meant 500k"). */
export function saysACorrection(text: string): boolean {
  return CORRECTION.test(text) || MEANT.test(text);
}

export function lookUpCorrected(
  agent: NormalizedAgent | undefined,
  view: ConversationView,
  text: string,
  tools: readonly FunctionTool[],
  now: Date,
): { name: string; args: Record<string, unknown> } | undefined {
  const shown = view.previousResult;
  const readOnly = agent?.tools.some((t) => t.name === shown?.name && t.sideEffect !== true) === true;
  if (!shown || !readOnly || missingArgument(shown.output) !== undefined) return undefined;
  if (!saysACorrection(text) || isQuestion(text)) return undefined;
  // Our last reply was that look-up's answer: the correction is about the values it ran with.
  if (view.agentHasReplied === false || view.trailingResults.length > 0) return undefined;
  const tool = tools.find((t) => t.name === shown.name);
  if (!tool) return undefined;
  const schema = (tool.parameters ?? {}) as JsonSchema;
  const said = text.replace(OLD_VALUE, ' ');
  // Without a digit, only a day said in words: "actually make it Friday, Thursday's no good for me"
  // to Thursday's openings (it fell back, and "the first one" booked Thursday's first).
  const inWords = !/\d/.test(text);
  const changed = Object.keys(shown.args).flatMap((property) => {
    if (inWords && describeProperty(property, schema.properties?.[property] ?? {}).kind !== 'date') return [];
    const value = findPropertyValue(schema, property, said, now);
    return value === undefined || sameValue(value, shown.args[property]) ? [] : [[property, value] as const];
  });
  // One value changed is a correction; two or more read from one short message would be a guess.
  const corrected = changed.length === 0 ? yearCorrected(said, shown.args) : changed;
  if (corrected.length !== 1) return undefined;
  return { name: shown.name, args: { ...shown.args, ...Object.fromEntries(corrected) } };
}

/**
 * "sorry I meant 1984" after "Dana Ruiz, dob 1985-03-12" found no patient: the year alone, said as a
 * correction, replaces the year of the one date the look-up ran with (the caller was asked to say both
 * again, and "1984" was no date).
 */
function yearCorrected(said: string, args: Record<string, unknown>): (readonly [string, string])[] {
  const year = /\b(19|20)\d{2}\b/.exec(said)?.[0];
  if (year === undefined) return [];
  const dates = Object.entries(args).filter(
    (entry): entry is [string, string] =>
      typeof entry[1] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(entry[1]),
  );
  if (dates.length !== 1 || dates[0][1].startsWith(year)) return [];
  return [[dates[0][0], `${year}${dates[0][1].slice(4)}`] as const];
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
