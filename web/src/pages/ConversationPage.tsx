import { useMemo } from 'react';
import { useConversation } from '../api/useConversation.ts';
import { useTraceIndex } from '../api/useTraceIndex.ts';
import { AgentBadge, StatusBadge } from '../components/Badges.tsx';
import { ContextPanel } from '../components/ContextPanel.tsx';
import { EventList } from '../components/EventList.tsx';
import { HandoffTrail } from '../components/HandoffTrail.tsx';
import { LiveIndicator } from '../components/LiveIndicator.tsx';
import { Panel } from '../components/Panel.tsx';
import { ErrorBanner, Loading, PageHeader } from '../components/States.tsx';
import { Transcript } from '../components/Transcript.tsx';
import { dateTime, shortId, timeAgo } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { buildTimeline } from '../lib/timeline.ts';

/** One conversation, live: transcript with handoff markers and tools, context, trail and events. */
export function ConversationPage({ id }: { id: string }) {
  const conversation = useConversation(id);
  const { data, error, loading, reload, live, liveStatus } = conversation;
  const timeline = useMemo(() => (data ? buildTimeline(data) : []), [data]);
  const traces = useTraceIndex(id, data?.turnCount ?? 0);

  return (
    <div className="page page-wide">
      <PageHeader
        title={
          <>
            <Link to="/conversations" className="crumb">
              Conversations
            </Link>
            <span className="crumb-sep">/</span>
            <span className="mono">{shortId(id)}</span>
          </>
        }
        subtitle={
          data && (
            <span className="header-meta">
              <StatusBadge status={data.status} />
              <span>
                graph <strong>{data.graph}</strong>
              </span>
              <span>
                agent <AgentBadge agent={data.activeAgent} />
              </span>
              <span title={dateTime(data.updatedAt)}>updated {timeAgo(data.updatedAt)}</span>
              <LiveIndicator status={liveStatus} />
            </span>
          )
        }
      />
      {error && <ErrorBanner error={error} onRetry={reload} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          {data.status === 'awaiting_human' && (
            <div className="banner banner-warning">
              <div>
                <strong>Waiting for a person.</strong> An agent escalated this conversation; nobody answers
                the customer until an operator replies.
              </div>
              <Link to={`/inbox/${data.id}`} className="btn btn-primary btn-small">
                Take over
              </Link>
            </div>
          )}
          <div className="stats">
            <Stat label="Turns" value={data.turnCount} />
            <Stat label="Handoffs" value={data.handoffCount} testId="stat-handoffs" />
            <Stat label="Tool calls" value={data.toolCallCount} />
            <Stat label="Started" value={dateTime(data.createdAt)} />
          </div>
          <div className="split">
            <div className="card transcript-card">
              {timeline.length === 0 && !live ? (
                <div className="transcript-empty">No messages yet.</div>
              ) : (
                <Transcript entries={timeline} live={live} traceLink={traces.linkFor} />
              )}
            </div>
            <aside className="side">
              <Panel title="Context">
                <ContextPanel context={data.context} />
              </Panel>
              <Panel title="Handoff trail" count={data.handoffs.length}>
                <HandoffTrail handoffs={data.handoffs} />
              </Panel>
              <Panel title="Events" count={data.events.length}>
                <EventList events={data.events} />
              </Panel>
            </aside>
          </div>
        </>
      )}
    </div>
  );
}

export function Stat({ label, value, testId }: { label: string; value: string | number; testId?: string }) {
  return (
    <div className="stat" data-testid={testId}>
      <div className="stat-label">{label}</div>
      <div className="stat-value">{value}</div>
    </div>
  );
}
