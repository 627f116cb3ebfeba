import type { NormalizedAgent } from '../../graph/types.ts';
import { fillArguments, isFreeTextProperty, type JsonSchema } from './argumentExtraction.ts';
import { type AskedQuestion, answersByProperty, recognizeAsked } from './askedQuestions.ts';
import type { ConversationView } from './conversationView.ts';
import { withoutEmptyAccounts } from './forms/accountGiven.ts';
import { exchangesForNewRecord } from './forms/answersSinceMade.ts';
import { choiceAnswered } from './forms/choiceAnswered.ts';
import { FORM_CANCELLED, fixedAnswer } from './forms/digressions.ts';
import { longDay } from './forms/formQuestions.ts';
import {
  askStep,
  FAILED_WITH_SAME_DETAILS,
  type FormStep,
  formAnswers,
  isNo,
  progressOf,
  repeatsFailedChange,
} from './forms/formTurn.ts';
import { stateForReply } from './forms/offerDefault.ts';
import { partStep } from './forms/partStep.ts';
import { timesSaid } from './forms/pickByTime.ts';
import {
  agreesAfterChecking,
  agreesWithAside,
  plainReplyAtReadBack,
  restatesWithAgreement,
} from './forms/plainConfirmation.ts';
import { withoutFixedQuestions } from './forms/questionsAside.ts';
import { dayNotReadBack, whereItGoes } from './forms/readBackDays.ts';
import { readBackStep, recordLookUpFirst } from './forms/readBackFacts.ts';
import { reasonAtReadBack } from './forms/reasonAtReadBack.ts';
import { askedAboutTheReply } from './forms/saidJustNow.ts';
import { isWhyProperty } from './forms/statedReason.ts';
import { subjectDescription } from './forms/statedSubject.ts';
import { overAfterMade, valuesStraightAfter } from './forms/straightAfter.ts';
import { declinesWithThanks, thanksAsAssent } from './forms/thanksAsAssent.ts';
import { namedEarlier, vagueValue } from './forms/vagueValues.ts';
import {
  givesOnlyTheAskedValue,
  givesTheValueAskedBeforeTheReadBack,
} from './forms/valueTheChangeAskedFor.ts';
import type { FunctionTool } from './modelItems.ts';
import { sameArguments } from './modelItems.ts';
import { PERSON_ON_REQUEST } from './offlineModelOptions.ts';
import { describeProperty } from './propertyKinds.ts';
import { makesNewRecord } from './toolActions.ts';
import type { ChosenTool, ToolChooser } from './toolChoice.ts';

/**
 * A tool has been chosen for the customer's message: fill its arguments from the conversation and take
 * the form's next step — list the choices, ask for what is missing (rephrased, then a person offered),
 * ask how much or which record, read a change back, or call the tool.
 */
export type ChosenToolTurn = {
  agent: NormalizedAgent | undefined;
  chosen: ChosenTool;
  chooser: Pick<ToolChooser, 'listerFor' | 'optionalQuestion'>;
  view: ConversationView;
  tools: FunctionTool[];
  state: Record<string, unknown> | undefined;
  /** A value picked from an offer, on this turn or an earlier one ("the second one"). */
  picked: { property: string; value: string } | undefined;
  asked: AskedQuestion | undefined;
  /** The tool whose read-back this message answers. */
  confirming: FunctionTool | undefined;
  properties: string[];
  person: string | undefined;
  text: string;
  now: Date;
  changesData: (toolName: string) => boolean;
};

/** A time as said ("at 4", "10am", "2:30"); a bare number ("10", an amount) is none. */
const CLOCK_TIME =
  /^(?:at\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?|\d{1,2}:\d{2}\s*(?:am|pm)?|\d{1,2}\s*(?:am|pm))$/i;

/**
 * Whether the reply says another value for an argument the tool's read-back says ("change your latest
 * order to {quantity} in all"), free text aside. Only those, and only said outright: a value the
 * customer never heard read back, or one the fill read differently from the same words, is no correction.
 */
function changesAValueReadBack(
  agent: NormalizedAgent | undefined,
  tool: FunctionTool,
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  reply: string,
): boolean {
  const schema = tool.parameters as JsonSchema;
  const templates = [agent?.responses?.confirm?.[tool.name] ?? []].flat();
  const said = new Set(templates.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1])));
  return [...said].some(
    (p) =>
      p in (schema.properties ?? {}) &&
      (typeof after[p] === 'number' || typeof after[p] === 'string') &&
      JSON.stringify(after[p]) !== JSON.stringify(before[p]) &&
      // A time said as the caller put it ("Yes, Friday at 10am" to a move "to Friday, at the same
      // time") is a value, though its property is free text: the move had been made at the old time.
      ((!isFreeTextProperty(schema, p) && saysValue(reply, after[p])) || CLOCK_TIME.test(String(after[p]))),
  );
}

