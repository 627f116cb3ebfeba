import { DEFAULT_ROUTER_THRESHOLD } from '../../../routing/agentRouter.ts';
import { dayAndTimeOwner, dayAtAddressOwner } from '../dayAndTimeOwner.ts';
import { directRequestOwner, requestOwner } from '../directRequest.ts';
import { changeCompleted } from '../forms/changeCompletion.ts';
import { changeCorrected } from '../forms/changeCorrection.ts';
import { referencePicked } from '../forms/deskReply.ts';
import { isQuestion } from '../forms/digressions.ts';
import { inForm } from '../forms/formTurn.ts';
import { pickForChange } from '../forms/lookUpFirst.ts';
import { picksOfferedTime } from '../forms/pickByTime.ts';
import { namesWhatWasReadBack } from '../forms/plainConfirmation.ts';
import { ARRIVAL_ROUTING_CONFIDENCE } from '../offlineModelOptions.ts';
import { ownRecordDesk } from '../ownRecordDesk.ts';
import { questionForAnotherDesk } from '../questionForAnotherDesk.ts';
import {
  changeElsewhereToRecordShown,
  changeToRecordShown,
  requestOfRecordShown,
} from '../recordFollowUp.ts';
import { referenceOwner } from '../referenceOwner.ts';
import { refinesLookUpShown } from '../refinedLookUp.ts';
import { actionOwner, betterServedBy, cappedRoute, soleActionOwner } from '../routeAsides.ts';
import { routeMessage } from '../routeMessage.ts';
import { symptomsDesk } from '../symptomsDesk.ts';
import { passedOnThisTurn } from '../turnPath.ts';
import type { SettledTurn } from './digressionStage.ts';
import type { StageOutcome } from './turnDecision.ts';

/** The turn the message stays in: what routing learned, for the tool and fallback stages. */
export type UnroutedTurn = SettledTurn & {
  /** The message asks something of the record just shown ("can you fix that"). */
  actsOnShown: boolean;
  /** The router could not tell where the message goes. */
  unsure: boolean;
  /** The entry agent's router kept the message (off-topic, small talk). */
  keptAtEntry: boolean;
};

/**
 * Step 3 of the offline model: the message routes to an enabled handoff (or, at the handoff cap, to the
 * escalation), or to the agent that owns what it asks, unless it answers the question just asked or
 * follows up on the record just shown.
 */
