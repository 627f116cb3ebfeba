import type { NormalizedAgent } from '../../../graph/types.ts';
import type { AskedQuestion } from '../askedQuestions.ts';
import { resumeQuestion } from './formTurn.ts';

/**
 * "sorry, my kid is shouting at his brother, one second... ok I'm back": a caller who puts the
 * conversation on hold, or comes back to it, and asks nothing. It was read as a request ("What's the new
 * phone number?" on its word "back"). It gets a short acknowledgement, and any question still open is asked
 * again.
 */
// Said as a clause of its own (at the start, or after a comma or a stop), never inside another: "calls
// drop after about a minute" and "I'm back to square one with this error" hold nothing (the first had been
// kept at the front desk as a caller holding on).
const BACK =
  /(?:^|[,.!;…]\s*)(?:(?:ok(?:ay)?|right|so)\s+)?(?:i'?m back|im back|sorry about that|where were we)\s*(?:[,.!;…]|$)/i;
const HOLD_OR_BACK = new RegExp(
  String.raw`(?:^|[,.!;…]\s*)(?:(?:sorry|ok(?:ay)?|um+|uh+)\s+)?(?:hold on|hang on|one (?:sec|second|moment|min(?:ute)?)|(?:just|wait|give me) a (?:sec|second|moment|min(?:ute)?)|bear with me)\b|${BACK.source}`,
  'gi',
);

/** Words that ask for something: a message with one of them is a request, whatever it holds on for. */
const ASKS =
  /\b(?:need|want|like|book|cancel|change|move|reschedule|update|pay|refund|close|check|can|could|would|will|please|help|what|when|where|how|which|who)\b/i;

export function holdsOn(text: string): boolean {
  if (text.search(HOLD_OR_BACK) < 0 || /[?\d@]/.test(text)) return false;
  return !ASKS.test(text.replace(HOLD_OR_BACK, ' '));
}

/** The acknowledgement, with the question still open asked again (ours, or the last a tool or desk asked). */
export function holdOnReply(
  text: string,
  agent: NormalizedAgent | undefined,
  asked: AskedQuestion | undefined,
  lastAssistantText: string | undefined,
  waitingElsewhere: boolean,
): string {
  const open =
    resumeQuestion(agent, asked, lastAssistantText) ??
    (waitingElsewhere ? lastQuestion(lastAssistantText) : undefined);
  // Back ("ok I'm back") or only going ("one second"): the words differ, what is asked again does not.
  const back = BACK.test(text);
  if (open) return `${back ? 'No problem.' : 'No problem, take your time.'} ${open}`;
  return back ? 'No problem. What else can I help you with?' : 'No problem, take your time.';
}

/** The last sentence of a reply when it is a question ("… Which one would you like?"). */
function lastQuestion(reply: string | undefined): string | undefined {
  const last = reply
    ?.trim()
    .split(/(?<=[.!?])\s+/)
    .at(-1);
  return last?.endsWith('?') ? last : undefined;
}