/** The reply says the value itself ("yes 6 in total" says 6, "refund the 9.80" says 9.8), not only something it was read from. */
function saysValue(reply: string, value: string | number): boolean {
  if (typeof value === 'number')
    return (reply.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).some((n) => Number(n.replace(/,/g, '')) === value);
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w.])${escaped}(?![\\w.])`, 'i').test(reply);
}

export function chosenToolStep(turn: ChosenToolTurn): FormStep {
  const { agent, chosen, chooser, view, tools, state, picked, asked, confirming, person, text, now } = turn;
  const schema = chosen.tool.parameters as JsonSchema;
  // Questions answered on the side ("what time do you close on Saturday?", or what the last reply had
  // said: saidJustNow.ts) fill no slot; what was said beside one does ("do you have parking? and i'd like
  // a men's cut tomorrow with Theo" lost its day with the parking question, and the day was asked).
  const askedAbout = askedAboutTheReply(view.exchanges);
  const messages = [...view.userMessages]
    .reverse()
    .filter((m) => !askedAbout.has(m))
    .flatMap((m) => (fixedAnswer(agent, m) ? (withoutFixedQuestions(agent, m, true) ?? []) : [m]));
  // "womens please" to a question a tool asked with its choices listed: the choice it names.
  const choice = choiceAnswered(asked, text);
  const answers = {
    ...answersByProperty(agent, turn.properties, exchangesForNewRecord(view, chosen.tool.name)),
    ...reasonsAtReadBack(turn),
    ...(choice !== undefined && asked?.kind === 'argument' ? { [asked.property]: choice } : {}),
  };
  // "a beard trim as well, straight after" the booking just made: its day, when it ends.
  const afterMade = valuesStraightAfter(view, chosen.tool, [chosen.focusText, text]);
  const withPick = {
    ...(picked
      ? { ...state, [picked.property]: picked.value }
      : stateForReply(state, schema, text, view, makesNewRecord(chosen.tool.name))),
    ...afterMade,
  };
  // The request without a question answered beside it: "parking near you" was read back as the service.
  const request = withoutFixedQuestions(agent, chosen.focusText, true) ?? chosen.focusText;
  const fillFrom = (newestFirst: string[]) => {
    // Only the replies being read: without the newest one, "just a trim" is no progress to measure.
    const since = view.userMessages
      .slice(view.userMessages.lastIndexOf(chosen.focusText) + 1)
      .filter((m) => newestFirst.includes(m));
    const about = subjectDescription(chosen.tool, tools, turn.changesData);
    const own = formAnswers(schema, about, answers, since, now);
    const fill = fillArguments(schema, {
      state: withPick,
      messages: newestFirst,
      focusText: request,
      answers: own,
      now,
    });
    // "I want to make a complaint" is no account of what happened: asked (forms/accountGiven.ts).
    return withoutEmptyAccounts(fill, schema, chosen.tool);
  };
  // "Wednesday at 10?" after asking about a full colour books the full colour (forms/vagueValues.ts).
  const named = (f: ReturnType<typeof fillFrom>) =>
    turn.changesData(chosen.tool.name) ? { ...f, args: namedEarlier(agent, f.args, messages.slice(1)) } : f;
  const before = named(overAfterMade(fillFrom(messages.slice(1)), afterMade));
  const heard = named(overAfterMade(fillFrom(messages), afterMade));
  // "refund it" to the refund's read-back agrees; it is not the refund's reason said anew (free text
  // such as a reason is not compared).
  // Thanks for the change the customer just asked for takes it (forms/thanksAsAssent.ts); a name it is
  // signed with is no value ("With best wishes, Maya Patel" to a booking with Maya).
  const thanks =
    confirming !== undefined && thanksAsAssent(text, confirming.name, view.userMessages.slice(-4, -1));
  const saysYes =
    thanks || (confirming !== undefined && plainReplyAtReadBack(text, confirming.name) && !isNo(text));
  // "yes 6 in total" to a read-back of 4 seats: a yes to the change with the value said outright.
  // Not when every such value is the one read back ("Yes, three p.m. on the fourteenth" to "… to 3pm on
  // the same day", the 14th): it was read back again and again.
  const yesWithValue =
    saysYes &&
    !thanks &&
    changesAValueReadBack(agent, confirming, before.args, heard.args, text) &&
    !saysOnlyWhatWasReadBack(before.args, heard.args, view.assistantTexts.at(-1) ?? '');
  // "Growth, correct. Confirmed.": the value read back, said again with agreement.
  // "Yes, the whole $40, send the link." to "pay your whole balance of $40": every value it says is
  // one the read-back already said.
  const restates =
    confirming !== undefined &&
    !saysYes &&
    (restatesWithAgreement(text) ||
      agreesAfterChecking(text, confirming.name) ||
      agreesWithAside(text, confirming.name)) &&
    saysOnlyWhatWasReadBack(before.args, heard.args, view.assistantTexts.at(-1) ?? '', view);
  const agrees = (saysYes && !yesWithValue) || restates;
  // "Yes, Growth. Go ahead." to "change your latest order to 3 in all": agreeing to something not read back.
  const readBack = view.assistantTexts.at(-1) ?? '';
  const other = confirming && agrees && !thanks ? valueNotReadBack(tools, text, readBack) : undefined;
  if (other) return { say: `${other} isn't part of what I read back. ${readBack.trim()}` };
  const fill = agrees ? before : heard;
  // A yes makes the change that was read back, never another: a day the arguments now hold that the
  // read-back never named (the request was heard again with a correction before it, and "tomorrow", the
  // visit's own day, was read as the new one) is read back anew.
  const unread = agrees && confirming?.name === chosen.tool.name && dayNotReadBack(fill.args, readBack);
  const progress = unread || progressOf(before.args, fill.args, text);
  const changes = turn.changesData(chosen.tool.name);
  if (confirming && !progress && (isNo(text) || declinesWithThanks(text))) return { say: FORM_CANCELLED };
  const form = { schema, asked, progress, person, said: text, args: fill.args, replies: view.assistantTexts };
  // A reference the customer cannot know (a slot number): list the choices first, unless asked already.
  const lister = chooser.listerFor(fill, chosen.tool, tools, view, asked);
  if (lister) {
    const listerSchema = lister.parameters as JsonSchema;
    // A record picked from a list is looked up by its reference (forms/lookUpFirst.ts).
    const listed = fillArguments(listerSchema, { state: withPick, messages, focusText: text, now });
    // What the form already holds (the service, the day) stands: "morning" answers only the time.
    const held = Object.entries(fill.args).filter(([p]) => p in (listerSchema.properties ?? {}));
    return { call: lister.name, args: { ...listed.args, ...Object.fromEntries(held) } };
  }
  if (fill.missing.length > 0) return askStep({ agent, property: fill.missing[0], ...form });
  // "I need to pay some of my bill": how much, before the read-back (forms/partOfTheWhole.ts). Also said
  // to the read-back: "refund the overage part, not the whole invoice".
  const partOf = chosen.focusText === text ? text : `${chosen.focusText}\n${text}`;
  const part = changes
    ? partStep({
        ...{ agent, tool: chosen.tool, args: fill.args, focusText: partOf },
        ...{ view, tools, form },
      })
    : undefined;
  if (part !== undefined) return part;
  // Which record the change is about, before asking anything about it (forms/readBackFacts.ts).
  const record =
    changes && !confirming
      ? recordLookUpFirst({ agent, tool: chosen.tool, args: fill.args, view, tools })
      : undefined;
  if (record !== undefined) return record;
  // "a haircut" could be any of three cuts, or the read-back's months are not given: ask before it.
  const vague = changes ? vagueValue(agent, fill.args, chosen.tool.name) : undefined;
  if (vague !== undefined) return askStep({ agent, ...form, ...vague });
  const optional = chooser.optionalQuestion(chosen.tool, fill.unfilled, view, fill.args);
  // Asked again, rephrased with an example; then a person offered (askStep), never the same words twice.
  if (optional) return askStep({ agent, ...form, property: optional });
  // The tool said it needs this value and the reply added nothing: ask again rather than repeat the call.
  if (chosen.retryOf && sameArguments(fill.args, chosen.retryOf.args))
    return askStep({ agent, property: chosen.retryOf.missing, ...form });
  if (changes && repeatsFailedChange(view.previousResult, chosen.tool.name, fill.args))
    return { say: person ? `${FAILED_WITH_SAME_DETAILS} ${PERSON_ON_REQUEST}` : FAILED_WITH_SAME_DETAILS };
  // The agreed change asked for one value more, and the reply gives only that: it runs, unread again.
  // So does a yes that says the value it wants instead of the one read back: that value, never the read one.
  const answersOurQuestion =
    confirming?.name === chosen.tool.name &&
    givesTheValueAskedBeforeTheReadBack(agent, chosen.tool.name, before.args, fill.args, view.assistantTexts);
  if (
    changes &&
    (yesWithValue ||
      answersOurQuestion ||
      givesOnlyTheAskedValue(agent, chosen.tool.name, chosen.retryOf, fill.args))
  )
    return { call: chosen.tool.name, args: fill.args };
  // A change is read back first (its `confirm` template, after the look-ups it names); "yes" makes it.
  const back = { agent, tool: chosen.tool, args: fill.args, view, tools, text, progress };
  const readsBack =
    changes &&
    readBackStep({ ...back, state, confirming: confirming !== undefined, restated: restates || thanks });
  return readsBack || { call: chosen.tool.name, args: fill.args };
}

