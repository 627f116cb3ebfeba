import type { HandoffEntry } from '../api/types.ts';
import { AgentBadge, KindBadge } from './Badges.tsx';
import { EmptyState } from './States.tsx';

/** Every change of agent, oldest first: the conversation's state machine. */
export function HandoffTrail({ handoffs }: { handoffs: HandoffEntry[] }) {
  if (handoffs.length === 0) return <EmptyState title="No handoffs yet" icon="swap" />;
  return (
    <ol className="trail" data-testid="handoff-trail">
      {handoffs.map((h) => (
        <li key={h.seq} className="trail-item">
          <div className="trail-head">
            <span className="trail-turn">T{h.turn}</span>
            <AgentBadge agent={h.from} subtle />
            <span aria-hidden="true">→</span>
            <AgentBadge agent={h.to} subtle />
            {h.kind !== 'handoff' && <KindBadge kind={h.kind} />}
          </div>
          <div className="trail-reason">{h.reason}</div>
        </li>
      ))}
    </ol>
  );
}
