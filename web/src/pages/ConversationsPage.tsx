import { useMemo } from 'react';
import { getApiKey } from '../api/apiKey.ts';
import { query } from '../api/client.ts';
import type { ConversationSummary } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { AgentBadge, StatusBadge } from '../components/Badges.tsx';
import { GraphFilter } from '../components/GraphFilter.tsx';
import { EmptyState, ErrorBanner, Loading, PageHeader } from '../components/States.tsx';
import { dateTime, shortId, timeAgo } from '../lib/format.ts';
import { Link, navigate, useLocation } from '../lib/router.tsx';

const STATUSES = [
  { value: '', label: 'All statuses' },
  { value: 'active', label: 'Active' },
  { value: 'awaiting_human', label: 'Awaiting human' },
  { value: 'awaiting_approval', label: 'Awaiting approval' },
  { value: 'ended', label: 'Ended' },
];

/** Every conversation the caller may see, newest activity first, filtered by graph, status and text. */
export function ConversationsPage() {
  const { search } = useLocation();
  const graph = search.get('graph') ?? '';
  const status = search.get('status') ?? '';
  const text = search.get('q') ?? '';
  const list = useApi<{ data: ConversationSummary[] }>(
    `/v1/conversations${query({ graph, status, limit: 200 })}`,
    {
      pollMs: 5000,
    },
  );

  // Filters live in the URL, so a filtered view can be bookmarked and the back button undoes a change.
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    const qs = next.toString();
    navigate(`/conversations${qs ? `?${qs}` : ''}`, { replace: true });
  };

  const rows = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const all = [...(list.data?.data ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    if (!needle) return all;
    return all.filter((c) =>
      [c.id, c.activeAgent, c.graph, c.status, JSON.stringify(c.context)].some((f) =>
        f.toLowerCase().includes(needle),
      ),
    );
  }, [list.data, text]);

  const filtered = Boolean(graph || status || text);
  return (
    <div className="page">
      <PageHeader
        title="Conversations"
        subtitle={list.data ? `${rows.length} shown · refreshes every 5 s` : undefined}
        actions={
          <Link to="/playground" className="btn btn-primary">
            New in playground
          </Link>
        }
      />
      {getApiKey() && (
        <p className="muted page-note" data-testid="tenantless-note">
          This API key shows its own tenant's conversations. Conversations from before the first key was
          created have no tenant, and no key shows them; on the server, list them with{' '}
          <code>switchboard conversations list --tenant none</code>.
        </p>
      )}
      <div className="toolbar">
        <input
          className="input"
          type="search"
          placeholder="Search id, agent, context…"
          aria-label="Search conversations"
          value={text}
          onChange={(e) => setFilter('q', e.target.value)}
        />
        <GraphFilter value={graph} onChange={(g) => setFilter('graph', g)} />
        <select
          className="select"
          aria-label="Status"
          value={status}
          onChange={(e) => setFilter('status', e.target.value)}
        >
          {STATUSES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
        {filtered && (
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => navigate('/conversations', { replace: true })}
          >
            Clear filters
          </button>
        )}
      </div>
      {list.error && <ErrorBanner error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data ? (
        <Loading />
      ) : rows.length === 0 && !list.error ? (
        <EmptyState
          title={filtered ? 'No conversation matches these filters' : 'No conversations yet'}
          icon="chat"
        >
          {filtered ? (
            'Try another status or graph.'
          ) : (
            <>
              Start one in the <Link to="/playground">playground</Link> or through the API (
              <code>POST /v1/conversations</code>).
            </>
          )}
        </EmptyState>
      ) : (
        rows.length > 0 && (
          <div className="card table-card">
            <table className="table" data-testid="conversations-table">
              <thead>
                <tr>
                  <th>Conversation</th>
                  <th>Status</th>
                  <th>Graph</th>
                  <th>Active agent</th>
                  <th className="num">Turns</th>
                  <th className="num">Handoffs</th>
                  <th>Last activity</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr
                    key={c.id}
                    className="row-link"
                    data-conversation={c.id}
                    onClick={() => navigate(`/conversations/${c.id}`)}
                  >
                    <td>
                      <Link
                        to={`/conversations/${c.id}`}
                        className="mono"
                        onClick={(e) => e.stopPropagation()}
                      >
                        {shortId(c.id)}
                      </Link>
                    </td>
                    <td>
                      <StatusBadge status={c.status} />
                    </td>
                    <td>{c.graph}</td>
                    <td>
                      <AgentBadge agent={c.activeAgent} />
                    </td>
                    <td className="num">{c.turnCount}</td>
                    <td className="num" data-testid="handoff-count">
                      {c.handoffCount}
                    </td>
                    <td title={dateTime(c.updatedAt)}>{timeAgo(c.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      )}
    </div>
  );
}