/**
 * "it was overage i didnt expect" said to the refund's read-back: the caller's reason, which the refund
 * recorded as the request ("refund INV-2041 please") while the read-back was said again unchanged (a
 * chat probe, 2026-11-27). A reason said there (reasonAtReadBack.ts) is the change's why-value.
 */
function reasonsAtReadBack(turn: ChosenToolTurn): Record<string, string> {
  const { agent, chosen, view, tools } = turn;
  const schema = chosen.tool.parameters as JsonSchema;
  const why = Object.keys(schema?.properties ?? {}).find((p) => isWhyProperty(schema, p));
  if (!why) return {};
  const given = view.exchanges.filter((e) => {
    const asked = recognizeAsked(agent, turn.properties, [chosen.tool.name], e.asked);
    return (
      asked?.kind === 'confirm' && asked.tool === chosen.tool.name && reasonAtReadBack(asked, e.answer, tools)
    );
  });
  const newest = given.at(-1)?.answer;
  return newest === undefined ? {} : { [why]: newest };
}

/**
 * Every value `heard` gives beyond `before` is said in the read-back (`readBack`) already, or, where the
 * read-back named no value of its own, is the record the conversation holds: "Yes, change ORD-0002 to 2
 * seats." to "change your latest order to 2 in all", right after ORD-0002 was looked up, names the order
 * talked about. It was read back again with the id, and again (dev28-support-01).
 */
