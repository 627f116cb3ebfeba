import type { HandoffEntry } from '../api/types.ts';

/** A turn still running, built from live events until the committed conversation replaces it. */
export type LiveTurn = {
  userText: string | null;
  steps: LiveStep[];
  /** The agent whose text is streaming, and the text so far. */
  agent: string | null;
  text: string;
};

export type LiveStep =
  | { kind: 'handoff'; handoff: Pick<HandoffEntry, 'from' | 'to' | 'reason' | 'intent' | 'kind'> }
  | {
      kind: 'tool';
      callId: string;
      agent: string;
      tool: string;
      args: unknown;
      result: unknown;
      hasResult: boolean;
      replayed: boolean;
    };

/** The runtime's event names (WebSocket) — the SSE names are mapped onto them by the caller. */
export type LiveEvent = { type: string; data: Record<string, any> };

export const emptyLiveTurn = (userText: string | null): LiveTurn => ({
  userText,
  steps: [],
  agent: null,
  text: '',
});

/** Folds one live event into the running turn; unknown events leave it unchanged. */
export function applyLiveEvent(turn: LiveTurn, event: LiveEvent): LiveTurn {
  const d = event.data;
  switch (event.type) {
    case 'turn.started':
      return {
        ...emptyLiveTurn(typeof d.text === 'string' ? d.text : turn.userText),
        agent: d.agent ?? null,
      };
    case 'text.delta':
      // A new agent starts a new reply: text from an agent that handed off is not the answer.
      return d.agent === turn.agent
        ? { ...turn, text: turn.text + String(d.delta ?? '') }
        : { ...turn, agent: d.agent, text: String(d.delta ?? '') };
    case 'handoff':
      return {
        ...turn,
        text: '',
        agent: d.to,
        steps: [
          ...turn.steps,
          {
            kind: 'handoff',
            handoff: { from: d.from, to: d.to, reason: d.reason, intent: d.intent ?? null, kind: d.kind },
          },
        ],
      };
    case 'tool.call':
      return {
        ...turn,
        steps: [
          ...turn.steps,
          {
            kind: 'tool',
            callId: String(d.callId),
            agent: d.agent,
            tool: d.tool,
            args: d.arguments,
            result: undefined,
            hasResult: false,
            replayed: false,
          },
        ],
      };
    case 'tool.result':
      return {
        ...turn,
        steps: turn.steps.map((step) =>
          step.kind === 'tool' && step.callId === String(d.callId)
            ? { ...step, result: d.result, hasResult: true, replayed: Boolean(d.replayed) }
            : step,
        ),
      };
    default:
      return turn;
  }
}

/** SSE event names of POST …/messages → the runtime's names. */
export const SSE_TO_LIVE: Record<string, string> = {
  delta: 'text.delta',
  handoff: 'handoff',
  tool_call: 'tool.call',
  tool_result: 'tool.result',
};
