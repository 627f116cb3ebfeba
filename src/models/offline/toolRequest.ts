import type { NormalizedAgent } from '../../graph/types.ts';
import { concreteRequest, type RequestReader } from './concreteRequest.ts';
import type { ConversationView } from './conversationView.ts';
import { addsToRecordMade } from './forms/addedToRecord.ts';
import { isQuestion } from './forms/digressions.ts';
import { isReadBack } from './forms/formQuestions.ts';
import { isPick } from './forms/picks.ts';
import { askedAboutTheReply } from './forms/saidJustNow.ts';
import { isOnlyFiller } from './forms/slotValues.ts';
import type { FunctionTool } from './modelItems.ts';
import { tookAnOffer } from './offerAccepted.ts';
import { matchTool, scoreTools, type ToolDoc } from './toolMatcher.ts';

/**
 * Which earlier message of the customer's asked for a tool: the request a form's free-text values
 * come from, and which of several waiting tools the conversation is about. Split from toolChoice.ts,
 * whose ToolChooser calls these with its own agent, clock, threshold and tool descriptions.
 */
export type RequestContext = {
  agent: NormalizedAgent | undefined;
  now: Date;
  threshold: number;
  docs: (tools: readonly FunctionTool[]) => ToolDoc[];
  reader: RequestReader;
};

/** Among candidate tools, the one the customer's earlier messages (newest first) are about. */
export function likeliestTool(
  ctx: RequestContext,
  candidates: FunctionTool[],
  view: ConversationView,
): FunctionTool {
  if (candidates.length === 1) return candidates[0];
  const docs = ctx.docs(candidates);
  // Chosen as when it was first said ("cancel my plan" asks to close, though "plan" names the plan change).
  for (const message of view.userMessages.slice(0, -1).reverse()) {
    // A pick from a list ("the one with Dr. Patel" after two bookings were listed) asks for nothing by
    // its words: it named a doctor, so the openings look-up took the move's next answer ("the day after").
    if (isPick(message)) continue;
    const best = matchTool(message, docs, { threshold: ctx.threshold });
    // A change asked in so many words beats the look-up the words resemble, as when it was said: "…the
    // reference is GB 20310614 002, could I make it a bit later, like three o'clock instead" was taken as
    // the move, and the phone number asked for it then went to the look-up (the move was lost).
    const change =
      best && !ctx.reader.changesData(best.name)
        ? concreteRequest(ctx.reader, message, candidates, best.name)
        : undefined;
    if (change) return change;
    if (best) return candidates.find((t) => t.name === best.name)!;
  }
  const overall = scoreTools(view.userMessages.join(' '), docs)[0];
  return candidates.find((t) => t.name === overall?.name) ?? candidates[0];
}

/** The newest earlier message that asked for this tool, else the previous message. */
export function requestTextOf(
  ctx: RequestContext,
  tool: FunctionTool,
  available: FunctionTool[],
  view: ConversationView,
): string {
  const docs = ctx.docs(available);
  // Answers to our questions are not the request: after "What name should I put the booking
  // under?" → "Ella Brown 07700 900727", the request is the message before.
  const questions = Object.values(ctx.agent?.responses?.askFor ?? {});
  const answered = new Set(
    view.exchanges
      .filter(
        (e) =>
          (e.asked !== undefined && questions.some((q) => e.asked?.includes(q))) || tookAnOffer(e, ctx.now),
      )
      .map((e) => e.answer),
  );
  // A question the reply before had answered (saidJustNow.ts) asked about the request, not for a tool.
  for (const asked of askedAboutTheReply(view.exchanges)) answered.add(asked);
  // "How long does a refund usually take to reach the card?" asked at the refund's read-back asks about
  // the change, not for it: it had become the request, and the refund's reason with it.
  for (const e of view.exchanges) if (isReadBack(e.asked) && isQuestion(e.answer)) answered.add(e.answer);
  const earlier = view.userMessages.slice(0, -1).reverse();
  const request = earlier.find(
    (message) =>
      !isOnlyFiller(message) &&
      !answered.has(message) &&
      (scoreTools(message, docs).some((m) => m.name === tool.name && m.score >= ctx.threshold) ||
        matchTool(message, docs, { threshold: ctx.threshold })?.name === tool.name ||
        concreteRequest(ctx.reader, message, available)?.name === tool.name ||
        addsToRecordMade(message, view, tool.name)),
  );
  const unprompted = earlier.find((message) => !answered.has(message) && !isOnlyFiller(message));
  return request ?? unprompted ?? earlier[0] ?? view.latestUserMessage ?? '';
}
