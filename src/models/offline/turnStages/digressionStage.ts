import type { ToolResult } from '../conversationView.ts';
import {
  cancellationInstead,
  changeInsteadOfNew,
  moveInstead,
  otherChangeInstead,
} from '../forms/cancelInstead.ts';
import { closingReply, GOODBYE, leavingReply, yesToChangeJustMade } from '../forms/closing.ts';
import { asksDeskSlot } from '../forms/deskQuestion.ts';
import {
  acceptsPerson,
  declines,
  FORM_CANCELLED,
  fixedAnswer,
  isYes,
  namesServiceNotOffered,
  requestAfterCancel,
  withdraws,
} from '../forms/digressions.ts';
import { givesUp, isCancel, resumeQuestion } from '../forms/formTurn.ts';
import { holdOnReply, holdsOn } from '../forms/holdOn.ts';
import { cancelsThePick, picksCancellation } from '../forms/moveOrCancel.ts';
import { yesToAList } from '../forms/noneOfTheList.ts';
import { deskAwaitingReply, toolAwaitingReply } from '../forms/pendingRequests.ts';
import { agreesToRelayedReadBack } from '../forms/plainConfirmation.ts';
import { withoutFixedQuestions } from '../forms/questionsAside.ts';
import { requestAlone } from '../forms/requestAlongside.ts';
import { resultText } from '../forms/resultText.ts';
import { handoffToAsker } from '../forms/resumeForm.ts';
import { saidJustNow } from '../forms/saidJustNow.ts';
import type { FunctionTool } from '../modelItems.ts';
import { offerTakenElsewhere } from '../offerAccepted.ts';
import { ARRIVAL_ROUTING_CONFIDENCE, PERSON_ON_REQUEST } from '../offlineModelOptions.ts';
import type { MessageTurn } from './resultsStage.ts';
import type { StageOutcome } from './turnDecision.ts';

/** The turn once its digressions are read: what the message answers, and what it gave up. */
export type SettledTurn = MessageTurn & {
  /** A move's read-back the message turned into a cancellation: the cancellation is read back. */
  cancelling: FunctionTool | undefined;
  /** A tool's question the message answers ("Which one would you like?"), when none of ours is open. */
  awaiting: ToolResult | undefined;
  /** A desk's question the message answers, when none of ours is open. */
  desk: ToolResult | undefined;
  /** A fixed answer to a question asked beside the form's own answer: said before the form's next words. */
  preface?: string;
  /** Said instead of the turn's fallback: the fixed answer, when the rest of the message asked for nothing. */
  fixedAlone?: string;
};

/**
 * Step 2 of the offline model, before routing and tools: an answer that goes back to the agent that
 * asked, giving up on the form, a person accepted, a question with a fixed answer, an offer another
 * agent made taken up. A form given up for another request goes on with that request.
 */
