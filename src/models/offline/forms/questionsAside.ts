import type { NormalizedAgent } from '../../../graph/types.ts';
import { fixedAnswer } from './digressions.ts';

/** Where a message's parts part: a sentence's end, or "and"/"also" before a question's words. */
const PARTS =
  /(?<=[.?!])\s+|,\s*(?=(?:and|also|oh and|btw|by the way)\b)|\s+(?=(?:and|also)\s+(?:is|are|do|does|can|could|what|where|when|how)\b)/i;

/**
 * The message without its parts that a fixed answer answers ("saturday at 11 please, and is there
 * parking near you?" → "saturday at 11 please"): the form reads the rest. Undefined when nothing is left,
 * or when no part was such a question.
 */
export function withoutFixedQuestions(
  agent: NormalizedAgent | undefined,
  text: string,
  inForm: boolean,
): string | undefined {
  const parts = text.split(PARTS).filter((p) => p.trim() !== '');
  const kept = parts.flatMap((p) => (fixedAnswer(agent, p, inForm) === undefined ? [p] : callAskedIn(p)));
  return kept.length === 0 || kept.join(' ') === parts.join(' ') ? undefined : kept.join(' ').trim();
}

/**
 * "can someone call me about getting pre-approved?": the pre-approval answer is said, and the call asked
 * for is still wanted (the answer itself says an agent can call; the name and number given next had
 * reached the front desk's menu). The call alone, without what it is about: "can someone call me?".
 */
function callAskedIn(part: string): string[] {
  const call = ASKS_FOR_A_CALL.exec(part);
  return call ? [`${part.slice(0, call.index + call[0].length).trim()}?`] : [];
}

/** A call asked for: "can someone call me", "have an agent ring us", "could you phone me back". */
const ASKS_FOR_A_CALL =
  /\b(?:someone|somebody|an? (?:agent|person|advisor|adviser|specialist|member of (?:your|the) team)|you|one of (?:you|your (?:agents|team)))\s+(?:to\s+)?(?:call|ring|phone)\s+(?:me|us)\b|\b(?:call|ring|phone)\s+(?:me|us)\s+back\b/i;
