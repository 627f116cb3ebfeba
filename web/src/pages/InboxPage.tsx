import { useMemo, useRef, useState } from 'react';
import type { GraphInfo } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { useConversation } from '../api/useConversation.ts';
import { useInbox } from '../api/useInbox.ts';
import { ApprovalQueue } from '../components/ApprovalQueue.tsx';
import { AgentBadge, StatusBadge } from '../components/Badges.tsx';
import { ContextPanel } from '../components/ContextPanel.tsx';
import { HandoffTrail } from '../components/HandoffTrail.tsx';
import { LiveIndicator } from '../components/LiveIndicator.tsx';
import { HandBack, OperatorReply } from '../components/OperatorActions.tsx';
import { Panel } from '../components/Panel.tsx';
import { EmptyState, ErrorBanner, Loading, PageHeader } from '../components/States.tsx';
import { Transcript } from '../components/Transcript.tsx';
import { dateTime, plural, shortId, timeAgo } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { buildTimeline } from '../lib/timeline.ts';
import { useAutoScroll } from '../lib/useAutoScroll.ts';

/** Conversations parked with the Human node: read them, answer the customer, hand them back. */
export function InboxPage({ id }: { id: string | null }) {
  const inbox = useInbox();
  const rows = useMemo(
    () => [...(inbox.data ?? [])].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)),
    [inbox.data],
  );
  return (
    <div className="page page-wide">
      <PageHeader
        title="Operator inbox"
        subtitle={inbox.data ? `${rows.length} waiting for a person · oldest first` : undefined}
      />
      {inbox.error && <ErrorBanner error={inbox.error} onRetry={inbox.reload} />}
      <ApprovalQueue onDecided={inbox.reload} />
      <div className="inbox">
        <div className="card inbox-list" data-testid="inbox-list">
          {!inbox.data ? (
            inbox.error ? (
              <EmptyState title="Inbox unavailable" icon="inbox">
                It cannot be read right now: see the message above.
              </EmptyState>
            ) : (
              <Loading />
            )
          ) : rows.length === 0 ? (
            <EmptyState title="Nobody is waiting" icon="check">
              Conversations an agent escalates to a person appear here.
            </EmptyState>
          ) : (
            <ul>
              {rows.map((c) => (
                <li key={c.id}>
                  <Link
                    to={`/inbox/${c.id}`}
                    className={c.id === id ? 'inbox-item inbox-item-active' : 'inbox-item'}
                    data-conversation={c.id}
                  >
                    <div className="inbox-item-head">
                      <span className="mono">{shortId(c.id)}</span>
                      <span className="muted" title={`waiting since ${dateTime(c.updatedAt)}`}>
                        {timeAgo(c.updatedAt)}
                      </span>
                    </div>
                    <div className="inbox-item-meta">
                      {c.graph} · {plural(c.turnCount, 'turn')} · {plural(c.handoffCount, 'handoff')}
                    </div>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="inbox-detail">
          {id ? (
            <InboxConversation key={id} id={id} onChanged={inbox.reload} />
          ) : (
            <div className="card">
              <EmptyState title="Pick a conversation" icon="inbox">
                Read the history and the handoff trail, answer as a person, then hand it back to an agent.
              </EmptyState>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

function InboxConversation({ id, onChanged }: { id: string; onChanged: () => void }) {
  const conversation = useConversation(id);
  const graphs = useApi<{ data: GraphInfo[] }>('/v1/graphs');
  const { data, live, liveStatus } = conversation;
  const [notice, setNotice] = useState<string | null>(null);
  const timeline = useMemo(() => (data ? buildTimeline(data) : []), [data]);
  const graph = graphs.data?.data.find((g) => g.name === data?.graph) ?? null;
  const scrollRef = useRef<HTMLDivElement>(null);
  useAutoScroll(scrollRef, `${timeline.length}:${live?.steps.length}:${live?.text.length}`);
  const done = (message: string) => {
    setNotice(message);
    conversation.reload();
    onChanged();
  };

  if (conversation.error) return <ErrorBanner error={conversation.error} onRetry={conversation.reload} />;
  if (!data) return <Loading />;
  return (
    <>
      <div className="card inbox-header">
        <div className="header-meta">
          <Link to={`/conversations/${data.id}`} className="mono">
            {shortId(data.id)}
          </Link>
          <StatusBadge status={data.status} />
          <span>
            with <AgentBadge agent={data.activeAgent} />
          </span>
          <span className="muted">{data.graph}</span>
          <LiveIndicator status={liveStatus} />
          {notice && (
            <span className="inline-notice" role="status" data-testid="operator-notice">
              {notice}
            </span>
          )}
        </div>
      </div>
      <div className="split split-narrow-side">
        <div className="card chat-card inbox-chat">
          <div className="chat-scroll" ref={scrollRef}>
            <Transcript entries={timeline} live={live} />
          </div>
          <OperatorReply detail={data} onDone={() => done('Reply sent to the customer.')} />
        </div>
        <aside className="side">
          <Panel title="Hand back">
            <HandBack
              detail={data}
              graph={graph}
              onDone={(summary) =>
                done(`Handed back to ${summary.activeAgent}: the next customer message goes to it.`)
              }
            />
          </Panel>
          <Panel title="Handoff trail" count={data.handoffs.length}>
            <HandoffTrail handoffs={data.handoffs} />
          </Panel>
          <Panel title="Context">
            <ContextPanel context={data.context} />
          </Panel>
        </aside>
      </div>
    </>
  );
}
