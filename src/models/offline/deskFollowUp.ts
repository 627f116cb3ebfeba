import type { NormalizedAgent } from '../../graph/types.ts';
import type { ConversationView } from './conversationView.ts';
import { directRequest } from './directRequest.ts';
import { resultText } from './forms/pendingRequests.ts';
import type { FunctionTool } from './modelItems.ts';
import { scoreTools, type ToolDoc } from './toolMatcher.ts';

/**
 * "can I pay it", "can I split it", "how much do I owe" said right after the billing desk explained a
 * charge: a short follow-up shares one word with the desk ("pay") and no more, under the bar a new
 * request must clear, so the front desk fell back ("I can help with clinical line…"). A short message
 * right after a desk (an agent used as a tool) answered, sharing a word with that desk and fitting no
 * other tool of the agent as well, goes back to that desk, which knows its own tools.
 */
const SHORT_FOLLOW_UP = 8;
/** A question about what was just said: "why so high?", "but why is it that much?". */
const ASKS_WHY = /^\W*(?:(?:and|but|so|ok|okay|hm+|wait|um+)\W+)*why\b/i;

/**
 * "why so high? didn't insurance pay anything?" right after the billing desk gave the balance asks
 * about that answer, whatever its words fit better (the insurance desk, on "insurance"): it goes back
 * to the desk that answered, as the request it asked then and this question.
 */
export function whyOfDeskAnswer(
  agent: NormalizedAgent | undefined,
  text: string,
  available: readonly FunctionTool[],
  view: ConversationView,
): { tool: FunctionTool; focusText: string } | undefined {
  const previous = view.previousResult;
  if (!ASKS_WHY.test(text) || text.trim().split(/\s+/).length > 2 * SHORT_FOLLOW_UP) return undefined;
  if (!previous || !agent?.agentTools?.some((t) => t.toolName === previous.name)) return undefined;
  const answered = resultText(previous)?.trim();
  if (!answered || answered.endsWith('?') || !view.lastAssistantText?.includes(answered.slice(0, 60)))
    return undefined;
  const tool = available.find((t) => t.name === previous.name);
  return tool && { tool, focusText: text };
}

export function deskFollowUp(
  agent: NormalizedAgent | undefined,
  text: string,
  available: readonly FunctionTool[],
  docs: readonly ToolDoc[],
  view: ConversationView,
): { tool: FunctionTool; focusText: string } | undefined {
  const previous = view.previousResult;
  if (!previous || !agent?.agentTools?.some((t) => t.toolName === previous.name)) return undefined;
  // "yeah i can't really pay all that in one go. can i split it up?": the closing question is the
  // follow-up, the rest its reason.
  const short = (said: string) => said.trim().split(/\s+/).length <= SHORT_FOLLOW_UP;
  const asked = short(text) ? text : directRequest(text);
  if (asked === undefined || !short(asked)) return undefined;
  // The desk's answer was our last reply: the talk is still about what it does.
  const answered = resultText(previous)?.trim();
  if (!answered || !view.lastAssistantText?.includes(answered.slice(0, 60))) return undefined;
  const [best] = scoreTools(asked, docs);
  if (!best || best.name !== previous.name || best.score <= 0) return undefined;
  const tool = available.find((t) => t.name === previous.name);
  return tool && { tool, focusText: text };
}
