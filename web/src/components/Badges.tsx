import type { ConversationStatus } from '../api/types.ts';
import { agentColor } from '../lib/agentColor.ts';
import { STATUS_LABEL } from '../lib/format.ts';

export function StatusBadge({ status }: { status: ConversationStatus | string }) {
  return (
    <span className={`status status-${status}`} data-status={status}>
      <span className="status-dot" aria-hidden="true" />
      {STATUS_LABEL[status] ?? status}
    </span>
  );
}

/** The agent's name on its own colour; `subtle` for inline mentions (handoff markers, tables). */
export function AgentBadge({ agent, subtle = false }: { agent: string; subtle?: boolean }) {
  const color = agentColor(agent);
  return (
    <span
      className={subtle ? 'agent-badge agent-badge-subtle' : 'agent-badge'}
      style={{ color, backgroundColor: `${color}14`, borderColor: `${color}40` }}
      data-agent={agent}
    >
      {agent}
    </span>
  );
}

export function KindBadge({ kind }: { kind: string }) {
  return <span className={`kind kind-${kind}`}>{kind}</span>;
}
