import type { HandoffPayload, NormalizedEdge, NormalizedGraph } from '../graph/types.ts';
import { parseHandoffPayload } from '../policy/handoffPayload.ts';
import { checkHandoff, type PolicyCode, type PolicyView } from '../policy/handoffPolicy.ts';
import {
  describeInjection,
  injectionBehindHandoff,
  injectionGuardApplies,
} from '../policy/injectionGuard.ts';

/**
 * What to do with a `transfer_to_*` call made on a live call. The checks, their order and their
 * messages are chat's (GovernedModel): payload schema, policy (cap, ping-pong, gate), context schema,
 * the edge guardrail, then the prompt-injection guard over the caller's words and the payload — with
 * the same functions, so a voice call is governed exactly like a chat. `guardrail` names what refused
 * the transfer (`from->to` for the edge's guardrail, `prompt_injection`), as chat's event does.
 */
export type TransferVerdict =
  | { kind: 'accept'; payload: HandoffPayload }
  | { kind: 'correct'; code: PolicyCode | 'invalid_payload'; message: string }
  | { kind: 'escalate'; code: PolicyCode; message: string }
  | { kind: 'context_invalid'; issues: string }
  | { kind: 'guardrail'; guardrail: string; payload: HandoffPayload; reason: string };

export async function reviewTransfer(
  graph: NormalizedGraph,
  edge: NormalizedEdge,
  rawArguments: string,
  view: PolicyView,
  state: unknown,
  /** What the caller said this turn; only awaited when the injection guard applies (it may wait for a transcript). */
  callerText: () => Promise<string>,
): Promise<TransferVerdict> {
  const payload = parseHandoffPayload(rawArguments);
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
  const context = graph.contextSchema.safeParse(state);
  if (!context.success) return { kind: 'context_invalid', issues: context.error.message };
  if (edge.guardrail) {
    let result: { ok: true } | { ok: false; reason: string };
    try {
      result = await edge.guardrail({
        from: edge.from,
        to: edge.to,
        payload: payload.value,
        state: context.data,
        handoffCount: view.handoffCount,
        conversationId: view.conversationId,
      });
    } catch (error) {
      result = { ok: false, reason: `guardrail failed: ${(error as Error).message}` };
    }
    if (!result.ok)
      return {
        kind: 'guardrail',
        guardrail: `${edge.from}->${edge.to}`,
        payload: payload.value,
        reason: result.reason,
      };
  }
  const injection = injectionGuardApplies(graph, edge)
    ? injectionBehindHandoff(graph, edge, await callerText(), payload.value)
    : null;
  if (injection)
    return {
      kind: 'guardrail',
      guardrail: 'prompt_injection',
      payload: payload.value,
      reason: describeInjection(injection),
    };
  return { kind: 'accept', payload: payload.value };
}
