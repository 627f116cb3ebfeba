import type { NormalizedAgent } from '../../../graph/types.ts';
import type { ConversationView } from '../conversationView.ts';
import { relayedRequest } from './deskRelay.ts';
import { isQuestion } from './digressions.ts';
import { CORRECTION } from './formTurn.ts';
import { resultText } from './pendingRequests.ts';

/**
 * "oh no sorry, I mixed up the last two digits, it's 555-0189" right after the records desk said
 * "Done: the phone number on your record now ends in 0198.": the customer corrects what the desk just
 * did. The desk keeps no memory and the front desk fell back, so the wrong number stayed on file. A
 * correction (its words, and a value with digits) said right after a desk answered without asking
 * anything goes back to that desk as its request again with the corrected value, and the desk does it
 * again (a change with a read-back is read back first). The request's own values with digits are left
 * out, so the corrected one is the only one the desk reads.
 */
export function correctionForDesk(
  agent: NormalizedAgent | undefined,
  view: ConversationView,
  text: string,
): { desk: string; input: string } | undefined {
  const previous = view.previousResult;
  if (!previous || !agent?.agentTools?.some((t) => t.toolName === previous.name)) return undefined;
  if (!CORRECTION.test(text) || !/\d/.test(text) || isQuestion(text)) return undefined;
  // The desk's answer was our last reply, and it asked nothing: a job done (or a look-up answered).
  const answered = resultText(previous)?.trim();
  if (!answered || answered.endsWith('?') || !view.lastAssistantText?.includes(answered)) return undefined;
  const asked = (previous.args as { input?: unknown } | undefined)?.input;
  if (typeof asked !== 'string') return undefined;
  const request = relayedRequest(asked)
    .replace(/\S*\d\S*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { desk: previous.name, input: `${request} ${text.trim()}` };
}