export function digressionStage(turn: MessageTurn): StageOutcome<SettledTurn> {
  const { graph, agentName, agent, options, input, tools, enabledHandoffs, view, now, person } = turn;
  const { changesData } = turn;
  let { text, asked } = turn;
  // An answer to another agent's question, given after an aside we answered, goes back to it.
  const back = handoffToAsker({
    ...{ graph, agentName, input, text, enabledHandoffs },
    ...{ routerThreshold: options.routerThreshold, confidence: ARRIVAL_ROUTING_CONFIDENCE },
  });
  if (back) return { call: back.toolName, args: back.args };

  // Digressions come first: giving up on the form, a person accepted, a question with a fixed answer.
  // "actually forget that, how do I upgrade to Scale?": the form is dropped and the rest is served
  // (by whichever agent it reaches: each reads the message without what it gave up).
  const instead = requestAfterCancel(text);
  // "actually just cancel it" to a move's read-back: the booking's cancellation is read back instead.
  // "could I just move it a week later instead of cancelling?" to a cancellation's: the move is.
  // "yes, change ORD-0002 to 2 seats" to a cancellation's: the change it names is; "change that one
  // rather than putting in a second order" to a new order's: the change of the order.
  const cancelling =
    cancellationInstead(asked, text, turn.allTools, (n) => changesData(n)) ??
    moveInstead(asked, text, tools, (n) => changesData(n)) ??
    otherChangeInstead(asked, text, tools, (n) => changesData(n)) ??
    changeInsteadOfNew(asked, text, tools, (n) => changesData(n));
  if (cancelling) asked = undefined;
  if (givesUp(asked, text) && !instead) return { say: FORM_CANCELLED };
  if (instead) [text, asked] = [instead, undefined];
  const offered = view.lastAssistantText?.endsWith(PERSON_ON_REQUEST) === true;
  if (((asked?.kind === 'argument' && asked.attempt === 3) || offered) && acceptsPerson(text) && person)
    return { call: person, args: { reason: 'customer accepted a person', intent: 'escalation.form' } };
  // A tool or desk asked the customer something ("Which one would you like?"): the reply is for it.
  // Not once the message took back what was asked: "actually no, dont cancel it. can i move it…" went
  // to the desk as its reply to the cancellation's read-back, and the next "yes" cancelled (a chat probe).
  // A cancellation asked in the move's place waits on no reply either ("don't move it — just cancel it").
  const awaiting = asked || instead || cancelling ? undefined : toolAwaitingReply(view);
  const desk = asked || instead || cancelling ? undefined : deskAwaitingReply(agent, view);
  // "yes" to "…(SL-402), …(SL-405) and …(SL-407). Which one would you like?" picks none: asked again.
  // Not a desk's list: the desk reads the reply itself (deskRelay.ts).
  const which = desk || deskAwaitingReply(agent, view) ? undefined : yesToAList(view, text);
  if (which) return { say: which };
  const quits =
    isCancel(text) &&
    !agreesToRelayedReadBack(text, view.lastAssistantText) &&
    !(
      (picksCancellation(view.lastAssistantText, text) || cancelsThePick(view.lastAssistantText, text)) &&
      !withdraws(text)
    );
  if (awaiting && (quits || (desk !== undefined && declines(text)))) return { say: FORM_CANCELLED };
  // "one second... ok I'm back": acknowledged, and what is open asked again (forms/holdOn.ts).
  if (holdsOn(text))
    return {
      say: holdOnReply(
        text,
        agent,
        asked,
        view.lastAssistantText,
        awaiting !== undefined || desk !== undefined,
      ),
    };
  // A courtesy after a job done ("thanks", "great") is closed, like a question with a fixed answer.
  const fixed =
    fixedAnswer(agent, text, asked !== undefined) ??
    // Our greeting ("How can I help you today?") opens no form: "actually never mind" to it is closed.
    ((asked && asked.kind !== 'greeting') || awaiting
      ? leavingReply(text)
      : (closingReply(view, text) ?? yesToChangeJustMade(view, text, (n) => changesData(n))));
  // "Could it be Thursday instead, same time at 4? And what time do you close?" to "Which day would you
  // like instead?": the hours are answered and the move goes on with the day given (the day had been
  // dropped, the question asked again, and "yes, please move it" then caught nothing).
  const rest = fixed ? withoutFixedQuestions(agent, text, asked !== undefined) : undefined;
  const answersForm =
    rest !== undefined &&
    ((asked?.kind === 'argument' && turn.chooser.isAnswer(asked, rest, tools)) ||
      // "is there a fee if I cancel? ok yes go ahead" to the read-back: the fee is answered and the yes
      // makes the change (it was dropped with the question, and the read-back said again).
      (asked?.kind === 'confirm' && isYes(rest)) ||
      (desk !== undefined && asksDeskSlot(graph, agent, desk.name, resultText(desk))));
  if (fixed && rest !== undefined && answersForm) {
    const [view, state] = requestAlone(turn.view, turn.state, rest);
    return { next: { ...turn, view, state, text: rest, asked, cancelling, awaiting, desk, preface: fixed } };
  }
  // "what time do you open on saturday? and i need to book a physical" with nothing open: the hours are
  // answered and the booking goes on (it was dropped, and the next "Dana Ruiz" verified nobody's booking).
  // When the rest leads nowhere of its own, the answer alone is said (`fixedAlone`).
  // Not beside a service we don't offer: "do you do rentals? I need a 2 bed near the park" is the rental.
  if (fixed && rest !== undefined && !asked && !awaiting && !desk && !namesServiceNotOffered(agent, text)) {
    const [view, state] = requestAlone(turn.view, turn.state, rest);
    const next = { ...turn, view, state, text: rest, asked, cancelling, awaiting, desk };
    return { next: { ...next, preface: fixed, fixedAlone: fixed } };
  }
  // "ok thanks, bye" to "Is your hair short, medium or long?" is a goodbye, never followed by the question.
  if (fixed === GOODBYE) return { say: fixed };
  if (fixed) {
    const resume = resumeQuestion(agent, asked, view.lastAssistantText);
    return { say: resume ? `${fixed} ${resume}` : fixed };
  }
  // "Do I need a patch test before that?" right after a reply that said so: said again (saidJustNow.ts).
  const again = asked || awaiting || desk ? undefined : saidJustNow(text, view.lastAssistantText);
  if (again) return { say: again };
  // "…Would you like me to book it?" → "12:30 would be perfect": Booking books (offerAccepted.ts).
  const taken = !asked && offerTakenElsewhere(graph, agent, view, text, tools, enabledHandoffs, now);
  if (taken) return { call: taken.toolName, args: taken.args };
  return { next: { ...turn, text, asked, cancelling, awaiting, desk } };
}
