import type { NormalizedAgent } from '../../graph/types.ts';
import { tokenize } from '../../routing/textFeatures.ts';
import { addressLookUp, dayAtAddressChange } from './addressOwner.ts';
import {
  enumPropertiesNamedIn,
  findPropertyValue,
  isFreeTextProperty,
  namedAnswer,
  propertiesNamedIn,
} from './argumentExtraction.ts';
import type { AskedQuestion } from './askedQuestions.ts';
import { asksAnotherChange } from './changeAskedBefore.ts';
import { askedLookUp, leafLookUp } from './closestLookUp.ts';
import { concreteRequest, type RequestReader } from './concreteRequest.ts';
import type { ConversationView } from './conversationView.ts';
import { deskFollowUp, whyOfDeskAnswer } from './deskFollowUp.ts';
import { deskPurposeTool } from './deskPurposeTool.ts';
import { addedToRecordMade } from './forms/addedToRecord.ts';
import { answersAsked } from './forms/answersAsked.ts';
import { earliestAsked, listerFor, optionalQuestion } from './forms/beforeTheChange.ts';
import { answersAfterAskingWhy, isQuestion } from './forms/digressions.ts';
import { unclaimedReply } from './forms/formTurn.ts';
import { heldRecordMove } from './forms/heldRecordMove.ts';
import { openingsAt } from './forms/openingsAgain.ts';
import { toolAwaitingReply } from './forms/pendingRequests.ts';
import { anotherListedThing, pendingToolFor } from './forms/pendingTool.ts';
import { proposesTime } from './forms/proposedTime.ts';
import { replyToPending } from './forms/replyToPending.ts';
import { requestsBefore } from './forms/saidJustNow.ts';
import { requestWithSubject, subjectDescription } from './forms/statedSubject.ts';
import { weighsInsteadOf } from './listedValueQuestion.ts';
import { type FunctionTool, parametersOf } from './modelItems.ts';
import { onlyNameAndNumber } from './nameAlone.ts';
import { nameAloneTakenBy } from './nameTakingTool.ts';
import { holdingsAsked, ownRecordsAsked } from './ownRecordsAsked.ts';
import { pickedReference } from './pickedReference.ts';
import { priceAside, priceAsked } from './priceAside.ts';
import { changeToOwnRecord, changeToRecordShown } from './recordFollowUp.ts';
import { lookUpOfNamedValue } from './referenceOwner.ts';
import { refinedLookUp } from './refinedLookUp.ts';
import { soleLookUp, soleTool } from './soleTool.ts';
import { criteriaStated, criterionAnsweringGreeting } from './statedCriteria.ts';
import { lookUpNamingThing, questionAboutEarlierSubject, questionAboutFormSubject } from './subjectWords.ts';
import { MIN_TOOL_SIMILARITY, namesAction, scoreTools, type ToolDoc } from './toolMatcher.ts';
import { likeliestTool, type RequestContext, requestTextOf } from './toolRequest.ts';
import { voicedComplaint } from './voicedComplaint.ts';
import { matchRequestedTool } from './wantedChange.ts';
import { wordOnlyOneToolNames } from './wordOnlyOneToolNames.ts';

/** A question for information ("how much is Growth?", "whats the difference…"), not a yes/no one asking for something. */

export type ChosenTool = {
  tool: FunctionTool;
  /** The message that asked for the tool: the source of free-text arguments such as `reason`. */
  focusText: string;
  /** Set when re-running a tool whose last result named an argument it still needed. */
  retryOf?: { args: Record<string, unknown>; missing: string };
};

/**
 * Which of an agent's function tools a customer message calls for, read from the message, from the
 * question the agent just asked, and from values the message names. Tools that change data are only
 * ever picked by what the customer asked, never by a bare value.
 */
