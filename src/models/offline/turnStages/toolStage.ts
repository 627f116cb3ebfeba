import { chosenToolStep } from '../chosenToolStep.ts';
import { bookingForDayAsked } from '../dayAndTimeOwner.ts';
import { answersOnly, deskForAction } from '../deskForAction.ts';
import { changeCompleted } from '../forms/changeCompletion.ts';
import {
  changeCorrected,
  moveOfRecordJustMade,
  NOT_MADE_AGAIN,
  remakesRecord,
} from '../forms/changeCorrection.ts';
import { correctionForDesk } from '../forms/deskCorrection.ts';
import { deskInput } from '../forms/deskQuestion.ts';
import { referencePicked, replyGoesToDesk } from '../forms/deskReply.ts';
import { lookUpAtReadBack } from '../forms/lookUpAtReadBack.ts';
import { lookUpCorrected } from '../forms/lookUpCorrection.ts';
import { pickedFromTheList } from '../forms/lookUpPick.ts';
import { asksMoveOrCancel, MOVE_OR_CANCEL, moveOrCancelPicked } from '../forms/moveOrCancel.ts';
import { pickOfNone } from '../forms/noneOfTheList.ts';
import { otherChangeAtReadBack } from '../forms/otherChangeAtReadBack.ts';
import { choiceFromOffer, earlierPick } from '../forms/pendingRequests.ts';
import { moveOfPick, pickForWaitingMove } from '../forms/pickForMove.ts';
import { listsSeveral } from '../forms/resultText.ts';
import { offerTakenHere } from '../offerAccepted.ts';
import type { SettledTurn } from './digressionStage.ts';
import type { TurnDecision } from './turnDecision.ts';

/**
 * Step 4 of the offline model: a tool matches the message (or a question we asked for its argument was
 * just answered, or the message picks from an offer, or names a value a read-only tool takes) → call it
 * or ask for what is missing (chosenToolStep.ts). Else a desk's question is answered, or a desk or a
 * search runs again with the value the message corrects. Undefined: no tool for the message.
 */
