import type { NormalizedAgent } from '../../../graph/types.ts';
import { readBackGap, subjectOf } from './formQuestions.ts';

/**
 * A value the form has but cannot act on: "a haircut" could be any of the salon's three cuts. The
 * booking tool knew it, the form did not, so the read-back said "haircut", the customer said "yes",
 * and only then was asked which cut — a second "yes" for one booking. The template names such values
 * (`responses.clarify`: a pattern for the value's subject and the question to ask), and the form asks
 * before the read-back; the answer to that question is the value (askedQuestions.ts recognises it).
 *
 * A value that names nothing the tool knows is the same fault, worse: "could I book something for
 * tuesday at 4" read back "something on Tuesday…", and "oh actually can you make it wednesday", said to
 * "Which service would you like?", became the service. A template's `names` pattern lists what the
 * tool accepts; a value matching none of it is asked for with the argument's own question.
 */

/** What to ask before the read-back: the argument, and the question when it is not the argument's own. */
export type VagueValue = { property: string; question?: string };

/** Lower case, no apostrophes: how `when`, `unless` and `names` see a whole value. */
const folded = (value: string) => value.toLowerCase().replace(/['’`]/g, '');

/**
 * The first argument whose value the agent's template calls too vague, if any; else one the read-back
 * of `toolName` names and the call lacks ("{months} monthly payments": readBackGap).
 */
export function vagueValue(
  agent: NormalizedAgent | undefined,
  args: Readonly<Record<string, unknown>>,
  toolName?: string,
): VagueValue | undefined {
  const clarify = agent?.responses?.clarify ?? {};
  for (const [property, rule] of Object.entries(clarify)) {
    const value = args[property];
    if (typeof value !== 'string') continue;
    const whole = folded(value);
    // "a haircut for my son" reads back as "haircut" but names the children's cut.
    if (rule.unless !== undefined && new RegExp(rule.unless, 'i').test(whole)) continue;
    if (new RegExp(rule.when, 'i').test(subjectOf(value.trim()).replace(/[.!?]+$/, '')))
      return { property, question: rule.ask };
    if (rule.names !== undefined && !new RegExp(rule.names, 'i').test(whole)) return { property };
  }
  const gap = toolName === undefined ? undefined : readBackGap(agent, toolName, args);
  return gap === undefined ? undefined : { property: gap, question: clarify[gap]?.ask };
}

/**
 * Values that name nothing the tool knows, taken instead from the customer's latest earlier message
 * that does: "I wish to make an appointment for full colour" (quoted at the colour desk), then
 * "Wednesday at 10 in the morning is possible?" is a full colour on Wednesday, not a question to ask
 * again. The read-back still names it, so a wrong pick is one "no" away.
 */
export function namedEarlier(
  agent: NormalizedAgent | undefined,
  args: Readonly<Record<string, unknown>>,
  earlierNewestFirst: readonly string[],
): Record<string, unknown> {
  let named: Record<string, unknown> = { ...args };
  for (const [property, rule] of Object.entries(agent?.responses?.clarify ?? {})) {
    const value = args[property];
    if (rule.names === undefined || typeof value !== 'string') continue;
    const names = new RegExp(rule.names, 'i');
    if (names.test(folded(value))) continue;
    const earlier = earlierNewestFirst.find((message) => names.test(folded(message)));
    if (earlier !== undefined) named = { ...named, [property]: earlier };
  }
  return named;
}
