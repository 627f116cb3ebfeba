import { isRungBelow } from '../../graph/ladder.ts';
import type { NormalizedGraph } from '../../graph/types.ts';
import { createAgentRouter, DEFAULT_ROUTER_THRESHOLD } from '../../routing/agentRouter.ts';
import { lightStem } from '../../routing/lightStem.ts';
import { isStopword, tokenize } from '../../routing/textFeatures.ts';
import { addressQuestionOwner, ownHomeOwner } from './addressOwner.ts';
import { withoutBusinessNames } from './businessNames.ts';
import { closingQuestionKept } from './directRequest.ts';
import { complaintDeskHandoff, voicesDispleasure } from './displeasureAtEntry.ts';
import { detailsOnlyReach, questionClauses, requestClauses, withoutDetails } from './forms/statedReason.ts';
import { namesSymptoms, statesIllHealth } from './illHealth.ts';
import { nameAlone } from './nameAlone.ts';
import { ARRIVAL_ROUTING_CONFIDENCE } from './offlineModelOptions.ts';
import { requestIsOurs, siblingForOwnRequest } from './ownRequest.ts';
import {
  asksForPerson,
  asksToSpeakToAPerson,
  informsSomeone,
  specialistBeforePerson,
} from './specialistBeforePerson.ts';
import { pointsBackWithoutSubject } from './subjectWords.ts';
import { personHandoff, threatensAction } from './threatensAction.ts';
import { reportsUnfairTreatment } from './unfairTreatment.ts';

/** Below this the whole message's route is weak enough for its one clear question to decide. */
const WEAK_WHOLE = 0.6;
/** At or above this, the question alone is clear enough of its desk to decide. */
const CLEAR_QUESTION = 0.7;

/** A question asked, with its mark or by the verb before its subject ("…, would a toner sort that out"). */
const ASKS =
  /\?|(?:^|[,.;:!]\s*)(?:would|could|can|will|should|does|do|is|are)\s+(?:a|an|the|it|that|this|you|i|we|she|he|they)\b/i;

export type RouteStep = {
  /** The handoff to make now, with what the governed model records of it. */
  handoff?: { toolName: string; reason: string; intent: string | null | undefined; confidence: number };
  /** The router could not tell: ask rather than act on a tool's verb. */
  unsure: boolean;
  /** The entry agent's router kept the message (off-topic, small talk, another business's thing). */
  keptAtEntry: boolean;
};

/** To the complaints desk, for displeasure with what happened (displeasureAtEntry.ts). */
function displeasedStep(toolName: string, text: string, confidence: number): RouteStep {
  return {
    handoff: {
      toolName,
      reason: `Customer is displeased with what happened: "${text}"`,
      intent: 'complaint',
      confidence,
    },
    unsure: false,
    keptAtEntry: false,
  };
}

/** A pronoun that stands for something said before it. */
const POINTS_BACK = /\b(?:it|that|this|him|her|them)\b/i;

/**
 * "The cable company charged me again after I cancelled. I want the charge reversed": "the charge" is
 * the one said before it, as a pronoun would be. A clause that names with "the" a word said earlier in
 * the message (by its stem) points back at it.
 */
function pointsBack(clause: string, text: string): boolean {
  if (POINTS_BACK.test(clause)) return true;
  const at = text.indexOf(clause);
  if (at <= 0) return false;
  const before = new Set(tokenize(text.slice(0, at)).map(lightStem));
  const words = tokenize(clause);
  return words.some((w, i) => i > 0 && words[i - 1] === 'the' && !isStopword(w) && before.has(lightStem(w)));
}

/**
 * The offline model's routing step for one customer message: the agent's router, held back right after
 * a handoff or a question of ours, and a complaint sent to the agent that takes complaints before a person.
 * A message never goes back to an agent that already passed it on this turn (`passedOn`).
 */
