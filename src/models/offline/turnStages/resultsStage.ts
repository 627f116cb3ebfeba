import { idleTurnReply } from '../agentCoverage.ts';
import { replyToResults } from '../forms/answerResults.ts';
import { callNow } from '../forms/askedWhatWasSaid.ts';
import { moveOfRecordJustMade } from '../forms/changeCorrection.ts';
import { pickForWaitingMove } from '../forms/pickForMove.ts';
import { questionSaidApart } from '../forms/questionSaidApart.ts';
import { looksUpForReadBack } from '../forms/readBackFacts.ts';
import { requestAlone, requestAlongside } from '../forms/requestAlongside.ts';
import { listsSeveral } from '../forms/resultText.ts';
import { passesOn } from '../routeMessage.ts';
import { makesNewRecord } from '../toolActions.ts';
import type { TurnContext } from './turnContext.ts';
import type { StageOutcome } from './turnDecision.ts';

/** The turn once the customer's message to serve is known. */
export type MessageTurn = TurnContext & {
  text: string;
  /** This agent looked up the record a change it makes is about, for this message: it reads the change back. */
  lookedUpForChange?: boolean;
};

/**
 * Step 1 of the offline model: the input ends with results of this agent's tools → answer from them
 * (forms/answerResults.ts), or make the call they waited for. Beside a check that passed, the request
 * said with it goes on, read alone. No message at all → the idle reply.
 */
export function resultsStage(turn: TurnContext): StageOutcome<MessageTurn> {
  const { graph, agentName, agent, options, tools, enabledHandoffs, asked, now, chooser } = turn;
  const { changesData } = turn;
  let { view, state } = turn;
  // What a request waited for was provided (identity verified), or was said already: a call to make.
  const waiting =
    view.trailingResults.length > 0 ? callNow(view, tools, now, (n) => changesData(n)) : undefined;
  // A check the message gave every value of passed, and the message asks for more: serve that next,
  // read without the check's values (forms/requestAlongside.ts).
  const { toolThreshold: threshold, routerThreshold } = options;
  const routes = passesOn(graph, agentName, enabledHandoffs, routerThreshold, view);
  const alongside =
    view.trailingResults.length > 0 && !waiting
      ? requestAlongside({
          ...{ view, tools, changesData: (n: string) => changesData(n), routes },
          ...{ examplesOf: turn.deskExamples, threshold, now },
        })
      : undefined;
  // A look-up a read-back names has answered: the change is read back (forms/readBackFacts.ts).
  // A change chosen only because our question was its look-up's ("And the phone number it was booked
  // with?" → "555-0134") is no change asked for: "when is my appointment?" then got "Which day would you
  // like instead?". One of the customer's last messages must choose it, read as when it was said: with
  // the look-up this turn ran still offered (left out, its own request would choose the next tool).
  const asFirstRead = { ...view, calledThisTurn: new Set<string>() };
  const askedFor = (name: string) =>
    view.userMessages
      .slice(-4)
      .some((m) => chooser.choose(m, tools, asFirstRead, undefined)?.tool.name === name);
  const chosenFor = (said: string) => {
    if (asked?.kind === 'confirm') return asked.tool;
    const chosen = chooser.choose(said, tools, view, asked)?.tool.name;
    // The move of the record just made, asked by correcting it (forms/changeCorrection.ts).
    const move =
      chosen === undefined || chosen === view.previousResult?.name
        ? moveOfRecordJustMade(view, said, tools, (n) => changesData(n))
        : undefined;
    if (move) return move.name;
    // "the 1:30 please" to openings listed while a move waits is the move (forms/pickForMove.ts): its
    // read-back's look-up of the appointment ran again, and the move is read back from it.
    const offer = view.previousResult;
    const waitingMove =
      offer && listsSeveral(offer.output) && (chosen === undefined || makesNewRecord(chosen))
        ? pickForWaitingMove({ view, text: said, tools, changesData: (n) => changesData(n), offer })
        : undefined;
    if (waitingMove) return waitingMove.move.tool.name;
    return chosen === undefined || !changesData(chosen) || askedFor(chosen) ? chosen : undefined;
  };
  const readsBack =
    view.trailingResults.length > 0 &&
    !waiting &&
    !alongside &&
    looksUpForReadBack(agent, view, chosenFor, (n) => changesData(n), tools, now);
  if (view.trailingResults.length > 0 && (waiting || (!alongside && !readsBack))) {
    if (waiting && tools.some((t) => t.name === waiting.name))
      return { call: waiting.name, args: waiting.args };
    return replyToResults({
      ...{ agent, view, tools, state, now: turn.clock() },
      person: turn.person,
      recognize: (said) => turn.recognize(said),
      changesData: (n) => changesData(n),
    });
  }

  // Beside a check that passed, the request is read without the check's values.
  if (alongside) [view, state] = requestAlone(view, state, alongside);
  // "…that's staying as is. Separate question: what's my copay…": the question said apart is the request.
  const apart = view.latestUserMessage === undefined ? undefined : questionSaidApart(view.latestUserMessage);
  if (apart) [view, state] = requestAlone(view, state, apart);
  const text = view.latestUserMessage;
  if (text === undefined) return { say: idleTurnReply(graph, agentName, view, enabledHandoffs, undefined) };
  return { next: { ...turn, view, state, text, lookedUpForChange: readsBack } };
}
