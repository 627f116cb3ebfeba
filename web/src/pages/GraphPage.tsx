import { useEffect } from 'react';
import type { EdgeCounts, GraphInfo, TopologyAgent } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { AgentGraph, edgeKindsOf } from '../components/AgentGraph.tsx';
import { AgentBadge } from '../components/Badges.tsx';
import { Panel } from '../components/Panel.tsx';
import { EmptyState, ErrorBanner, Loading, PageHeader } from '../components/States.tsx';
import { EDGE_KIND_ORDER, EDGE_STYLES } from '../lib/edgeStyles.ts';
import { Link, navigate } from '../lib/router.tsx';

/** A short stroke drawn as the canvas draws that kind of edge. */
function EdgeSwatch({ kind }: { kind: string }) {
  const look = EDGE_STYLES[kind];
  return (
    <svg width="26" height="8" aria-hidden="true" className="legend-swatch">
      <line
        x1="1"
        y1="4"
        x2="25"
        y2="4"
        stroke={look.color}
        strokeWidth={Math.max(1.5, look.width)}
        strokeDasharray={look.dash}
      />
    </svg>
  );
}

/** The agent graph of one served graph, with live handoff counts per edge. */
export function GraphPage({ name }: { name: string | null }) {
  const graphs = useApi<{ data: GraphInfo[] }>('/v1/graphs');
  const selected = name ?? graphs.data?.data[0]?.name ?? null;
  const edges = useApi<EdgeCounts>(selected ? `/v1/graphs/${encodeURIComponent(selected)}/edges` : null, {
    pollMs: 3000,
  });
  const info = graphs.data?.data.find((g) => g.name === selected) ?? null;

  useEffect(() => {
    if (!name && selected) navigate(`/graphs/${encodeURIComponent(selected)}`, { replace: true });
  }, [name, selected]);

  const agents = (info?.topology.agents ?? []) as TopologyAgent[];
  const taken = (edges.data?.edges ?? []).filter((e) => e.total > 0);
  const total = taken.reduce((sum, e) => sum + e.total, 0);
  const kinds = info ? edgeKindsOf(agents, info.entry, edges.data?.edges ?? []) : new Set<string>();

  return (
    <div className="page page-wide">
      <PageHeader
        title="Agent graph"
        subtitle={info ? (info.description ?? `${agents.length} agents, entry ${info.entry}`) : undefined}
        actions={
          graphs.data && graphs.data.data.length > 1 ? (
            <div className="tabs" role="tablist">
              {graphs.data.data.map((g) => (
                <Link
                  key={g.name}
                  to={`/graphs/${encodeURIComponent(g.name)}`}
                  role="tab"
                  aria-selected={g.name === selected}
                  className={g.name === selected ? 'tab tab-active' : 'tab'}
                >
                  {g.name}
                </Link>
              ))}
            </div>
          ) : undefined
        }
      />
      {graphs.error && <ErrorBanner error={graphs.error} onRetry={graphs.reload} />}
      {edges.error && <ErrorBanner error={edges.error} onRetry={edges.reload} />}
      {graphs.loading && <Loading />}
      {graphs.data && !info && (
        <EmptyState
          title={name ? `No graph named “${name}” is served here` : 'No graphs are served'}
          icon="graph"
        />
      )}
      {info && (
        <>
          <div className="card graph-card">
            <div className="graph-legend" data-testid="graph-legend">
              <span>
                <i className="legend-line legend-used" /> taken
              </span>
              {EDGE_KIND_ORDER.filter((kind) => kinds.has(kind)).map((kind) => (
                <span key={kind} data-kind={kind}>
                  <EdgeSwatch kind={kind} /> {EDGE_STYLES[kind].label}
                </span>
              ))}
              <span className="graph-total" data-testid="graph-total">
                {total} handoff{total === 1 ? '' : 's'} recorded
              </span>
            </div>
            {edges.data ? (
              <AgentGraph agents={agents} entry={info.entry} edges={edges.data.edges} />
            ) : (
              <Loading label="Loading handoff counts…" />
            )}
          </div>
          <div className="grid-2">
            <Panel title="Edges taken" count={taken.length}>
              {taken.length === 0 ? (
                <EmptyState title="No handoffs yet" icon="swap">
                  Chat in the <Link to="/playground">playground</Link> to see edges light up.
                </EmptyState>
              ) : (
                <table className="table table-compact" data-testid="edge-table">
                  <thead>
                    <tr>
                      <th>From</th>
                      <th>To</th>
                      <th className="num" title="transferred by the model">
                        Model
                      </th>
                      <th className="num">Policy</th>
                      <th className="num">Refused</th>
                      <th className="num">Total</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...taken]
                      .sort((a, b) => b.total - a.total)
                      .map((e) => (
                        <tr key={`${e.from}->${e.to}`} data-edge={`${e.from}->${e.to}`}>
                          <td>
                            <AgentBadge agent={e.from} subtle />
                          </td>
                          <td>
                            <AgentBadge agent={e.to} subtle />
                          </td>
                          <td className="num">{e.counts.handoff}</td>
                          <td className="num">{e.counts.fallback}</td>
                          <td className="num">{e.counts.rejected}</td>
                          <td className="num" data-testid="edge-total">
                            <strong>{e.total}</strong>
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              )}
            </Panel>
            <Panel title="Agents" count={agents.length}>
              <ul className="agent-list">
                {agents.map((a) => (
                  <li key={a.name}>
                    <AgentBadge agent={a.name} />
                    <span className="agent-desc">
                      {a.human
                        ? 'Built-in: parks the conversation for a person'
                        : (a.handoffDescription ?? 'Entry agent')}
                    </span>
                    {a.tools.length > 0 && (
                      <div className="agent-tools">
                        {a.tools.map((t) => (
                          <code key={t.name} title={t.description}>
                            {t.name}
                          </code>
                        ))}
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </Panel>
          </div>
        </>
      )}
    </div>
  );
}