export class ToolChooser {
  constructor(
    private readonly agent: NormalizedAgent | undefined,
    private readonly now: Date,
    private readonly threshold = MIN_TOOL_SIMILARITY,
    /** Example requests of the agent behind an agent tool (a desk), by tool name. */
    private readonly examplesOf: (toolName: string) => readonly string[] = () => [],
    /** Whether the message is about this agent's job (agentCoverage.ts): a request it was sent for. */
    private readonly covers: (text: string) => boolean = () => false,
    /** The other agents' tools (a reply to a free-text question may ask for one of them instead). */
    private readonly elsewhere: readonly ToolDoc[] = [],
    /** The conversation's state: the record a look-up showed ("can it be Thursday?" moves it). */
    private readonly state: Readonly<Record<string, unknown>> = {},
  ) {}

  /**
   * The tool the latest message asks for; else, when our last reply asked for an argument, the tool
   * waiting for it (the user's answer — "INV-1042" — rarely resembles the tool itself); else a
   * read-only tool that takes a value the message names ("WH-303").
   */
  choose(
    text: string,
    tools: readonly FunctionTool[],
    view: ConversationView,
    asked: AskedQuestion | undefined,
  ): ChosenTool | undefined {
    const chosen = this.pick(text, tools, view, asked);
    return chosen && { ...chosen, focusText: this.withSubject(chosen.tool, chosen.focusText, tools, view) };
  }

  /** `request`, or the earlier message naming what the change is about when it says only when. */
  private withSubject(
    tool: FunctionTool,
    request: string,
    tools: readonly FunctionTool[],
    view: ConversationView,
  ): string {
    if (!this.changesData(tool.name)) return request;
    const readOnly = tools.filter((t) => !this.changesData(t.name));
    return requestWithSubject({
      ...{ tool, request, earlier: requestsBefore(view, request), readOnly },
      asksFor: (message, t) => scoreTools(message, this.docs([t]))[0]?.score >= this.threshold,
    });
  }

