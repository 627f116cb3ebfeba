import type { LiveTurn } from '../lib/liveTurn.ts';
import { Link } from '../lib/router.tsx';
import type { TimelineEntry } from '../lib/timeline.ts';
import { AgentBadge } from './Badges.tsx';
import { HandoffMarker } from './HandoffMarker.tsx';
import { ToolCall } from './ToolCall.tsx';

type Props = {
  entries: TimelineEntry[];
  live?: LiveTurn | null;
  /** Links each turn to its trace when given. */
  traceLink?: (turn: number) => string | null;
};

function Reply({
  agent,
  text,
  operator,
  streaming = false,
}: {
  agent: string;
  text: string;
  operator?: string | null;
  streaming?: boolean;
}) {
  return (
    <div
      className={`msg msg-agent${agent === 'Human' ? ' msg-human' : ''}`}
      data-testid="agent-reply"
      data-agent={agent}
    >
      <div className="msg-meta">
        <AgentBadge agent={agent} />
        {operator && <span className="msg-operator">operator · {operator}</span>}
        {streaming && <span className="msg-streaming">typing…</span>}
      </div>
      <div className="msg-bubble">{text || '…'}</div>
    </div>
  );
}

function UserMessage({ text, turn, trace }: { text: string; turn?: number; trace?: string | null }) {
  return (
    <div className="msg msg-user" data-testid="user-message">
      <div className="msg-meta">
        {trace && (
          <Link
            to={trace}
            className="msg-trace"
            title="Spans of this turn: routing, agents, model calls, tools"
          >
            trace
          </Link>
        )}
        {turn !== undefined && <span className="msg-turn">turn {turn}</span>}
        <span className="msg-you">Customer</span>
      </div>
      <div className="msg-bubble">{text}</div>
    </div>
  );
}

/** The conversation as a chat: customer on the right, agents on the left, handoffs as dividers. */
export function Transcript({ entries, live = null, traceLink }: Props) {
  return (
    <div className="transcript" data-testid="transcript">
      {entries.map((entry) => {
        switch (entry.kind) {
          case 'user':
            return (
              <UserMessage
                key={entry.key}
                text={entry.text}
                turn={entry.turn}
                trace={traceLink?.(entry.turn)}
              />
            );
          case 'reply':
            return <Reply key={entry.key} agent={entry.agent} text={entry.text} operator={entry.operator} />;
          case 'tool': {
            const { key, ...call } = entry;
            return <ToolCall key={key} {...call} />;
          }
          case 'handoff':
            return <HandoffMarker key={entry.key} handoff={entry.handoff} />;
          case 'notice':
            return (
              <div key={entry.key} className={`notice notice-${entry.tone}`} data-testid="notice">
                {entry.text}
              </div>
            );
          default:
            return null;
        }
      })}
      {live && (
        <div className="live-turn" data-testid="live-turn">
          {live.userText && <UserMessage text={live.userText} />}
          {live.steps.map((step, i) =>
            step.kind === 'handoff' ? (
              <HandoffMarker key={i} handoff={step.handoff} live />
            ) : (
              <ToolCall key={step.callId} {...step} pending />
            ),
          )}
          {live.agent && <Reply agent={live.agent} text={live.text} streaming />}
        </div>
      )}
    </div>
  );
}