export function routingStage(turn: SettledTurn): StageOutcome<UnroutedTurn> {
  const { graph, agentName, agent, options, input, scope, tools, enabledHandoffs, view, now } = turn;
  const { chooser, changesData, text, asked, awaiting, desk } = turn;
  const { routerThreshold } = options;
  // This agent already looked up the record the change it makes is about, for this very message: the
  // change is read back here. Routed again, "reschedule … keratin … ref GB-…" went on to the booking desk,
  // and three desks more.
  if (turn.lookedUpForChange)
    return { next: { ...turn, actsOnShown: false, unsure: false, keptAtEntry: false } };
  // At the handoff cap the edges are hidden; a request this agent does not cover still goes to the
  // escalation, never a wrong answer from here (the governed model turns the call into it).
  const capped = cappedRoute(graph, agent, text, enabledHandoffs, scope?.view, routerThreshold);
  // "the River Road one" to "You have 2 viewings booked: … Which one do you mean?": a pick of one of the
  // records a look-up listed for a change answers it; it is no new topic for the router.
  // So does "the knee one" to a desk's list (the router sent it to the clinical line).
  const picksRecord =
    (awaiting !== undefined &&
      !desk &&
      pickForChange(awaiting, text, tools, (name) => changesData(name), view) !== undefined) ||
    (desk !== undefined && !isQuestion(text) && referencePicked(desk, text) !== undefined) ||
    picksOfferedTime(view.lastAssistantText, text) ||
    (asked?.kind === 'confirm' && namesWhatWasReadBack(view.lastAssistantText, text));
  // As for routing: right after a question ("What's your company?" → "Lee Media") only when very sure.
  const sure =
    !(asked || awaiting || view.arrivedByHandoff) || (capped?.confidence ?? 0) >= ARRIVAL_ROUTING_CONFIDENCE;
  if (capped && sure && !picksRecord && !chooser.isAnswer(asked, text, tools))
    return { call: capped.toolName, args: capped.args };

  // "change it to 6 please" right after an order was shown is about that order: no topic change.
  // So is "three bedrooms, and we like the lakeview area" right after the search listed homes, and
  // "it's 41 Heron Street, not 14" right after the draft listing was made (forms/changeCorrection.ts).
  const followsUp =
    !asked &&
    (changeToRecordShown({ text, view, available: tools, changesData: (n) => changesData(n), now }) !==
      undefined ||
      refinesLookUpShown({ text, view, available: tools, changesData: (n) => changesData(n), now }) ||
      changeCorrected(view, text, tools, (n) => changesData(n), now) !== undefined ||
      changeCompleted(view, text, tools, (n) => changesData(n), now) !== undefined);
  const actsOnShown = !asked && requestOfRecordShown({ text, view, changesData: (n) => changesData(n) });
  // "make it 11 instead" after our look-up showed a booking that another agent moves: go there.
  const elsewhere =
    asked || followsUp
      ? undefined
      : changeElsewhereToRecordShown({
          ...{ graph, agent, text, view, available: tools, enabledHandoffs, now },
          changesData: (n: string) => changesData(n),
        });
  if (elsewhere) return { call: elsewhere.toolName, args: elsewhere.args };
  let unsure = false;
  // The entry agent's router kept the message as off-topic or small talk: a verb one specialist's
  // tool names ("book me a flight" — Sales books demos) does not make it that specialist's.
  let keptAtEntry = false;
  if (enabledHandoffs.length > 0 && !picksRecord && !chooser.isAnswer(asked, text, tools) && !followsUp) {
    const step = routeMessage(graph, agentName, text, enabledHandoffs, {
      threshold: routerThreshold ?? DEFAULT_ROUTER_THRESHOLD,
      arrivalConfidence: ARRIVAL_ROUTING_CONFIDENCE,
      arrivedByHandoff: view.arrivedByHandoff,
      waiting: asked !== undefined || awaiting !== undefined,
      passedOn: passedOnThisTurn(graph, input),
      servedElsewhere: questionForAnotherDesk(graph, agent, { asked, text, tools, now }),
    });
    // "can you fix that" about the invoice just shown is not handed back to the front desk.
    const keptForShown =
      actsOnShown && agent?.handoffs.find((e) => e.toolName === step.handoff?.toolName)?.to === graph.entry;
    // A router less than very sure of one desk, and the message names another's change outright ("we'd
    // like to close our account if possible" went to Sales on its courtesy words): the desk that makes it.
    const namedDoer =
      step.handoff && step.handoff.confidence < ARRIVAL_ROUTING_CONFIDENCE && !asked && !awaiting
        ? soleActionOwner(graph, agent, text, enabledHandoffs)
        : undefined;
    if (namedDoer && step.handoff && namedDoer.toolName !== step.handoff.toolName && !keptForShown)
      return {
        call: namedDoer.toolName,
        args: namedDoer.args,
        routing: { path: 'local', confidence: step.handoff.confidence },
      };
    if (step.handoff && !keptForShown) {
      const { toolName, reason, intent, confidence } = step.handoff;
      // The classifier's confidence goes with the call, for the governed model to record (routingDecision.ts).
      return { call: toolName, args: { reason, intent }, routing: { path: 'local', confidence } };
    }
    ({ unsure, keptAtEntry } = step);
  }
  // "yes please, unlock it", passed back to the front desk by the billing desk because another desk does
  // what it names: the desk whose change it names, though the front desk's router keeps "yes please" or
  // cannot place "unlock it" alone (the caller heard the menu, dev25-support-08).
  // Never back to the desk that passed it (turnPath.ts).
  const passedBack =
    agentName === graph.entry && view.arrivedByHandoff && !asked && !awaiting && !followsUp && !picksRecord
      ? actionOwner(graph, agent, text, tools, enabledHandoffs)
      : undefined;
  const passer = passedBack && agent?.handoffs.find((e) => e.toolName === passedBack.toolName)?.to;
  if (passedBack && !passedOnThisTurn(graph, input).includes(passer ?? ''))
    return { call: passedBack.toolName, args: passedBack.args };
  // "can you tell me when my keratin is": the front desk has no look-up; a desk that has one (ownRecordDesk.ts).
  const mine =
    asked || awaiting || followsUp || picksRecord
      ? undefined
      : ownRecordDesk(graph, agent, text, enabledHandoffs);
  if (mine) return { call: mine.toolName, args: mine.args };
  // "…and now she has been vomiting all afternoon", kept here: the desk for symptoms (symptomsDesk.ts).
  const clinical =
    asked || awaiting || followsUp || picksRecord
      ? undefined
      : symptomsDesk(
          graph,
          agent,
          text,
          enabledHandoffs,
          (c) => chooser.choose(c, tools, view, undefined) !== undefined,
        );
  if (clinical) return { call: clinical.toolName, args: clinical.args };

  // "could we have a look at it on Wednesday at two?" to a desk that books no day: the desk that does.
  // Not a message the front desk kept as off-topic ("book a table for two at 7 tonight"), unless a desk
  // passed it here this turn: "thursday? any time after 3 works, say 3:30" after the buyers' desk read
  // out a home came back to the front desk, which kept it and gave its menu.
  // A day at a home named by its street address, also when the front desk kept it (dayAtAddressOwner).
  const passedHere = passedOnThisTurn(graph, input).length > 0;
  const booker =
    asked || awaiting || followsUp || picksRecord
      ? undefined
      : ((keptAtEntry && !passedHere
          ? undefined
          : dayAndTimeOwner(graph, agentName, text, enabledHandoffs, now)) ??
        dayAtAddressOwner(graph, agentName, text, enabledHandoffs, now));
  if (booker) return { call: booker.toolName, args: booker.args };
  // "Can you move it to Friday?" asked of Booking: moving is another agent's job; go there.
  // Or a question another agent's look-up clearly fits better (not mid read-back).
  // Mid-form, only a closing question another desk's change clearly does, when it answers nothing asked.
  const owner =
    unsure || keptAtEntry || followsUp
      ? undefined
      : ((inForm(asked)
          ? picksRecord || chooser.isAnswer(asked, text, tools)
            ? undefined
            : directRequestOwner(graph, agent, text, enabledHandoffs, true)
          : requestOwner(graph, agent, text, tools, enabledHandoffs, view.arrivedByHandoff || !!awaiting)) ??
        // Mid read-back only a question ("separately, how much is Growth?"): "yes, Friday" answers it.
        (asked?.kind === 'confirm' && !isQuestion(text)
          ? undefined
          : betterServedBy(graph, agent, text, enabledHandoffs)));
  if (owner) return { call: owner.toolName, args: owner.args };
  // An unsure router, and the message names one desk's change outright ("close our account"), or a
  // reference only one desk looks up ("CLM-7003 status?" got the front desk's menu; "CLM-7003??" was
  // even kept as off-topic: a reference of a desk's own shape is no other business's).
  // A reference of our own shape makes a kept message ours, and then the change it names outright
  // decides: "Hello, ACC-1005 here, Bello Catering. Please upgrade us to Scale" (kept for the catering)
  // went to the nearest desk that looks accounts up, which ran a webhook check.
  const byReference = () => referenceOwner(graph, agent, text, enabledHandoffs);
  const byAction = () => soleActionOwner(graph, agent, text, enabledHandoffs);
  const kept = keptAtEntry ? byReference() : undefined;
  const doer =
    !(unsure || keptAtEntry) || asked || awaiting
      ? undefined
      : keptAtEntry
        ? kept && (byAction() ?? kept)
        : (byAction() ?? byReference());
  if (doer) return { call: doer.toolName, args: doer.args };
  return { next: { ...turn, actsOnShown, unsure, keptAtEntry } };
}