  private pick(
    text: string,
    tools: readonly FunctionTool[],
    view: ConversationView,
    asked: AskedQuestion | undefined,
  ): ChosenTool | undefined {
    const available = tools.filter((t) => !view.calledThisTurn.has(t.name));
    // "Hannah Kowalski" said before it was asked (after openings were listed): our tool that takes a
    // name (identity, a call back, the booking of the openings), which then asks for what it still needs.
    const nameTaker = asked
      ? undefined
      : nameAloneTakenBy(this.agent, text, toolAwaitingReply(view) !== undefined)?.tool;
    const takesName = available.find((t) => t.name === nameTaker);
    if (takesName) return { tool: takesName, focusText: text };
    const complaint = asked ? undefined : voicedComplaint(text, available, (n) => this.changesData(n));
    if (complaint) return { tool: complaint, focusText: text };
    const requested = matchRequestedTool(text, this.docs(available), this.threshold, available);
    // "I ordered 4 seats last week, can I make it 6 instead?": a change to that one (recordFollowUp.ts).
    const match =
      changeToOwnRecord({ ...this.requestReader(), text, view, available, matched: requested }) ?? requested;
    // "oh and can I add a beard trim to that?" after a booking: one more booking (forms/addedToRecord.ts).
    const added = asked ? undefined : addedToRecordMade(text, view, available);
    if (added) return { tool: added, focusText: text };
    // "thursday any time" to the openings offered: that day's openings (forms/openingsAgain.ts).
    const again =
      asked || (match && this.changesData(match.name))
        ? undefined
        : openingsAt(text, view, available, (n) => this.changesData(n));
    if (again) return { tool: again, focusText: this.requestText(again, available, view) };
    // "yes book it" mid-form continues that form, as does "could it be 8:30?" (forms/proposedTime.ts).
    const pending =
      asked?.kind === 'argument' ? this.pendingTool(asked.property, available, view) : undefined;
    // "and how much is balayage?" to the keratin quote's length question: balayage's (forms/pendingTool.ts).
    const another = anotherListedThing(pending, match?.name, text, (n) => this.changesData(n));
    if (another) return another;
    if (pending && (match?.name === pending.tool.name || proposesTime(pending.tool, text))) return pending;
    // "can it be this Thursday at 1pm?" of the appointment just read out: its move (forms/heldRecordMove.ts).
    const held =
      pending || asked ? undefined : heldRecordMove(text, available, this.state, (n) => this.changesData(n));
    if (held) return { tool: held, focusText: text };
    const priced = pending || match ? undefined : priceAsked(text, available, (n) => this.changesData(n));
    if (priced) return priced;
    // "the earliest she can fit me in" with no form under way; "book with Dr. Okafor, the soonest" names
    // the change itself, whose form lists the openings (beforeTheChange.ts).
    const earliest =
      pending || (match && this.changesData(match.name))
        ? undefined
        : earliestAsked(text, available, (t) => !this.changesData(t.name));
    if (earliest) return { tool: earliest, focusText: text };
    // A price asked naming a thing ("how much is balayage?") is never the asked value, even a name.
    const price = pending && priceAside(text, pending.tool, available, (n) => this.changesData(n));
    if (price) return price;
    // A reply giving the asked value in words another tool fits better (forms/replyToPending.ts).
    const to =
      pending && this.gives(pending.tool, asked, text)
        ? replyToPending(pending.tool, text, {
            ...{ match: available.find((t) => t.name === match?.name), asked, docs: this.docs(available) },
            changesData: (n: string) => this.changesData(n),
          })
        : undefined;
    if (to) return to === pending?.tool ? pending : { tool: to, focusText: text };
    // "ok. the phone number is 07700 900303" to "what's the phone number?": the answer, in words a
    // look-up shares ("number"), is no new request for that look-up. So is "a women's cut please" to
    // "which service would you like?": any words answer a free-text question, and they are the
    // service's words, which the price look-up shares.
    if (
      pending &&
      match &&
      !this.changesData(match.name) &&
      (!isQuestion(text) || answersAfterAskingWhy(text)) &&
      (this.gives(pending.tool, asked, text) ||
        (asked?.kind === 'argument' && isFreeTextProperty(parametersOf(pending.tool), asked.property)) ||
        this.statesSubject(pending.tool, text, tools))
    )
      return pending;
    // "can we make it 6 seats instead?" after an order was shown: a change to it, not a new order.
    const followUp =
      pending || (match && this.changesData(match.name) && namesAction(tokenize(text), match.name))
        ? undefined
        : changeToRecordShown({
            text,
            view,
            available,
            changesData: (n) => this.changesData(n),
            now: this.now,
          });
    if (followUp) return { tool: followUp, focusText: text };
    // "what time is my cut on the 17th?" is the look-up of it, not a booking of a cut (ownRecordsAsked.ts).
    const holdings =
      pending || asked ? undefined : holdingsAsked(text, available, (n) => this.changesData(n));
    if (holdings) return holdings;
    const found =
      match && this.changesData(match.name)
        ? undefined
        : concreteRequest(this.requestReader(), text, available, match?.name, pending?.tool.name);
    // "whats the difference between growth and scale? we've got about 8 numbers" orders nothing.
    // "I need to cancel one.", then a name and number: for the cancellation, not a booking.
    const elsewhere = (n: string) =>
      asksAnotherChange(n, text, view, available, (t) => this.changesData(t)) ||
      weighsInsteadOf(text, n, available, (t) => this.changesData(t));
    const doer = found && elsewhere(found.name) ? undefined : found;
    // "friday at 3pm" to the move's "Which day would you like instead?" answers the move: it is no new
    // booking, though it gives a booking's day and time, unless it names the booking's action.
    const answersChange =
      pending !== undefined &&
      this.changesData(pending.tool.name) &&
      this.gives(pending.tool, asked, text) &&
      doer !== undefined &&
      !namesAction(tokenize(text), doer.name);
    // "Dana Ruiz, 555-0134" to a look-up's "Whose name is the appointment under?" answers the look-up.
    const answersLookUp =
      pending !== undefined && !this.changesData(pending.tool.name) && onlyNameAndNumber(text);
    if (doer && doer.name !== pending?.tool.name && !answersChange && !answersLookUp)
      return { tool: doer, focusText: text };
    if (doer) return pending;
    // "how much is that?", "how long does it take?" mid-form: about what the form is for.
    const aboutSubject =
      pending && isQuestion(text) && !this.gives(pending.tool, asked, text)
        ? questionAboutFormSubject(pending, text, available, {
            changesData: (n) => this.changesData(n),
            docs: (t) => this.docs(t),
            threshold: this.threshold,
          })
        : undefined;
    if (aboutSubject && (!match || match.name === aboutSubject.tool.name)) return aboutSubject;
    const why = pending ? undefined : whyOfDeskAnswer(this.agent, text, available, view);
    if (why) return why;
    // "do you do balayage?", then "how much is it?": about what the message before named.
    const earlier =
      pending || asked
        ? undefined
        : questionAboutEarlierSubject(text, available, view, (n) => this.changesData(n));
    if (earlier && (!match || match.name === earlier.tool.name)) return earlier;
    // "do you do balayage?": a question naming a thing only one of our look-ups names in its description.
    const thing =
      pending || asked || match ? undefined : lookUpNamingThing(text, available, (n) => this.changesData(n));
    if (thing) return thing;
    // "I booked an appointment but I forgot what day it is": what the customer holds, not openings.
    const own = pending || asked ? undefined : ownRecordsAsked(text, available, (n) => this.changesData(n));
    if (own && !(match && this.changesData(match.name))) return own;
    const changes = { changesData: (n: string) => this.changesData(n), now: this.now };
    const picked = match && lookUpOfNamedValue(match.name, text, available, changes);
    if (picked) return { tool: picked, focusText: text };
    const { agent, threshold } = this;
    const said = { agent, text, available, docs: this.docs(available), threshold };
    const purpose = pending || asked ? undefined : deskPurposeTool({ ...said, ...changes });
    if (purpose) return purpose;
    // A value of unmistakable shape ("WH-303"), or a question naming one of a fixed set ("how much is Scale?").
    const asksAbout = isQuestion(text);
    const named = available.filter(
      (t) =>
        !this.changesData(t.name) &&
        (propertiesNamedIn(parametersOf(t), text, this.now).length > 0 ||
          (asksAbout && enumPropertiesNamedIn(parametersOf(t), text).length > 0)),
    );
    // Mid-form, a question naming what a read-only tool looks up ("wait whats Scale cost" while the
    // email is asked) is an aside, unless it also gives the asked value ("is 3pm free?" for the time).
    if (pending && !(asksAbout && named.length > 0 && !this.gives(pending.tool, asked, text))) return pending;
    const request = (t: FunctionTool) => this.requestText(t, available, view);
    const sole = { text, tools, view, changesData: (n: string) => this.changesData(n), covers: this.covers };
    if (named.length === 0)
      return (
        pickedReference(text, available, this.now, (n) => this.changesData(n)) ??
        addressLookUp(text, available, (n) => this.changesData(n)) ??
        dayAtAddressChange(text, available, (n) => this.changesData(n), this.now) ??
        criteriaStated(text, available, (n) => this.changesData(n), this.now) ??
        criterionAnsweringGreeting({ ...{ agent: this.agent, asked, text, available }, ...changes }) ??
        ownRecordsAsked(text, available, (n) => this.changesData(n)) ??
        soleTool(sole) ??
        soleLookUp(sole) ??
        leafLookUp(this.agent, text, available, this.docs(available), this.threshold) ??
        askedLookUp(text, available, this.docs(available), this.threshold) ??
        refinedLookUp({ text, available, view, ...changes, requestText: request }) ??
        deskFollowUp(this.agent, text, available, this.docs(available), view) ??
        wordOnlyOneToolNames(text, tools, available, (n) => this.changesData(n))
      );
    const tool = this.likeliest(named, view);
    return { tool, focusText: this.requestText(tool, available, view) };
  }