export function toolStage(turn: SettledTurn): TurnDecision | undefined {
  const { graph, agent, chooser, view, tools, state, properties, person, text, now } = turn;
  const { changesData, asked, cancelling, awaiting, desk } = turn;
  const confirming = asked?.kind === 'confirm' ? tools.find((t) => t.name === asked.tool) : undefined;
  const lookUp = lookUpAtReadBack({
    ...{ agent, confirming, choose: (said) => chooser.choose(said, tools, view, undefined) },
    ...{ chooser, view, tools, state, properties, person, text, now, changesData: (n) => changesData(n) },
  });
  if (lookUp) return { call: lookUp.call, args: lookUp.args };
  // "it's 41 Heron Street, not 14" right after our change was made: that change again, corrected.
  const fixed = asked ? undefined : changeCorrected(view, text, tools, (n) => changesData(n), now);
  if (fixed) return { call: fixed.name, args: fixed.args };
  // "It's a 3 bed, hoping for 420 thousand" right after the draft was started: the same change, completed.
  const completed = asked ? undefined : changeCompleted(view, text, tools, (n) => changesData(n), now);
  if (completed) return { call: completed.name, args: completed.args };
  // "the first one is fine" after a list of openings: the tool that takes the offered value.
  // Also when the offer closed with a form's question ("…What time would you like?" → "the second one").
  const offerToPick = awaiting ?? (asked?.kind === 'argument' ? view.previousResult : undefined);
  const choice =
    offerToPick && !desk
      ? choiceFromOffer(offerToPick, text, tools, (name) => changesData(name), view)
      : undefined;
  // A pick said on an earlier turn still holds ("the second one", then the name).
  const picked = choice ?? earlierPick(view, tools, (name) => changesData(name));
  // "the 1:30 please" to openings listed while a move asked for waits: the move, never a second booking.
  // Also when the openings were listed beside the question which appointment to move, the offer awaited.
  const moveOf = { view, tools, changesData: (n: string) => changesData(n) };
  const older =
    choice || desk ? undefined : view.earlierResults.find((r) => r !== offerToPick && listsSeveral(r.output));
  const moving =
    choice && offerToPick
      ? moveOfPick({ ...moveOf, offer: offerToPick, choice })
      : older && pickForWaitingMove({ ...moveOf, text, offer: older });
  if (moving)
    return chosenToolStep({
      ...{ agent, chosen: { tool: moving.move.tool, focusText: moving.move.request }, chooser, view, tools },
      ...{ state: { ...state, ...moving.values }, picked: undefined, asked, confirming: undefined },
      ...{ properties, person, text, now, changesData: (n: string) => changesData(n) },
    });
  // Another change asked in place of the one read back (forms/otherChangeAtReadBack.ts).
  const instead = otherChangeAtReadBack(
    confirming,
    text,
    (said) => chooser.choose(said, tools, view, undefined),
    (n) => changesData(n),
    now,
  );
  if (instead)
    return chosenToolStep({
      ...{ agent, chosen: instead, chooser, view, tools, state, picked: undefined, asked: undefined },
      ...{ confirming: undefined, properties, person, text, now, changesData: (n: string) => changesData(n) },
    });
  const reread = confirming ?? cancelling;
  // "the toner one" to a look-up's list of the caller's records: that one looked up.
  const fromList = choice || picked || reread ? undefined : pickedFromTheList(view, text, tools, changesData);
  if (fromList && !desk) return fromList;
  // "the purple one" to a list of the caller's records, naming none: the list again, not a new request.
  // Not once the pick was looked up this turn ("the saturday one, can we move it to sunday at 11?": the
  // look-up ran with the Saturday viewing, and "11", where it goes, then read as a pick of none).
  const pickLookedUp = view.previousResult !== undefined && view.calledThisTurn.has(view.previousResult.name);
  const none = choice || picked || reread || pickLookedUp ? undefined : pickOfNone(text, view);
  if (none && (!desk || referencePicked(desk, text) === undefined)) return none;
  // "can't drive me to my appointment tomorrow": move it or cancel it? (forms/moveOrCancel.ts)
  const fresh = !reread && !choice && !picked && !asked;
  if (fresh && !desk && asksMoveOrCancel(text, tools, changesData)) return { say: MOVE_OR_CANCEL };
  const moveOrCancel = fresh ? moveOrCancelPicked(view, text, tools, changesData) : undefined;
  const asMatched = reread
    ? { tool: reread, focusText: chooser.requestFor(reread, tools, view) }
    : choice
      ? { tool: choice.tool, focusText: text }
      : moveOrCancel ||
        (!asked && offerTakenHere(view, text, tools, (n) => changesData(n), now)) ||
        chooser.choose(text, tools, view, asked);
  // The one desk whose change the asking clause names, over the words around it (deskForAction.ts).
  const byAction = reread || choice || asked || desk ? undefined : deskForAction(graph, agent, text, tools);
  const asChosen =
    byAction &&
    asMatched?.tool.name !== byAction.name &&
    (asMatched === undefined || answersOnly(graph, agent, asMatched.tool.name))
      ? { tool: byAction, focusText: text }
      : asMatched;
  // "sorry wrong day, I meant wednesday not tuesday" right after a booking: its move, never a second
  // booking (forms/changeCorrection.ts). Not when the message names another change ("cancel it").
  const correcting =
    !reread && !choice && !asked && (!asChosen || asChosen.tool.name === view.previousResult?.name);
  const remade = correcting ? moveOfRecordJustMade(view, text, tools, changesData) : undefined;
  const chosen = remade ? { tool: remade, focusText: text } : asChosen;
  if (correcting && remakesRecord(view, text, chosen?.tool.name)) return { say: NOT_MADE_AGAIN };
  if (desk && replyGoesToDesk(agent, desk, chosen?.tool.name, text))
    return { call: desk.name, args: { input: deskInput(graph, agent, desk, text) } };
  // "oh no sorry, it's 555-0189" right after a desk did something: that desk does it again.
  const corrected = chosen ? undefined : correctionForDesk(agent, view, text);
  if (corrected) return { call: corrected.desk, args: { input: corrected.input } };
  // "sorry I meant 500k not 450" right after a search answered: it runs again with that value.
  const redo = chosen || asked ? undefined : lookUpCorrected(agent, view, text, tools, now);
  if (redo) return { call: redo.name, args: redo.args };
  // "could I get a blow-dry on friday?" just routed to the booking desk: its booking (dayAndTimeOwner.ts).
  const dayBooking =
    chosen || asked || awaiting || desk || !view.arrivedByHandoff
      ? undefined
      : bookingForDayAsked(agent, text, tools, now);
  const booking = dayBooking ? tools.find((t) => t.name === dayBooking) : undefined;
  const toCall = chosen ?? (booking ? { tool: booking, focusText: text } : undefined);
  if (!toCall) return undefined;
  return chosenToolStep({
    ...{ agent, chosen: toCall, chooser, view, tools, state, picked, asked, confirming },
    ...{ properties, person, text, now, changesData: (n: string) => changesData(n) },
  });
}
