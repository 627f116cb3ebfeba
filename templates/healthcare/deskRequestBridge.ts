import type { InputGuardrail } from '@openai/agents';
import { maybeTurnState } from '../../src/authoring.ts';
import { latestUserText } from './latestUserText.ts';

/**
 * OFFLINE-MODEL BRIDGE, not a guardrail in the safety sense (it never trips).
 *
 * A desk the Receptionist consults is an agent used as a tool (`agent.asTool()`), whose only
 * parameter is the SDK's `{ input: string }`. An LLM writes that request itself. The offline model
 * cannot: it fills arguments from the conversation state or by recognising a value's shape, and a
 * free request has no shape. So before the model runs, this puts the caller's latest message into
 * the turn's state under `input`, where the offline model's argument filler finds it and passes it to
 * the desk verbatim. `input` is not part of the context schema, so it is dropped when the turn is
 * committed and never reaches the database or the next turn.
 */
export const deskRequestBridge: InputGuardrail = {
  name: 'desk_request_bridge',
  runInParallel: false,
  execute: async ({ input, context }) => {
    const state = maybeTurnState(context)?.state as Record<string, unknown> | undefined;
    const text = latestUserText(input).trim();
    if (state && text !== '') state.input = text;
    return { tripwireTriggered: false, outputInfo: { bridged: state !== undefined && text !== '' } };
  },
};
