import type { NormalizedGraph } from '../../graph/types.ts';
import { adjectiveNear } from '../../routing/wordNetRelations.ts';

/**
 * "hi um so i had my balayage done with you and its gone really orange and patchy at the back. not
 * happy at all tbh", "my colour came out orange and nobody called me back": a complaint said as
 * displeasure, without the word "complaint"; "it's gone brassy, not what I asked for at all", "my scalp
 * has been burning ever since, I've had to see my GP" too; so is a result gone wrong ("its gone really
 * patchy and brassy orange") or one said as it is now ("my colour is so patchy omg": patchy, streaky and
 * blotchy are a job done badly, where "brassy" alone asks about toning), and money wanted back or the
 * work redone for free. At the entry its other
 * words (colour, balayage) leave the router unsure or keep it at the front desk, which then recited
 * what it can do. Displeasure with what happened is a complaint, and the desk whose purpose names
 * complaints takes it; a message the router already sends somewhere is left to it.
 */
const DISPLEASED =
  /\b(?:not (?:happy|pleased|impressed|satisfied)|unhappy|disappointed|gutted|upset|ruined|botched|messed up|(?:nobody|no one|no-one|noone) (?:has )?(?:called|rang|phoned|rung|got back to|gets back to|came back to) me|never (?:called|rang|phoned|got back to) me|not (?:what|how) (?:i|we) (?:asked|wanted|paid|booked) for|(?:had|have) to (?:see|go to) (?:my|a|the) (?:gp|doctor|dr|a&e|er|hospital)|(?:want|get|getting|give me) (?:my|our) money back|(?:fixed|redone|re-done|sorted|corrected) for free|(?:gone|went|turned|come out|came out) (?:really |all |totally |so |very |a bit |kind of |kinda )?(?:patchy|brassy|streaky|blotchy|uneven)|(?:is|are|looks?|'s) (?:so |really |all |totally |very |super |kind of |kinda )?(?:patchy|streaky|blotchy))\b/i;

/** Feelings a complaint is said with; WordNet supplies the adjectives near them ("furious", "irate"). */
const DISPLEASURE_HEADS = ['angry', 'displeased', 'dissatisfied', 'disgusted', 'unhappy'];

/** Whether the customer voices displeasure with what happened. */
export function voicesDispleasure(text: string): boolean {
  if (DISPLEASED.test(text)) return true;
  // "I'm furious", "really annoyed": said of themselves, not of someone else ("my dog is mad").
  const feeling =
    /\b(?:i'?m|i am|we'?re|we are|i was|we were|i feel|feeling)\s+(?:so\s+|really\s+|very\s+|absolutely\s+|quite\s+|pretty\s+)?([a-z]+)\b/gi;
  return [...text.matchAll(feeling)].some((m) => adjectiveNear(m[1].toLowerCase(), DISPLEASURE_HEADS));
}

/** The enabled handoff to the desk whose description names complaints, if exactly one does. */
export function complaintDeskHandoff(
  graph: NormalizedGraph,
  agentName: string,
  enabledHandoffs: readonly string[],
): string | undefined {
  const desks = (graph.byName.get(agentName)?.handoffs ?? []).filter(
    (e) =>
      enabledHandoffs.includes(e.toolName) &&
      graph.byName.get(e.to)?.human !== true &&
      /\bcomplaints?\b/i.test(graph.byName.get(e.to)?.handoffDescription ?? ''),
  );
  return desks.length === 1 ? desks[0].toolName : undefined;
}
