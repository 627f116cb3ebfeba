import { lightStem } from '../../../routing/lightStem.ts';
import { REQUEST_LEAD_WORDS } from '../../../routing/requestPhrases.ts';
import { isStopword, tokenize } from '../../../routing/textFeatures.ts';
import { isFreeTextProperty, type JsonSchema } from '../argumentExtraction.ts';

/**
 * Words that greet or ask for a thing, not say what happened: "hi, I'd like to make a complaint". How a
 * request is put (requestPhrases.ts), and the verbs a complaint is made, filed or left with.
 */
const ASKING = new Set([
  ...REQUEST_LEAD_WORDS,
  ...'hi hello hey ive love needs make making file lodge raise register put submit leave have got get do'.split(
    ' ',
  ),
]);

/**
 * "complaint", "I want to make a complaint": the message that chose `log_complaint` says only what the
 * tool does, so it is no account of what went wrong. It had been logged as the complaint's details ("I
 * want to make a complaint", category "other") and the caller handed to a person before saying what
 * happened. Its words, past greetings and asking, are all the tool's own: its name's, and those of its
 * description's first clause ("Open a complaint case for the managing broker: …" of `open_escalation`).
 */
export function saysOnlyWhatTheToolDoes(text: string, tool: { name: string; description?: string }): boolean {
  const firstClause = (tool.description ?? '').split(/[:.;(]/)[0];
  const own = new Set([...tool.name.split(/[_\W]+/), ...tokenize(firstClause)].map(lightStem));
  const words = tokenize(text).filter((w) => !isStopword(w) && !ASKING.has(w));
  return words.length > 0 && words.every((w) => own.has(lightStem(w)));
}

/**
 * A property that holds an account of what happened ("What went wrong, in the customer's words", "The
 * symptoms in the caller's words"), not a reason in a few words ("I'd like a refund" is asked no "why?",
 * statedReason.ts) nor which record ("The visit to cancel, in the patient's words": "cancel my
 * appointment" names it well enough to ask which).
 */
const AN_ACCOUNT = /\bwhat (?:went wrong|happened)\b|\bsymptoms?\b/i;

/**
 * The required accounts that hold only the tool's own words, taken out and asked for ("I'm so sorry to
 * hear that. Can you tell me what happened?").
 */
export function withoutEmptyAccounts(
  fill: { args: Record<string, unknown>; missing: string[]; unfilled: string[] },
  schema: JsonSchema,
  tool: { name: string; description?: string },
): { args: Record<string, unknown>; missing: string[]; unfilled: string[] } {
  const required = new Set<string>(schema?.required ?? []);
  const empty = Object.entries(fill.args)
    .filter(
      ([p, v]) =>
        required.has(p) &&
        typeof v === 'string' &&
        isFreeTextProperty(schema, p) &&
        AN_ACCOUNT.test(String(schema?.properties?.[p]?.description ?? '')) &&
        saysOnlyWhatTheToolDoes(v, tool),
    )
    .map(([p]) => p);
  if (empty.length === 0) return fill;
  const args = Object.fromEntries(Object.entries(fill.args).filter(([p]) => !empty.includes(p)));
  return { ...fill, args, missing: [...fill.missing, ...empty] };
}
