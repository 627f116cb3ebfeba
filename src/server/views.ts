import type { z } from 'zod';
import type { Graph } from '../graph/defineGraph.ts';
import type { TurnResult } from '../runtime/runTurn.ts';
import type { HandoffEdgeCount } from '../store/handoffEdges.ts';
import type {
  ConversationRecord,
  EventRecord,
  HandoffKind,
  HandoffRecord,
  StoredItem,
} from '../store/types.ts';
import type {
  ConversationDetail,
  ConversationSummary,
  EdgeCounts,
  GraphInfo,
  TranscriptEntry,
  TurnResponse,
} from './schemas.ts';

/* Records → the JSON shapes of schemas.ts. Dates become ISO strings here, never implicitly. */

export function conversationSummary(c: ConversationRecord): z.infer<typeof ConversationSummary> {
  return {
    id: c.id,
    graph: c.graph,
    tenant: c.tenant,
    status: c.status,
    activeAgent: c.activeAgent,
    context: c.context,
    turnCount: c.turnCount,
    handoffCount: c.handoffCount,
    toolCallCount: c.toolCallCount,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function turnResponse(result: TurnResult): z.infer<typeof TurnResponse> {
  return {
    conversationId: result.conversationId,
    turn: result.turn,
    agent: result.agent,
    reply: result.reply,
    status: result.status,
    handoffs: result.handoffs.map(({ from, to, reason, intent, kind }) => ({
      from,
      to,
      reason,
      intent,
      kind: kind as HandoffKind,
    })),
    toolCalls: result.toolCalls,
    orphanedToolCalls: result.orphanedToolCalls,
    usage: result.usage,
    durationMs: Math.round(result.durationMs * 100) / 100,
  };
}

const textOf = (content: unknown): string => {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content.map((part) => (typeof part?.text === 'string' ? part.text : '')).join('');
  return '';
};

/** One readable line per message, tool call and tool result; other SDK items (reasoning…) are left out. */
export function transcriptEntry(stored: StoredItem): z.infer<typeof TranscriptEntry> | null {
  const item = stored.item as any;
  const base = { seq: stored.seq, turn: stored.turn, agent: stored.agent };
  if (item.role === 'user') return { ...base, role: 'user', text: textOf(item.content) };
  if (item.role === 'assistant') return { ...base, role: 'assistant', text: textOf(item.content) };
  if (item.type === 'function_call')
    return { ...base, role: 'tool_call', tool: item.name, text: `${item.name}(${item.arguments ?? ''})` };
  if (item.type === 'function_call_result') {
    const output = typeof item.output === 'string' ? item.output : (item.output?.text ?? '');
    return { ...base, role: 'tool_result', tool: item.name, text: output };
  }
  return null;
}

export function conversationDetail(
  record: ConversationRecord,
  items: StoredItem[],
  handoffs: HandoffRecord[],
  events: EventRecord[],
): z.infer<typeof ConversationDetail> {
  return {
    ...conversationSummary(record),
    transcript: items.map(transcriptEntry).filter((e) => e !== null),
    handoffs: handoffs.map((h) => ({
      seq: h.seq,
      turn: h.turn,
      from: h.from,
      to: h.to,
      reason: h.reason,
      intent: h.intent,
      kind: h.kind,
      createdAt: h.createdAt.toISOString(),
    })),
    events: events.map((e) => ({
      seq: e.seq,
      turn: e.turn,
      type: e.type,
      data: e.data,
      createdAt: e.createdAt.toISOString(),
    })),
    items: items.map(({ seq, turn, agent, item }) => ({ seq, turn, agent, item })),
  };
}

export function graphInfo(graph: Graph): z.infer<typeof GraphInfo> {
  return {
    name: graph.name,
    entry: graph.entry,
    description: graph.description ?? null,
    agents: graph.agents.map((a) => a.name),
    topology: graph.toJSON() as unknown as Record<string, unknown>,
    mermaid: graph.toMermaid(),
  };
}

/** Every declared edge (zero counts included, for drawing) plus any edge taken that the graph lacks. */
export function edgeCounts(graph: Graph, counted: HandoffEdgeCount[]): z.infer<typeof EdgeCounts> {
  type Edge = z.infer<typeof EdgeCounts>['edges'][number];
  const edges = new Map<string, Edge>();
  const keyOf = (from: string, to: string) => `${from}\u0000${to}`;
  for (const agent of graph.agents)
    for (const e of agent.handoffs)
      edges.set(keyOf(agent.name, e.to), {
        from: agent.name,
        to: e.to,
        declared: true,
        system: e.system,
        counts: { handoff: 0, fallback: 0, rejected: 0 },
        total: 0,
      });
  for (const c of counted) {
    const key = keyOf(c.from, c.to);
    const edge = edges.get(key) ?? {
      from: c.from,
      to: c.to,
      declared: false,
      system: false,
      counts: { handoff: 0, fallback: 0, rejected: 0 },
      total: 0,
    };
    edge.counts[c.kind] += c.count;
    edge.total += c.count;
    edges.set(key, edge);
  }
  return { graph: graph.name, edges: [...edges.values()] };
}
