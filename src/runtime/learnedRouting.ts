import type { Graph } from '../graph/defineGraph.ts';
import { type LearnedRow, learnedRouterStoreFor } from '../store/learnedRouterStore.ts';
import type { ConversationStore, StoredItem } from '../store/types.ts';

/**
 * The graph with its learnt router applied: the learnt rows become examples of their agents (routers
 * train on examples, deterministically, so the rows are the router) and the hybrid threshold becomes
 * the one calibrated on held-out rows. Agents are copied, never mutated: routers are cached per graph
 * object. Without a learnt router the graph comes back as it was.
 */
export async function withLearnedRouter(graph: Graph, store: ConversationStore): Promise<Graph> {
  const learned = await (await learnedRouterStoreFor(store)).latest(graph.name);
  if (!learned) return graph;
  return withLearnedRows(graph, learned.rows, learned.threshold);
}

export function withLearnedRows(graph: Graph, rows: readonly LearnedRow[], threshold: number | null): Graph {
  const byAgent = new Map<string, string[]>();
  for (const { input, agent } of rows) {
    if (!graph.byName.has(agent)) continue; // an agent since removed from the graph teaches nothing
    byAgent.set(agent, [...(byAgent.get(agent) ?? []), input]);
  }
  const agents = graph.agents.map((a) => {
    const more = byAgent.get(a.name);
    return more ? { ...a, examples: [...a.examples, ...more] } : a;
  });
  return {
    ...graph,
    agents,
    byName: new Map(agents.map((a) => [a.name, a])),
    routing: threshold === null ? graph.routing : { ...graph.routing, threshold },
  };
}

function userText(item: StoredItem): string | null {
  const it = item.item as { role?: string; content?: unknown };
  if (it.role !== 'user') return null;
  if (typeof it.content === 'string') return it.content;
  if (Array.isArray(it.content))
    return (
      it.content
        .map((p: { text?: string }) => p.text ?? '')
        .join(' ')
        .trim() || null
    );
  return null;
}

/**
 * Labeled routing decisions in the stored conversations of a graph:
 * - the entry agent's decisions made by the LLM (`routing.decision` with path `llm`) on a turn's user
 *   message: its target, or the entry agent itself when it kept the message;
 * - operator corrections: a takeover that hands the conversation back to another agent (`Human → X`)
 *   relabels the entry agent's last routed message before it (local or LLM) as X's, unless it already
 *   went to X: the operator saw where the caller belonged.
 */
export async function learnedRowsFromStore(store: ConversationStore, graph: Graph): Promise<LearnedRow[]> {
  const rows: LearnedRow[] = [];
  const human = graph.agents.find((a) => a.human)?.name ?? 'Human';
  for (const conv of await store.listConversations({ graph: graph.name, limit: 100_000 })) {
    if (conv.graph !== graph.name) continue;
    const firstUser = new Map<number, string>();
    for (const item of await store.getItems(conv.id)) {
      const text = userText(item);
      if (text && !firstUser.has(item.turn)) firstUser.set(item.turn, text);
    }
    const decisions = new Map<number, { input: string; path: string; target: string | null }>();
    for (const event of await store.listEvents(conv.id)) {
      if (event.type !== 'routing.decision' || decisions.has(event.turn)) continue;
      const data = event.data as { agent?: string; path?: string; target?: string | null };
      const input = firstUser.get(event.turn);
      if (data.agent === graph.entry && input)
        decisions.set(event.turn, { input, path: data.path ?? 'llm', target: data.target ?? null });
    }
    const labels = new Map<number, LearnedRow>();
    for (const [turn, d] of decisions)
      if (d.path === 'llm') labels.set(turn, { input: d.input, agent: d.target ?? graph.entry });
    for (const handoff of await store.listHandoffs(conv.id)) {
      if (handoff.from !== human || handoff.to === human) continue;
      const routed = [...decisions.entries()]
        .filter(([turn, d]) => turn < handoff.turn && d.target !== human)
        .sort((a, b) => b[0] - a[0])[0];
      if (routed) labels.set(routed[0], { input: routed[1].input, agent: handoff.to });
    }
    rows.push(...[...labels.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row));
  }
  return rows;
}
