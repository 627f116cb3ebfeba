import { findPropertyValue, isFreeTextProperty, type JsonSchema } from '../argumentExtraction.ts';
import type { ConversationView } from '../conversationView.ts';
import type { FunctionTool } from '../modelItems.ts';
import { isFailure, missingArgument } from '../responseTemplates.ts';
import { isQuestion } from './digressions.ts';
import { saysACorrection } from './lookUpCorrection.ts';
import { resultText } from './resultText.ts';

/**
 * "Oh sorry, I always do that, it's 41 Heron Street, not 14" right after the seller desk said "I've
 * started draft listing LST-2001 for 14 Heron Street": the customer corrects a value the change we just
 * made was given. The desk's router read a new topic and handed the caller back to the front desk, so
 * the draft kept the wrong address. A correction (its words, "the wrong number", or the old value said
 * beside the new: "not 14") said right after one of our changes succeeded, giving a new value for
 * exactly one value it ran with, makes that change again with it, the others as they were. Whether
 * that corrects the record or makes another is the tool's to say (the estate agency's draft corrects its
 * own address when only the house number differs).
 */

/** "I've given you the wrong number", "wrong address": a correction said of what was given. */
const WRONG_GIVEN =
  /\bwrong\s+(?:number|address|house|street|postcode|zip|name|date|day|time)\b|\b(?:gave|given|told)\s+you\s+the\s+wrong\b/i;

/** "not 14", "instead of 27": the old value said beside the new one. */
const OLD_VALUE = /\b(?:not|instead of|rather than)\s+(?:\$?\s*)?\d[\d.,]*\b/gi;

export function changeCorrected(
  view: ConversationView,
  text: string,
  tools: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
  now: Date,
): { name: string; args: Record<string, unknown> } | undefined {
  const made = view.previousResult;
  if (
    !made ||
    !changesData(made.name) ||
    isFailure(made.output) ||
    missingArgument(made.output) !== undefined
  )
    return undefined;
  if (isQuestion(text) || view.trailingResults.length > 0) return undefined;
  if (!saysACorrection(text) && !WRONG_GIVEN.test(text) && !new RegExp(OLD_VALUE.source, 'i').test(text))
    return undefined;
  // Our last reply said what the change did: the correction is about the values it ran with.
  const said = resultText(made)?.trim();
  if (!said || !view.lastAssistantText?.includes(said.slice(0, 60))) return undefined;
  const tool = tools.find((t) => t.name === made.name);
  if (!tool) return undefined;
  const schema = (tool.parameters ?? {}) as JsonSchema;
  const corrected = text.replace(OLD_VALUE, ' ');
  const changed = Object.entries(made.args).flatMap(([property, before]) => {
    // A description with a number in it (an address) is corrected by a message with another number.
    if (isFreeTextProperty(schema, property)) {
      const digits = (s: unknown) => (typeof s === 'string' ? (s.match(/\d+/g) ?? []).join(' ') : '');
      const now_ = digits(corrected);
      return now_ !== '' && digits(before) !== '' && !digits(before).includes(now_)
        ? [[property, corrected.trim()] as const]
        : [];
    }
    const value = findPropertyValue(schema, property, corrected, now);
    return value === undefined || JSON.stringify(value) === JSON.stringify(before)
      ? []
      : [[property, value] as const];
  });
  // One value changed is a correction; more, read from one short message, would be a guess.
  if (changed.length !== 1) return undefined;
  return { name: made.name, args: { ...made.args, ...Object.fromEntries(changed) } };
}
