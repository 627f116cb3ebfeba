import type { NormalizedAgent } from '../../../graph/types.ts';
import { readBackGap, subjectOf } from './formQuestions.ts';

/**
 * A value the form has but cannot act on: "a haircut" could be any of the salon's three cuts. The
 * booking tool knew it, the form did not, so the read-back said "haircut", the customer said "yes",
 * and only then was asked which cut — a second "yes" for one booking. The template names such values
 * (`responses.clarify`: a pattern for the value's subject and the question to ask), and the form asks
 * before the read-back; the answer to that question is the value (askedQuestions.ts recognises it).
 */

/**
 * The first argument whose value the agent's template calls too vague, if any; else one the read-back
 * of `toolName` names and the call lacks ("{months} monthly payments": readBackGap).
 */
export function vagueProperty(
  agent: NormalizedAgent | undefined,
  args: Readonly<Record<string, unknown>>,
  toolName?: string,
): string | undefined {
  const clarify = agent?.responses?.clarify ?? {};
  const vague = Object.keys(clarify).find((property) => {
    const value = args[property];
    if (typeof value !== 'string') return false;
    const { when, unless } = clarify[property];
    // "a haircut for my son" reads back as "haircut" but names the children's cut.
    const whole = value.toLowerCase().replace(/['’`]/g, '');
    if (unless !== undefined && new RegExp(unless, 'i').test(whole)) return false;
    return new RegExp(when, 'i').test(subjectOf(value.trim()).replace(/[.!?]+$/, ''));
  });
  return vague ?? (toolName === undefined ? undefined : readBackGap(agent, toolName, args));
}

/** The question that narrows a vague value of `property`, if the template has one. */
export function clarifyQuestion(agent: NormalizedAgent | undefined, property: string): string | undefined {
  return agent?.responses?.clarify?.[property]?.ask;
}