  /**
   * "a blow dry" said while the time is asked, after "do you have anything on thursday evening?": a
   * statement the form reads as its free-text value (the service) is for the form, not a price question.
   */
  private statesSubject(tool: FunctionTool, text: string, tools: readonly FunctionTool[]): boolean {
    const schema = parametersOf(tool);
    const about = subjectDescription(tool, tools, (n) => this.changesData(n));
    return Object.keys(schema.properties ?? {}).some(
      (p) =>
        isFreeTextProperty(schema, p) && unclaimedReply(schema, p, [text], [], this.now, about) !== undefined,
    );
  }

  /** The message gives the value of the property we asked for, as `tool` reads it. */
  private gives(tool: FunctionTool, asked: AskedQuestion | undefined, text: string): boolean {
    if (asked?.kind !== 'argument') return false;
    const schema = parametersOf(tool);
    return (
      findPropertyValue(schema, asked.property, text, this.now) !== undefined ||
      namedAnswer(schema, asked.property, text) !== undefined
    );
  }

  /** Whether `text` verifiably answers the question we asked (forms/answersAsked.ts). */
  isAnswer(asked: AskedQuestion | undefined, text: string, tools: readonly FunctionTool[]): boolean {
    const { agent, now, threshold, elsewhere } = this;
    const reader = this.requestReader();
    return answersAsked({ ...reader, agent, asked, text, tools, now, threshold, elsewhere });
  }

