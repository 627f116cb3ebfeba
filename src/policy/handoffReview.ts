import type { HandoffPayload, NormalizedEdge, NormalizedGraph } from '../graph/types.ts';
import { parseHandoffPayload } from './handoffPayload.ts';
import { checkHandoff, type PolicyCode, type PolicyView } from './handoffPolicy.ts';
import { describeInjection, injectionBehindHandoff, injectionGuardApplies } from './injectionGuard.ts';

/**
 * The answer to "may this transfer happen, with this payload, now?", for chat (src/runtime/governedModel.ts)
 * and calls (src/voice/toolCallDispatcher.ts) alike: one set of checks, one order, one wording, so a caller
 * cannot get on the phone what chat refuses.
 * - `accept`: the transfer stands.
 * - `correct`: tell the model why; it may answer or choose again.
 * - `escalate`: a limit more model calls cannot fix; the deterministic fallback applies.
 * - `context_invalid`: the conversation's context fails the graph's schema; answer with the safe reply.
 * - `guardrail`: refused by the edge's guardrail (`from->to`) or the prompt-injection guard
 *   (`prompt_injection`); recorded as a rejected handoff and answered with the safe reply.
 * `checkedContext` is the context as the schema accepted it, when this review parsed it.
 */
export type HandoffReview =
  | { kind: 'accept'; payload: HandoffPayload; checkedContext?: unknown }
  | { kind: 'correct'; code: PolicyCode | 'invalid_payload'; message: string }
  | { kind: 'escalate'; code: PolicyCode; message: string }
  | { kind: 'context_invalid'; issues: string }
  | {
      kind: 'guardrail';
      guardrail: string;
      payload: HandoffPayload;
      reason: string;
      checkedContext?: unknown;
    };

export type HandoffRequest = {
  graph: NormalizedGraph;
  edge: NormalizedEdge;
  /** The transfer call's arguments, as the model wrote them. */
  rawArguments: string;
  view: PolicyView;
  /** The conversation's context now (what tools and guardrails call `state`). */
  context: unknown;
  /** True when `context` already passed the graph's schema and no tool has changed it since. */
  contextChecked: boolean;
  /** What the customer said this turn; asked only when the injection guard applies (a call may wait for a transcript). */
  userText: () => string | Promise<string>;
};

/**
 * Payload schema, policy (cap, ping-pong, gate), context schema, the edge's guardrail, then the
 * prompt-injection guard over the customer's words and the payload. It decides and records nothing:
 * the caller acts on the verdict. Synchronous unless a guardrail runs or the customer's words are awaited,
 * so the common chat turn pays no extra await.
 */
export function reviewHandoff(request: HandoffRequest): HandoffReview | Promise<HandoffReview> {
  const { graph, edge, view } = request;
  const payload = parseHandoffPayload(request.rawArguments);
  if (!payload.ok)
    return {
      kind: 'correct',
      code: 'invalid_payload',
      message: `invalid handoff payload: ${payload.error}. Call ${edge.toolName} again with {"reason": "<why, specific to the customer's request>", "intent": "<short topic>"}.`,
    };
  const verdict = checkHandoff(graph.policy, edge, view);
  if (!verdict.allow)
    return verdict.remedy === 'escalate'
      ? { kind: 'escalate', code: verdict.code, message: verdict.message }
      : { kind: 'correct', code: verdict.code, message: verdict.message };
  let checkedContext: unknown;
  if (!request.contextChecked) {
    const parsed = graph.contextSchema.safeParse(request.context);
    if (!parsed.success) return { kind: 'context_invalid', issues: parsed.error.message };
    checkedContext = parsed.data;
  }
  const context = request.contextChecked ? request.context : checkedContext;
  const guarded = { request, payload: payload.value, checkedContext };
  if (!edge.guardrail) return guardInjection(guarded);
  return runGuardrail(edge, payload.value, context, view).then(
    (reason): HandoffReview | Promise<HandoffReview> =>
      reason === null
        ? guardInjection(guarded)
        : {
            kind: 'guardrail',
            guardrail: `${edge.from}->${edge.to}`,
            payload: payload.value,
            reason,
            checkedContext,
          },
  );
}

/** The edge's own guardrail: the reason it refused (a guardrail that throws refuses), or null. */
async function runGuardrail(
  edge: NormalizedEdge,
  payload: HandoffPayload,
  context: unknown,
  view: PolicyView,
): Promise<string | null> {
  try {
    const result = await edge.guardrail!({
      from: edge.from,
      to: edge.to,
      payload,
      state: context,
      handoffCount: view.handoffCount,
      conversationId: view.conversationId,
    });
    return result.ok ? null : result.reason;
  } catch (error) {
    return `guardrail failed: ${(error as Error).message}`;
  }
}

function guardInjection(guarded: {
  request: HandoffRequest;
  payload: HandoffPayload;
  checkedContext: unknown;
}): HandoffReview | Promise<HandoffReview> {
  const { request, payload, checkedContext } = guarded;
  const accept: HandoffReview = { kind: 'accept', payload, checkedContext };
  if (!injectionGuardApplies(request.graph, request.edge)) return accept;
  const judge = (text: string): HandoffReview => {
    const injection = injectionBehindHandoff(request.graph, request.edge, text, payload);
    if (!injection) return accept;
    const reason = describeInjection(injection);
    return { kind: 'guardrail', guardrail: 'prompt_injection', payload, reason, checkedContext };
  };
  const text = request.userText();
  return typeof text === 'string' ? judge(text) : text.then(judge);
}
