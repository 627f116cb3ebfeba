import { AgentBadge } from '../components/Badges.tsx';
import { Icon } from '../components/Icon.tsx';
import { clock, useElapsedSeconds } from './useVoiceCall.ts';
import type { CallState } from './voiceCall.ts';

const ACTIVE = new Set<CallState['phase']>(['connecting', 'live', 'ending']);

/** Why a call ended, as the relay names it → what the person on the call understands. */
const END_REASONS: Record<string, string> = {
  caller_hung_up: 'you hung up',
  client_left: 'the browser left the call',
  realtime_disconnected: 'the voice service disconnected',
  server_shutdown: 'the server is shutting down',
};

/** "Call" when there is no call, "Hang up" during one. */
export function CallButton({
  state,
  disabled,
  unavailable = null,
  onCall,
  onHangUp,
}: {
  state: CallState;
  disabled: boolean;
  /** Why calls cannot work on this server (said on the button and under the composer), or null. */
  unavailable?: string | null;
  onCall: () => void;
  onHangUp: () => void;
}) {
  if (ACTIVE.has(state.phase))
    return (
      <button
        type="button"
        className="btn btn-danger"
        onClick={onHangUp}
        disabled={state.phase === 'ending'}
        title="End the call; the conversation stays open for typing"
      >
        <Icon name="phoneOff" />
        {state.phase === 'ending' ? 'Hanging up…' : 'Hang up'}
      </button>
    );
  return (
    <button
      type="button"
      className="btn btn-secondary btn-call"
      onClick={onCall}
      disabled={disabled}
      title={
        unavailable ?? 'Talk to the graph with your microphone; the transcript appears here as you speak'
      }
      data-unavailable={unavailable ? 'true' : undefined}
    >
      <Icon name="phone" />
      Call
    </button>
  );
}

/** The call's state above the composer: connecting, in call with a timer, ended, or what went wrong. */
export function CallStatus({ state }: { state: CallState }) {
  const seconds = useElapsedSeconds(state.answeredAt, state.endedAt);
  if (state.phase === 'idle') return null;
  const data = {
    'data-testid': 'call-status',
    'data-phase': state.phase,
    'data-conversation': state.conversationId ?? '',
    'data-frames-sent': state.framesSent,
    'data-audio-received': state.audioReceived,
    'data-audio-played': state.audioPlayed,
    'data-handoffs': state.handoffs,
    'data-capture': state.capture ?? '',
  };
  if (state.phase === 'error' && state.error)
    return (
      <div
        className={`banner banner-inline ${state.error.kind === 'server' ? 'banner-error' : 'banner-warning'}`}
        role="alert"
        {...data}
        data-error={state.error.kind}
      >
        <div>
          <strong>
            {state.error.kind === 'permission'
              ? 'Microphone blocked'
              : state.error.kind === 'microphone'
                ? 'No microphone'
                : 'The call failed'}
          </strong>
          <span className="banner-message">{state.error.message}</span>
        </div>
      </div>
    );
  return (
    <div className={`call-bar call-${state.phase}`} role="status" {...data}>
      <span className="call-dot" aria-hidden="true" />
      {state.phase === 'connecting' && <span>Connecting the call…</span>}
      {(state.phase === 'live' || state.phase === 'ending') && (
        <>
          <strong>{state.phase === 'ending' ? 'Hanging up…' : 'In call'}</strong>
          <span className="mono" data-testid="call-timer">
            {clock(seconds)}
          </span>
          {state.agent && (
            <span>
              on the line: <AgentBadge agent={state.agent} />
            </span>
          )}
          <span className="muted">Speak: your words and the agents' answers appear in the transcript.</span>
        </>
      )}
      {state.phase === 'ended' && (
        <>
          <strong>Call ended</strong>
          {state.answeredAt !== null && <span className="mono">{clock(seconds)}</span>}
          <span className="muted">
            {END_REASONS[state.endReason ?? ''] ?? state.endReason} · you can keep typing in this
            conversation.
          </span>
        </>
      )}
      {state.notice && (
        <span className="call-notice" data-testid="call-notice">
          {state.notice}
        </span>
      )}
    </div>
  );
}