  /** An optional value worth one question before the change runs (forms/beforeTheChange.ts). */
  optionalQuestion(
    tool: FunctionTool,
    unfilled: readonly string[],
    view: ConversationView,
    args?: Record<string, unknown>,
  ) {
    const changesData = (n: string) => this.changesData(n);
    return optionalQuestion({ agent: this.agent, tool, unfilled, view, changesData, args });
  }

  /** A look-up to make first: the choices for a missing value, or the record (forms/beforeTheChange.ts). */
  listerFor(
    fill: { args: Record<string, unknown>; missing: readonly string[] },
    tool: FunctionTool,
    tools: readonly FunctionTool[],
    view: ConversationView,
    asked: AskedQuestion | undefined,
  ) {
    const changesData = (n: string) => this.changesData(n);
    return listerFor({ agent: this.agent, fill, tool, tools, view, asked, changesData, now: this.now });
  }

  /** The tool whose last result asked for `property`, else a tool that requires it (forms/pendingTool.ts). */
  private pendingTool(
    property: string,
    available: FunctionTool[],
    view: ConversationView,
  ): ChosenTool | undefined {
    return pendingToolFor({
      ...{ property, available, view, agent: this.agent, threshold: this.threshold },
      changesData: (n) => this.changesData(n),
      docs: (t) => this.docs(t),
      requestText: (tool) => this.requestText(tool, available, view),
      likeliest: (candidates) => this.likeliest(candidates, view),
    });
  }

  /** Among candidate tools, the one the customer's earlier messages are about (toolRequest.ts). */
  private likeliest(candidates: FunctionTool[], view: ConversationView): FunctionTool {
    return likeliestTool(this.requestContext(), candidates, view);
  }

  /** The message that asked for `tool` (for a read-back the customer is answering). */
  requestFor(tool: FunctionTool, tools: readonly FunctionTool[], view: ConversationView): string {
    const available = tools.filter((t) => !view.calledThisTurn.has(t.name));
    return this.withSubject(tool, this.requestText(tool, available, view), tools, view);
  }

  /** The newest earlier message that asked for this tool, else the previous message (toolRequest.ts). */
  private requestText(tool: FunctionTool, available: FunctionTool[], view: ConversationView): string {
    return requestTextOf(this.requestContext(), tool, available, view);
  }

  private requestContext(): RequestContext {
    return {
      agent: this.agent,
      now: this.now,
      threshold: this.threshold,
      docs: (t) => this.docs(t),
      reader: this.requestReader(),
    };
  }

  private requestReader(): RequestReader {
    return { now: this.now, changesData: (n) => this.changesData(n), docs: (t) => this.docs(t) };
  }

  private changesData(toolName: string): boolean {
    return this.agent?.tools.find((t) => t.name === toolName)?.sideEffect === true;
  }

  private docs(tools: readonly FunctionTool[]): ToolDoc[] {
    return tools.map((t) => ({
      name: t.name,
      description: t.description ?? '',
      sideEffect: this.changesData(t.name),
      examples: this.examplesOf(t.name),
    }));
  }
}
