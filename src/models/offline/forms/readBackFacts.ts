import type { NormalizedAgent } from '../../../graph/types.ts';
import type { JsonSchema } from '../argumentExtraction.ts';
import type { ConversationView } from '../conversationView.ts';
import { findDate } from '../entityExtractors.ts';
import type { FunctionTool } from '../modelItems.ts';
import { describeProperty, isHintedReference } from '../propertyKinds.ts';
import { isFailure } from '../responseTemplates.ts';
import { asksAmountOfReadBack, namesAmount } from './amountAtReadBack.ts';
import { holdsNewValue } from './currentValues.ts';
import { isQuestion, isYes, withdraws } from './digressions.ts';
import { confirmation, filledConfirmation } from './formQuestions.ts';
import type { FormStep } from './formTurn.ts';
import { WHICH_RECORD } from './picks.ts';
import { agreesAtReadBack } from './plainConfirmation.ts';
import { factsFill, lookUpsInHand, lookUpsNamed } from './readBackTemplates.ts';
import { findTimeOfDay } from './slotValues.ts';

/**
 * A read-back says what will happen with what the business holds, not only with what the caller said:
 * "pay $20 of your $145 balance with the Visa ending 4421", not "pay $20 with the card on file". A
 * `confirm` template names such a fact as a look-up's result field (`{lookup_balance.card}`); the
 * look-up runs first, in the same turn, and the read-back is said from its answer. Two things follow:
 * - the read-back never names a card or balance the model guessed;
 * - a look-up that refuses (the caller is not verified yet: "I need to verify your identity… What's
 *   your full name and date of birth?") is answered as it is, so identity is asked before anything is
 *   read back, and the request is made again once the caller is verified (`requestToResume`). Nothing
 *   changes either way until a "yes" to the read-back.
 */

/** What this turn's look-ups answered, by tool: the facts a read-back may name. */
function factsOf(view: ConversationView): Record<string, unknown> {
  return Object.fromEntries(view.trailingResults.map((r) => [r.name, r.output]));
}

/**
 * What an earlier look-up answered about the very record the change names (its answer carries each value
 * the two share, "invoiceId": "INV-2041"), for the facts a read-back names: those it looks up first and
 * those it names only when in hand (`{lookup_invoice.refundable?}`). "What was INV-2039 for?", then
 * "can you refund it": "a refund of $112.40 on invoice INV-2039…", and the same sum when it is said again.
 * Only answers since the change last ran: what it changed makes an older answer stale.
 */
function earlierFactsOf(
  agent: NormalizedAgent | undefined,
  toolName: string,
  args: Record<string, unknown>,
  view: ConversationView,
): Record<string, unknown> {
  const same = (output: unknown) => {
    if (!isObject(output) || isFailure(output)) return false;
    const shared = Object.entries(args).filter(([k, v]) => typeof v === 'string' && v !== '' && k in output);
    return (
      shared.length > 0 &&
      shared.every(([k, v]) => String(output[k]).toLowerCase() === String(v).toLowerCase())
    );
  };
  const ran = view.earlierResults.findIndex((r) => r.name === toolName);
  const since = ran === -1 ? view.earlierResults : view.earlierResults.slice(0, ran);
  const facts: Record<string, unknown> = {};
  // Or one of the records a look-up listed ("There are 2 bookings under that number: …"), by the same
  // values: "cancel the toner one" read back "cancel booking GB-…" without saying it was the toner.
  const listedItem = (output: unknown) =>
    isObject(output)
      ? Object.values(output)
          .filter(Array.isArray)
          .flat()
          .find((item) => same(item))
      : undefined;
  for (const name of lookUpsNamed(agent, toolName)) {
    const found = since.find((r) => r.name === name && same(r.output));
    if (found) facts[name] = found.output;
  }
  // Only for facts named when in hand: a look-up a read-back names is run for it instead.
  for (const name of lookUpsInHand(agent, toolName)) {
    const ofName = since.filter((r) => r.name === name);
    const found =
      ofName.find((r) => same(r.output))?.output ?? ofName.map((r) => listedItem(r.output)).find(Boolean);
    if (found) facts[name] = found;
  }
  return facts;
}

/**
 * This turn's results are only look-ups a read-back of one of the agent's changes names, and they
 * answered (not "I need to verify your identity…"): the change the message asks for is read back now,
 * rather than the look-up's answer given. A question about the look-up itself ("what do I owe?") is
 * answered as usual.
 */
