import type { HandoffEntry } from '../api/types.ts';
import { AgentBadge } from './Badges.tsx';
import { Icon } from './Icon.tsx';

const KIND_LABEL: Record<string, string> = {
  handoff: 'Handoff',
  fallback: 'Escalation by policy',
  rejected: 'Handoff refused',
};

type Props = { handoff: Pick<HandoffEntry, 'from' | 'to' | 'reason' | 'intent' | 'kind'>; live?: boolean };

/** A divider in the transcript at the moment control passed: from → to, why, and how it was decided. */
export function HandoffMarker({ handoff, live = false }: Props) {
  const handback = handoff.intent === 'operator.handback';
  const label = handback ? 'Handed back by operator' : (KIND_LABEL[handoff.kind] ?? handoff.kind);
  return (
    <div
      className={`handoff-marker handoff-${handoff.kind}${live ? ' handoff-live' : ''}`}
      data-testid="handoff-marker"
      data-from={handoff.from}
      data-to={handoff.to}
      data-kind={handoff.kind}
    >
      <div className="handoff-line" aria-hidden="true" />
      <div className="handoff-card">
        <div className="handoff-head">
          <span className="handoff-icon">
            <Icon name="swap" size={14} />
          </span>
          <span className="handoff-label">{label}</span>
          {/* from → to stays on one line when the card wraps */}
          <span className="handoff-route">
            <AgentBadge agent={handoff.from} subtle />
            <span className="handoff-arrow" aria-hidden="true">
              →
            </span>
            <AgentBadge agent={handoff.to} subtle />
          </span>
          {handoff.intent && <code className="handoff-intent">{handoff.intent}</code>}
        </div>
        <div className="handoff-reason">{handoff.reason}</div>
      </div>
      <div className="handoff-line" aria-hidden="true" />
    </div>
  );
}
