import type { NormalizedGraph } from '../../graph/types.ts';
import { tokenize } from '../../routing/textFeatures.ts';
import { inToolWords } from './customerWords.ts';
import { bookingWillNotWork } from './forms/moveOrCancel.ts';
import { requestClauses } from './forms/statedReason.ts';
import { toolDocsOf } from './routeAsides.ts';
import { RECORD_CHANGE_VERBS } from './toolActions.ts';
import { MIN_TOOL_SIMILARITY, namesAction, namesTool, scoreTools, verbOf } from './toolMatcher.ts';

/**
 * "I need to see a doctor next week, my knee has been hurting": the router reads the whole message,
 * and the symptom's words send it to the clinical line, which asks for the symptoms again. What the
 * customer asks for is the appointment; the knee is why. A message whose request — a clause that asks
 * for something ("I need…", "I'd like to…", "can I…", "book…") — names what one of this agent's own
 * tools or desks is for (an appointment, a booking), and fits it clearly better than anything of the
 * agent the router picked, stays here: the request is served, and the rest is its reason.
 */

/** How much better our tool must fit the request than the picked agent's best. */
const CLEARLY_BETTER = 2;

/** Whether `agentName` should keep a message the router would send to `target`. */
export function requestIsOurs(
  graph: NormalizedGraph,
  agentName: string,
  text: string,
  target: string | undefined,
  /** Weigh only the routed desk's changes on the whole message, not its advice (see `siblingForOwnRequest`). */
  onlyChangesRival = false,
): boolean {
  const agent = graph.byName.get(agentName);
  const other = target === undefined ? undefined : graph.byName.get(target);
  if (!agent || !other || other.human) return false;
  const ours = toolDocsOf(graph, agent);
  // A tool both agents have (the identity check) says nothing about whose request it is: "I need to
  // cancel my knee rehab session" fitted Clinical's verify_identity on "need" (needed).
  // Handed back to the front desk, the request is for the desk it routes to: their tools are the rivals
  // ("can I add 2 more seats to my account?" at TechSupport named `unlock_account` by "account", with
  // nothing at the front desk to rival it, and ran it; Sales' `place_order` fits it better).
  const beyond =
    other.name === graph.entry
      ? other.handoffs
          .map((e) => graph.byName.get(e.to))
          .filter((a) => a && a.name !== agent.name && !a.human)
      : [];
  // "my knee appointment tomorrow, something's come up": our booking, to move or cancel
  // (forms/moveOrCancel.ts), however its words score for the clinical line ("knee"); ours also when a
  // desk of ours makes both changes.
  const deskTools = (agent.agentTools ?? []).flatMap((t) => graph.byName.get(t.agent)?.tools ?? []);
  const changes = new Set([...agent.tools, ...deskTools].map((t) => verbOf(t.name)));
  if (changes.has('reschedule') && changes.has('cancel') && bookingWillNotWork(text)) return true;
  const theirs = [other, ...beyond]
    .flatMap((a) => (a ? toolDocsOf(graph, a) : []))
    .filter((d) => !ours.some((o) => o.name === d.name));
  // "I need to move my knee physio tomorrow": the request's verb is a change of something the caller holds
  // ("my …") that only we make (the clinical line moves nothing); "knee" only says which visit. It went to
  // the clinical line, which asked for symptoms. "cancel the seat order" too (the one just placed here),
  // however the rest reads ("I'll pay the open invoice first" had sent it to billing, order uncancelled).
  const onlyOurs = [...agent.tools, ...deskTools].filter(
    (t) =>
      t.sideEffect &&
      RECORD_CHANGE_VERBS.has(verbOf(t.name)) &&
      !theirs.some((d) => d.sideEffect && verbOf(d.name) === verbOf(t.name)),
  );
  const changesOwn = (clause: string) =>
    /\b(?:my|our|his|her|the|that|this)\b/i.test(clause) &&
    onlyOurs.some((t) => namesAction(tokenize(inToolWords(clause)), t.name));
  if (requestClauses(text).some(changesOwn)) return true;
  return requestClauses(text).some((clause) => {
    const [best] = scoreTools(clause, ours);
    const doc = ours.find((d) => d.name === best?.name);
    if (!doc || best.score < MIN_TOOL_SIMILARITY) return false;
    if (!namesTool(clause, doc) && !deskDoesActionNamed(graph, agent.agentTools, doc.name, clause))
      return false;
    // The routed agent's tools on the whole message too: "…, my refill ran out" is theirs as well.
    const whole = scoreTools(text, theirs).filter(
      (m) => !onlyChangesRival || theirs.find((d) => d.name === m.name)?.sideEffect,
    );
    const rival = Math.max(scoreTools(clause, theirs)[0]?.score ?? 0, whole[0]?.score ?? 0);
    return best.score >= rival * CLEARLY_BETTER;
  });
}

/**
 * A lead's other desk whose own request the message makes, when the lead's router picked a desk for what
 * the message says besides: "my daughter has had a temperature since this afternoon, can someone see her
 * tomorrow?" went from the clinical lead to the nurse line, which gave its advice and asked for symptoms
 * to every reply after ("afternoon if possible"). The visit asked for is the scheduler's; the fever is why.
 * Not at the entry (its own rules read a request with its reason: routeMessage.ts), and never a person.
 */
export function siblingForOwnRequest(
  graph: NormalizedGraph,
  agentName: string,
  text: string,
  target: string | undefined,
  enabledHandoffs: readonly string[],
): string | undefined {
  if (agentName === graph.entry || target === undefined) return undefined;
  const edges = graph.byName.get(agentName)?.handoffs ?? [];
  if (!edges.some((e) => e.to === target)) return undefined;
  const siblings = edges.filter(
    (e) =>
      e.to !== target &&
      e.to !== graph.entry &&
      enabledHandoffs.includes(e.toolName) &&
      graph.byName.get(e.to)?.human !== true,
  );
  // Between a lead's desks, the routed desk's advice on the whole message is no rival: "my daughter has had
  // a sore throat for two days, can she be seen tomorrow?" asks the scheduler for the visit, and the sore
  // throat is why (it went to the nurse line's advice on a cold). Its changes still are ("…, my refill ran
  // out"). Where an agent keeps a request itself (routeMessage.ts), the advice still weighs: taking it out
  // there cost a healthcare blind set a row.
  const mine = siblings.filter((e) => requestIsOurs(graph, e.to, text, target, true));
  return mine.length === 1 ? mine[0].toolName : undefined;
}

/**
 * "I need to reschedule my knee rehab": a desk (an agent used as a tool) is named by the changes its
 * agent makes, not only by its own name ("appointments"). The clause says the action of one of them
 * (reschedule, cancel, book), so the request is the desk's, and the knee is only which visit.
 */
function deskDoesActionNamed(
  graph: NormalizedGraph,
  desks: readonly { agent: string; toolName: string }[] | undefined,
  toolName: string,
  clause: string,
): boolean {
  const desk = desks?.find((d) => d.toolName === toolName);
  const words = tokenize(inToolWords(clause));
  return (
    graph.byName.get(desk?.agent ?? '')?.tools.some((t) => t.sideEffect && namesAction(words, t.name)) ===
    true
  );
}
