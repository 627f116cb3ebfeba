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
  const kept = parts.filter((p) => fixedAnswer(agent, p, inForm) === undefined);
  return kept.length === 0 || kept.length === parts.length ? undefined : kept.join(' ').trim();
}