function saysOnlyWhatWasReadBack(
  before: Record<string, unknown>,
  heard: Record<string, unknown>,
  readBack: string,
  view?: ConversationView,
): boolean {
  const said = readBack.toLowerCase();
  return Object.entries(heard).every(([p, v]) => {
    if (sameArguments({ v: before[p] }, { v })) return true;
    if (before[p] == null && typeof v === 'string' && view && heldValue(view, p) === v) return true;
    if (typeof v === 'number')
      return new RegExp(`(?<![\\d.])${String(v).replace('.', '\\.')}(?![\\d]|\\.\\d)`).test(said);
    return (
      typeof v === 'string' &&
      v.trim() !== '' &&
      (said.includes(v.toLowerCase()) || sameClockTime(v, said) || sameDay(v, said))
    );
  });
}

/** The value of `property` in the newest result of ours that has one (the record just talked about). */
function heldValue(view: ConversationView, property: string): unknown {
  for (const r of view.earlierResults) {
    const output = r.output as Record<string, unknown> | null;
    if (output && typeof output === 'object' && output[property] !== undefined) return output[property];
  }
  return undefined;
}

/** A day ("2031-06-14") the read-back names where it says where the change goes, or "the same day". */
function sameDay(value: string, readBack: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return whereItGoes(readBack, 'day').includes(longDay(value).toLowerCase());
}

/**
 * "Yes, Friday at four. That's right." to a move read back "… at 16:00 … to Friday, at the same time":
 * the hour said is one the read-back gives, morning or afternoon ("4" is 4pm or 16:00 there).
 */
function sameClockTime(value: string, readBack: string): boolean {
  // A move reads back the old time and then the new one: only the new one is agreed to, unless it is
  // "the same time" as the old.
  const where = whereItGoes(readBack, 'time');
  // "at 4" is 4:00 or 16:00 (a bare hour is read here: the value is a time, not a pick from a list).
  const minutesSaid = CLOCK_TIME.test(value.trim()) ? timesSaid(value, 0) : [];
  return minutesSaid.some((m) => {
    const h = Math.floor(m / 60);
    const minutes = String(m % 60).padStart(2, '0');
    const twelve = h % 12 === 0 ? 12 : h % 12;
    const clock = new RegExp(
      `(?<![\\d:])(?:0?${h}:${minutes}|${twelve}(?::${minutes})?\\s*${h >= 12 ? 'pm' : 'am'})(?![\\d])`,
    );
    return clock.test(where);
  });
}

/**
 * A name from one of the agent's fixed sets (a plan, a doctor, a stylist) said with a yes, that the
 * read-back never said: "Yes, Growth. Go ahead." to a read-back of an order's quantity had changed the
 * order, a change the caller never asked for. The read-back is said again with what was heard, never made.
 */
function valueNotReadBack(
  tools: readonly FunctionTool[],
  text: string,
  readBack: string,
): string | undefined {
  const said = readBack.toLowerCase();
  const names = tools.flatMap((t) =>
    Object.entries((t.parameters as JsonSchema)?.properties ?? {}).flatMap(([name, raw]) =>
      (describeProperty(name, raw as JsonSchema).enum ?? []).filter((v) => /^[A-Z][a-z]{2,}$/.test(v)),
    ),
  );
  return names.find((v) => new RegExp(`\\b${v}\\b`, 'i').test(text) && !said.includes(v.toLowerCase()));
}