export function routeMessage(
  graph: NormalizedGraph,
  agentName: string,
  text: string,
  enabledHandoffs: readonly string[],
  opts: {
    threshold: number;
    arrivalConfidence: number;
    arrivedByHandoff: boolean;
    waiting: boolean;
    /** Agents that already passed this message on this turn (turnPath.ts): never sent back to them. */
    passedOn?: readonly string[];
    /** A question that cannot answer the open one and another desk serves (questionForAnotherDesk.ts). */
    servedElsewhere?: boolean;
  },
): RouteStep {
  // A chargeback or legal action threatened goes to a person, whatever its topic (threatensAction.ts).
  // So does asking outright to speak to one, whatever else the message says.
  const threat = threatensAction(text);
  const toPerson =
    threat || asksToSpeakToAPerson(text) ? personHandoff(graph, agentName, enabledHandoffs) : undefined;
  if (toPerson)
    return {
      handoff: {
        toolName: toPerson,
        reason: threat
          ? `Customer threatens a chargeback or legal action: "${text}"`
          : `Customer asks for a person: "${text}"`,
        intent: threat ? 'threat_of_action' : 'escalation.person',
        confidence: 1,
      },
      unsure: false,
      keptAtEntry: false,
    };
  // Treated differently for who one is: the complaints desk, whatever area or topic is named.
  const toComplaints = reportsUnfairTreatment(text)
    ? complaintDeskHandoff(graph, agentName, enabledHandoffs)
    : undefined;
  if (toComplaints && !opts.passedOn?.includes(handoffTarget(graph, agentName, toComplaints) ?? ''))
    return {
      handoff: {
        toolName: toComplaints,
        reason: `Customer reports being treated unfairly: "${text}"`,
        intent: 'complaint',
        confidence: 1,
      },
      unsure: false,
      keptAtEntry: false,
    };
  const router = createAgentRouter(graph, agentName, { threshold: opts.threshold });
  // Kept by the router, or sent on less surely, for a clause that gives a phone number or a reference
  // ("what time is my appointment on the 10th? The phone number is 07700 900101"; "I need to cancel my
  // viewing at 12 Summit Drive, my phone is 555-0187" went to the leads desk, which recorded a lead):
  // the rest says where it goes. To a call-back desk, "my number is …" is part of the request, and the
  // rest ("can an agent call me?") goes there too.
  // A business's name is who the customer is, not what they ask ("ACC-1006, Kim Legal Partners").
  const unnamed = withoutBusinessNames(text);
  const said = router.route(unnamed, enabledHandoffs);
  const rest = withoutDetails(unnamed);
  const restRoute = rest === unnamed ? said : router.route(rest, enabledHandoffs);
  // A phone number or an email beside the request only leans the router to the call-back desk ("cancel
  // my tour of 220 river road, phone 555-0142" recorded a lead): then the rest decides whenever it routes.
  const restDecides =
    said.decision !== 'handoff' ||
    (restRoute.decision === 'handoff' && (restRoute.confidence > said.confidence || detailsOnlyReach(text)));
  const whole = restDecides ? restRoute : said;
  // "my son has had a fever since last night, can we get him seen tomorrow morning?": the fever sends
  // the whole message to the nurse line, but what is asked is the visit. A request clause the router
  // is very sure of, and surer than of the whole message, decides where the message goes. Of two such
  // requests the first said leads ("can an agent call me? I'm looking to buy in Riverside…" is a call
  // back about buying): the second no longer wins because the whole message leaned to the first.
  // Not a clause that points back at what the entry kept the message for: "my electricity bill arrived…
  // I'd like to pay it" and "my dog needs a groom, can i book him in" are still the other business's.
  // So does a question said among other things, when the router could not place the whole message or the
  // front desk kept it ("Oh nice. How are the schools over there? Kind of matters now haha" was kept for
  // its chatter). A message that routes is not overruled by its question ("is LST-1005 still available?
  // id like to see it tomorrow" is the viewing's), nor one a specialist keeps ("is aisha in on friday? i
  // want a full colour" stays with the colour desk, which quotes it before the times).
  const nowhere = whole.decision === 'unsure' || (whole.decision === 'stay' && agentName === graph.entry);
  const questions = nowhere ? questionClauses(text) : [];
  const asked = [...requestClauses(unnamed), ...questions]
    .filter((c) => !(whole.keptAs === 'foreign' && pointsBack(c, text)))
    .filter((c) => c !== unnamed.trim())
    .map((c) => router.route(c, enabledHandoffs))
    .find(
      (r) =>
        r.decision === 'handoff' && r.confidence >= opts.arrivalConfidence && r.confidence > whole.confidence,
    );
  // "Oh, I see. In that case, what could I actually buy in Lakeview for under $400,000? I'd like to
  // compare it with what I'm paying in rent now.": the whole message leant weakly to the mortgage desk
  // (its "paying" and "rent"); its one question is clearly a search. A lone question the router is clear
  // of decides where a message it was barely sure of goes, or whether it stays ("We both drive, so
  // that's fine. Lower taxes matter more to us. What do you have in Cedar Heights with at least three
  // bedrooms for under $800,000?" stayed with the neighbourhood desk, which described Cedar Heights again).
  // Not a question about what was said before it ("I uploaded a picture of the bathroom, PH-3003.
  // Honestly, is it going to put buyers off?" is the photo's, whatever "buyers" says alone).
  const lone =
    asked || whole.decision === 'unsure' || whole.confidence >= WEAK_WHOLE ? [] : questionClauses(text);
  const askedClearly =
    lone.length === 1 && !pointsBack(lone[0], text)
      ? [router.route(lone[0], enabledHandoffs)].find(
          (r) => r.decision === 'handoff' && r.confidence >= CLEAR_QUESTION && r.target !== whole.target,
        )
      : undefined;
  // A closing question one of our tools serves keeps an unsure message here (closingQuestionKept).
  const kept = asked
    ? undefined
    : closingQuestionKept(graph, agentName, text, router, enabledHandoffs, whole, opts.arrivalConfidence);
  const route = kept ?? (asked && asked.target !== whole.target ? asked : (askedClearly ?? whole));
  // A question about a home named by its address, at the front desk: the desk that can look it up; the
  // customer's own home by its address, said to a desk that changes nothing: the desk that takes it.
  const byAddress =
    addressQuestionOwner(graph, agentName, text, enabledHandoffs, route) ??
    ownHomeOwner(graph, agentName, text, enabledHandoffs, route);
  const addressDesk = byAddress && handoffTarget(graph, agentName, byAddress.toolName);
  if (byAddress && !opts.passedOn?.includes(addressDesk ?? ''))
    return {
      handoff: {
        toolName: byAddress.toolName,
        ...byAddress.args,
        confidence: route.ranking.find((r) => r.label === byAddress.toolName)?.p ?? route.confidence,
      },
      unsure: false,
      keptAtEntry: false,
    };
  // Just arrived, or just asked a question: move on only when very sure ("Acme Ltd" is an answer);
  // a lead just handed the message passes it down its own ladder as the router says.
  // The entry agent is handed a message back to route it ("how do I upgrade to Scale?" said to
  // TechSupport): it routes at the usual threshold, as it would have on the message's first turn.
  // Not to a person: that still takes a sure router (or the customer asking outright).
  const handedBack = agentName === graph.entry && graph.byName.get(route.target ?? '')?.human !== true;
  // A question that cannot be the answer we wait for, and that another desk serves, is not held back.
  const guarded =
    ((opts.arrivedByHandoff && !handedBack && !isRungBelow(graph, agentName, route.target)) ||
      opts.waiting) &&
    opts.servedElsewhere !== true;
  // Passed here this turn for what we do ("…can someone give me a call to talk it through" sent to the
  // call-back desk): not passed on to a person the customer did not ask for outright, however sure the
  // router is of "talk" and "someone". The agent serves it, or offers a person itself.
  const unasked =
    opts.arrivedByHandoff &&
    agentName !== graph.entry &&
    graph.byName.get(route.target ?? '')?.human === true &&
    (!asksForPerson(text) || informsSomeone(text));
  // "how long does it take?" asked of the booking desk that just priced a keratin treatment: a question
  // pointing back, with no subject of its own, is about what this agent was just talking about. The
  // router read "long" as the colour desk's hair length and passed it on.
  const aboutWhatWeSaid = agentName !== graph.entry && pointsBackWithoutSubject(text) && !asksForPerson(text);
  // "do you have anything else in Maplewood with 4 bedrooms?" to the buyers' desk, whose router handed it
  // back on "bedrooms" (a seller's word too): a message the front desk would send straight back here is
  // this desk's, and handing it back only left the front desk unable to send it on (`passedOn`).
  // Of a message handed back for its one clear question, the question is what the front desk reads.
  const readAtEntry = askedClearly && route === askedClearly ? lone[0] : text;
  const ownedHere =
    route.target === graph.entry && entrySendsHere(graph, agentName, readAtEntry, opts.threshold);
  // A name alone ("Ana Silva") said to a specialist is no new topic, however its words score
  // (nameAlone.ts). At the entry it stays a first message like any other: routed by what it says.
  const settled =
    aboutWhatWeSaid ||
    ownedHere ||
    (guarded && route.confidence < opts.arrivalConfidence) ||
    opts.passedOn?.includes(route.target ?? '') ||
    unasked ||
    (agentName !== graph.entry &&
      nameAlone(text) !== undefined &&
      graph.byName.get(route.target ?? '')?.human !== true);
  // "my colour came out patchy and way darker than what I asked for": displeasure with what was done,
  // said at the entry, is a complaint, though its words (colour) are a service desk's. Not when it asks
  // that desk something ("my blonde has gone really brassy, would a toner sort that out").
  // Not a sick child beside it ("the day line never rang me back … and now my son has been throwing up
  // since dinner"): ill health said to a line whose router sends it to the desk for symptoms goes there.
  const clinicalFirst = () =>
    statesIllHealth(text) && namesSymptoms(graph.byName.get(route.target ?? '')?.handoffDescription ?? '');
  const complaintDesk =
    agentName === graph.entry &&
    route.decision === 'handoff' &&
    voicesDispleasure(text) &&
    !ASKS.test(text) &&
    !clinicalFirst()
      ? complaintDeskHandoff(graph, agentName, enabledHandoffs)
      : undefined;
  if (
    complaintDesk &&
    route.toolName !== complaintDesk &&
    graph.byName.get(route.target ?? '')?.human !== true &&
    !opts.passedOn?.includes(handoffTarget(graph, agentName, complaintDesk) ?? '')
  )
    return displeasedStep(complaintDesk, text, route.confidence);
  // The request said with its reason ("I need to see a doctor next week, my knee hurts") is ours.
  const ours = route.decision === 'handoff' && requestIsOurs(graph, agentName, text, route.target);
  if (route.decision === 'handoff' && route.toolName && !settled && !ours) {
    // "she has had a temperature since this afternoon, can someone see her tomorrow?" at the clinical lead:
    // the router's desk (the nurse line) is for the symptom; the request is for a visit, its sibling's.
    const sibling = siblingForOwnRequest(graph, agentName, text, route.target, enabledHandoffs);
    if (sibling && !opts.passedOn?.includes(handoffTarget(graph, agentName, sibling) ?? ''))
      return {
        handoff: {
          toolName: sibling,
          reason: route.reason,
          intent: route.intent,
          confidence: route.confidence,
        },
        unsure: false,
        keptAtEntry: false,
      };
    // A complaint goes to the agent that takes complaints; a person only when asked for outright.
    const specialist = specialistBeforePerson(
      graph,
      graph.byName.get(agentName),
      text,
      enabledHandoffs,
      route.target,
      opts.threshold,
    );
    const { reason, intent, confidence } = specialist ?? route;
    return {
      handoff: { toolName: specialist?.toolName ?? route.toolName, reason, intent, confidence },
      unsure: false,
      keptAtEntry: false,
    };
  }
  // "can I book him in tomorrow" said at the clinical line, whose router keeps it ("tomorrow", "him"):
  // the request names a change only the front desk's desks make (book), so it goes back there rather
  // than being read as the symptoms (ownRequest.ts, read from the front desk's side).
  const back =
    route.decision !== 'handoff' ? handBackForOwnRequest(graph, agentName, text, enabledHandoffs) : undefined;
  if (back)
    return {
      handoff: {
        toolName: back,
        reason: `Customer asks for another desk's change: "${text}"`,
        intent: null,
        confidence: 1,
      },
      unsure: false,
      keptAtEntry: false,
    };
  // Displeasure the entry's router could not place is a complaint: the complaints desk takes it.
  const complaints =
    agentName === graph.entry && voicesDispleasure(text)
      ? complaintDeskHandoff(graph, agentName, enabledHandoffs)
      : undefined;
  if (complaints && route.decision !== 'handoff') return displeasedStep(complaints, text, route.confidence);
  return {
    unsure: route.decision === 'unsure' && !guarded,
    keptAtEntry: route.decision === 'stay' && agentName === graph.entry,
  };
}