export function looksUpForReadBack(
  agent: NormalizedAgent | undefined,
  view: ConversationView,
  chosenFor: (text: string) => string | undefined,
  changesData: (toolName: string) => boolean,
  tools: readonly FunctionTool[] | undefined,
  now: Date,
): boolean {
  const results = view.trailingResults;
  const text = view.latestUserMessage;
  if (results.length === 0 || text === undefined || results.some((r) => isFailure(r.output))) return false;
  const chosen = chosenFor(text);
  if (chosen === undefined || !changesData(chosen)) return false;
  // Or names when in hand: "move my toner to Saturday" looked the toner up among the caller's bookings,
  // and the move is read back naming it rather than the booking shown and the move left waiting.
  const inHand = lookUpsInHand(agent, chosen);
  const named = [...lookUpsNamed(agent, chosen), ...inHand];
  if (!results.every((r) => named.includes(r.name))) return false;
  // Several records listed and none named: the change asks which one (readBackStep).
  const change = tools?.find((t) => t.name === chosen)?.parameters as JsonSchema | undefined;
  const listed =
    change !== undefined && results.every((r) => isObject(r.output) && listsRecordsOf(r.output, change));
  const last = results.at(-1);
  // Only when the change can be read back at once: a move whose new day or time the message does not say
  // asks for it, and then the record found is shown before the question, as before.
  const found =
    last !== undefined &&
    inHand.includes(last.name) &&
    isObject(last.output) &&
    !listsRecordsOf(last.output, change ?? {}) &&
    (!takesNewValues(change) || saysDayOrTime(text, now));
  return listed || factsFill(agent, chosen, factsOf(view)) || found;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The change takes new values ("New day as YYYY-MM-DD…"): a move, not a cancellation. */
function takesNewValues(change: JsonSchema | undefined): boolean {
  return Object.values(change?.properties ?? {}).some((p) =>
    holdsNewValue(String((p as JsonSchema)?.description ?? '')),
  );
}

/** The message says a day or a time. */
function saysDayOrTime(text: string, now: Date): boolean {
  return findDate(text, now) !== undefined || findTimeOfDay(text) !== undefined;
}

/**
 * Before a change with a `confirm` template: the read-back (from the call's arguments and this turn's
 * look-ups), or the look-up it names to run first; undefined when the change should run now (a yes to
 * its read-back, or no template).
 */
export const UNANSWERED_AT_READ_BACK = "I'm afraid I can't answer that here.";

export function readBackStep(input: {
  agent: NormalizedAgent | undefined;
  tool: FunctionTool;
  args: Record<string, unknown>;
  view: ConversationView;
  tools: readonly FunctionTool[];
  /** The read-back of this tool was the agent's last question. */
  confirming: boolean;
  text: string;
  /** The reply added or changed a value: a new read-back, never a yes. */
  progress: string | boolean;
  /** The conversation's state: what it knows of the record the change is about. */
  state?: Record<string, unknown>;
  /** The reply said the value read back again, with agreement ("Growth, correct. Confirmed."). */
  restated?: boolean;
}): FormStep | undefined {
  const { agent, tool, args, view } = input;
  // "ok and how much is Scale?" opens like a yes but asks something: it agrees to nothing.
  // "ok forget it, don't close it" opens like a yes but withdraws: never a yes to a change.
  const agreed =
    input.confirming &&
    (agreesAtReadBack(input.text, tool.name) || input.restated === true) &&
    !isQuestion(input.text) &&
    !withdraws(input.text) &&
    !input.progress;
  if (agreed || agent?.responses?.confirm?.[tool.name] === undefined) return undefined;
  const schema = tool.parameters as JsonSchema;
  const facts = { ...earlierFactsOf(agent, tool.name, args, view), ...factsOf(view) };
  // "will I get charged a cancellation fee?" to the read-back, and nothing here answers it: said so,
  // not the read-back again as if the question had not been heard.
  const unheard =
    input.confirming && isQuestion(input.text) && !isYes(input.text) && !input.progress
      ? `${UNANSWERED_AT_READ_BACK} `
      : '';
  const filled = filledConfirmation(agent, tool.name, args, schema, facts, input.state);
  // Only a look-up that needs nothing from the caller runs unasked (every value it takes may be left out).
  const needsNothing = (name: string) =>
    input.tools.some((t) => {
      const schema = t.parameters as JsonSchema;
      const required: string[] = schema.required ?? [];
      return t.name === name && required.every((p) => describeProperty(p, schema.properties?.[p]).nullable);
    });
  // "how much would we get back?" to the read-back: said again when it names the amount, else the
  // record looked up by the change's reference ("Invoice INV-2047 … is $99.00"), then the read-back
  // again (replyToResults resumes it).
  if (filled && input.confirming && asksAmountOfReadBack(input.text)) {
    if (namesAmount(filled)) return { say: filled };
    const lookUp = recordLookUp(agent, tool, input.tools, needsNothing);
    if (lookUp && !view.calledThisTurn.has(lookUp))
      return { call: lookUp, args: valuesItTakes(input.tools, lookUp, args) };
  }
  if (filled) return { say: `${unheard}${filled}` };
  const lookUp = lookUpsNamed(agent, tool.name).find((name) => !(name in facts) && needsNothing(name));
  if (lookUp) return { call: lookUp, args: valuesItTakes(input.tools, lookUp, args) };
  // The look-up ran and has nothing the read-back names ("You don't owe anything right now"): its own
  // answer, and nothing read back.
  const answer = lookUpsNamed(agent, tool.name)
    .map((name) => facts[name] as { message?: unknown } | undefined)
    .find((output) => typeof output?.message === 'string' && output.message.trim() !== '');
  if (answer === undefined)
    return { say: `${unheard}${confirmation(agent, tool.name, args, schema, facts, input.state)}` };
  // It listed several of the caller's records and named none ("move my appointment to Friday" with two
  // visits booked): which one is asked, and the pick goes back with the change (pendingRequests.ts).
  const message = String(answer.message).trim();
  return { say: listsRecordsOf(answer, schema) ? `${message} ${WHICH_RECORD}` : message };
}

/**
 * The change's values the look-up also takes: "move my knee rehab session to Friday" asks the visit
 * look-up about the knee rehab session, so the read-back names that visit (and never the day it moves
 * to). A look-up taking nothing is asked nothing, as before.
 */
function valuesItTakes(
  tools: readonly FunctionTool[],
  lookUp: string,
  args: Record<string, unknown>,
): Record<string, unknown> {
  const properties = (tools.find((t) => t.name === lookUp)?.parameters as JsonSchema)?.properties ?? {};
  return Object.fromEntries(Object.entries(args).filter(([k, v]) => k in properties && v != null));
}

/** The agent's read-only look-up that takes the change's reference (`invoiceId`) and needs nothing else. */
function recordLookUp(
  agent: NormalizedAgent | undefined,
  change: FunctionTool,
  tools: readonly FunctionTool[],
  needsNothing: (name: string) => boolean,
): string | undefined {
  const properties = (change.parameters as JsonSchema).properties ?? {};
  const reference = Object.keys(properties).find((p) =>
    isHintedReference(describeProperty(p, properties[p])),
  );
  if (reference === undefined) return undefined;
  const readOnly = (name: string) => agent?.tools.find((t) => t.name === name)?.sideEffect !== true;
  return tools.find(
    (t) =>
      t.name !== change.name &&
      readOnly(t.name) &&
      needsNothing(t.name) &&
      reference in ((t.parameters as JsonSchema).properties ?? {}),
  )?.name;
}

/** The answer lists two or more records, each with the reference the change takes (`appointmentId`). */
function listsRecordsOf(answer: Record<string, unknown>, change: JsonSchema): boolean {
  const references = Object.entries(change.properties ?? {})
    .filter(([name, raw]) => isHintedReference(describeProperty(name, raw as JsonSchema)))
    .map(([name]) => name);
  return Object.values(answer).some(
    (v) =>
      Array.isArray(v) &&
      v.length > 1 &&
      references.some((r) => v.every((item) => typeof item === 'object' && item !== null && r in item)),
  );
}

/**
 * Before a change's own questions ("Which day would you like instead?"): the look-up its read-back names
 * runs first when it finds which record the change is about (it takes one of the change's values), so
 * the caller is verified, or asked whose name it is under, and told which visits there are before being
 * asked anything about the change. Once per conversation: afterwards the read-back runs it again.
 */
export function recordLookUpFirst(input: {
  agent: NormalizedAgent | undefined;
  tool: FunctionTool;
  args: Record<string, unknown>;
  view: ConversationView;
  tools: readonly FunctionTool[];
}): FormStep | undefined {
  const { agent, tool, view, tools } = input;
  const schema = tool.parameters as JsonSchema;
  const own = Object.keys(schema.properties ?? {});
  const lookUp = lookUpsNamed(agent, tool.name)
    .map((name) => tools.find((t) => t.name === name))
    .find(
      (t) => t && Object.keys((t.parameters as JsonSchema).properties ?? {}).some((p) => own.includes(p)),
    );
  if (!lookUp) return undefined;
  const answered = view.trailingResults.find((r) => r.name === lookUp.name);
  if (answered) {
    const output = answered.output;
    const message = isObject(output) && typeof output.message === 'string' ? output.message.trim() : '';
    // It named the record (the fact a read-back says): the change's own questions come next.
    if (factsFill(agent, tool.name, { [answered.name]: output })) return undefined;
    return isObject(output) && listsRecordsOf(output, schema) && message
      ? { say: `${message} ${WHICH_RECORD}` }
      : undefined;
  }
  if (view.earlierResults.some((r) => r.name === lookUp.name)) return undefined;
  return { call: lookUp.name, args: valuesItTakes(tools, lookUp.name, input.args) };
}