/** The handoff back to the front desk, when the front desk would keep `text` as its own request. */
function handBackForOwnRequest(
  graph: NormalizedGraph,
  agentName: string,
  text: string,
  enabledHandoffs: readonly string[],
): string | undefined {
  if (agentName === graph.entry) return undefined;
  const edge = graph.byName
    .get(agentName)
    ?.handoffs.find((e) => e.to === graph.entry && enabledHandoffs.includes(e.toolName));
  return edge && requestIsOurs(graph, graph.entry, text, agentName) ? edge.toolName : undefined;
}

/** The agent a handoff tool of `agentName` leads to. */
function handoffTarget(graph: NormalizedGraph, agentName: string, toolName: string): string | undefined {
  return graph.byName.get(agentName)?.handoffs.find((e) => e.toolName === toolName)?.to;
}

/**
 * Whether the router would pass these words on from this agent, read as a fresh request (nothing of
 * ours is awaited): for a request said beside a check, read on its own (forms/requestAlongside.ts).
 */
export function passesOn(
  graph: NormalizedGraph,
  agentName: string,
  enabledHandoffs: readonly string[],
  routerThreshold: number | undefined,
  { arrivedByHandoff }: { arrivedByHandoff: boolean },
): (said: string) => boolean {
  const opts = {
    ...{ threshold: routerThreshold ?? DEFAULT_ROUTER_THRESHOLD, waiting: false, arrivedByHandoff },
    arrivalConfidence: ARRIVAL_ROUTING_CONFIDENCE,
  };
  return (said) => routeMessage(graph, agentName, said, enabledHandoffs, opts).handoff !== undefined;
}

/** The entry agent's router, asked the message afresh, hands it to `agentName`. */
function entrySendsHere(graph: NormalizedGraph, agentName: string, text: string, threshold: number): boolean {
  if (agentName === graph.entry) return false;
  const atEntry = createAgentRouter(graph, graph.entry, { threshold }).route(text);
  return atEntry.decision === 'handoff' && atEntry.target === agentName;
}
