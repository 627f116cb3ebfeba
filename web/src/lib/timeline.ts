import type { ConversationDetail, ConversationEventEntry, HandoffEntry } from '../api/types.ts';
import { parseMaybeJson } from './format.ts';

/** One row of a rendered conversation: what the customer and each agent said and did, in order. */
export type TimelineEntry =
  | { kind: 'user'; key: string; turn: number; text: string }
  | { kind: 'reply'; key: string; turn: number; agent: string; text: string; operator: string | null }
  | {
      kind: 'tool';
      key: string;
      turn: number;
      agent: string;
      tool: string;
      callId: string | null;
      args: unknown;
      result: unknown;
      hasResult: boolean;
      replayed: boolean;
    }
  | { kind: 'handoff'; key: string; turn: number; handoff: HandoffEntry }
  | { kind: 'notice'; key: string; turn: number; tone: 'warning' | 'danger'; text: string };

const TRANSFER_PREFIX = 'transfer_to_';

/** The events worth showing inline, as a sentence; null for the rest (tool events are shown as tools). */
export function noticeOf(event: ConversationEventEntry): { tone: 'warning' | 'danger'; text: string } | null {
  const d = event.data as Record<string, any>;
  switch (event.type) {
    case 'policy.tripped':
      return {
        tone: 'danger',
        text: `Policy ${d.code}: ${d.message}${d.escalatedTo ? ` — escalated to ${d.escalatedTo}` : ''}`,
      };
    case 'guardrail.tripped':
      return {
        tone: 'danger',
        text: `Guardrail ${d.guardrail} (${d.kind}) tripped on ${d.agent}: ${d.reason}`,
      };
    case 'handoff.warning':
      return { tone: 'warning', text: `Handoff ${d.count} of ${d.max}: the handoff cap is near` };
    case 'context.invalid':
      return { tone: 'danger', text: `Context rejected on ${d.agent}: ${d.issues}` };
    default:
      return null;
  }
}

/**
 * Interleaves the transcript, the handoff trail and the notable events into one ordered timeline.
 * A handoff is shown where its `transfer_to_X` call sits in the history (the call and its result are
 * replaced by the marker). Handoffs without a call (an operator's handback) come at the end of their
 * turn; refused handoffs and policy notices just before the turn's reply, which they explain.
 * Operator replies are the Human node's last messages of a turn with `operator.message` events.
 */
export function buildTimeline(detail: ConversationDetail): TimelineEntry[] {
  const rawBySeq = new Map(detail.items.map((i) => [i.seq, i.item as Record<string, any>]));
  const handoffsByTurn = groupBy(detail.handoffs, (h) => h.turn);
  const eventsByTurn = groupBy(detail.events, (e) => e.turn);
  const replayedCalls = new Set(
    detail.events
      .filter((e) => e.type === 'tool.result' && (e.data as { replayed?: boolean }).replayed)
      .map((e) => String((e.data as { callId?: string }).callId)),
  );
  const turns = [
    ...new Set([...detail.transcript.map((t) => t.turn), ...handoffsByTurn.keys(), ...eventsByTurn.keys()]),
  ].sort((a, b) => a - b);
  const entriesByTurn = groupBy(detail.transcript, (t) => t.turn);

  const timeline: TimelineEntry[] = [];
  for (const turn of turns) {
    const rows: TimelineEntry[] = [];
    const unplaced = [...(handoffsByTurn.get(turn) ?? [])];
    const toolsByCall = new Map<string, Extract<TimelineEntry, { kind: 'tool' }>>();
    const transferCalls = new Set<string>();
    const events = eventsByTurn.get(turn) ?? [];
    const operators = events
      .filter((e) => e.type === 'operator.message')
      .map((e) => String((e.data as { operator?: string }).operator ?? 'operator'));
    const entries = entriesByTurn.get(turn) ?? [];
    const humanReplies = entries.filter((e) => e.role === 'assistant' && e.agent === 'Human');
    const operatorBySeq = new Map(
      humanReplies.slice(humanReplies.length - operators.length).map((e, i) => [e.seq, operators[i]]),
    );

    for (const entry of entries) {
      const raw = rawBySeq.get(entry.seq) ?? {};
      const callId: string | null = raw.callId ?? raw.call_id ?? null;
      const key = `item-${entry.seq}`;
      if (entry.role === 'user') rows.push({ kind: 'user', key, turn, text: entry.text });
      else if (entry.role === 'assistant')
        rows.push({
          kind: 'reply',
          key,
          turn,
          agent: entry.agent ?? 'assistant',
          text: entry.text,
          operator: operatorBySeq.get(entry.seq) ?? null,
        });
      else if (entry.role === 'tool_call') {
        const tool = entry.tool ?? String(raw.name ?? 'tool');
        if (tool.startsWith(TRANSFER_PREFIX)) {
          const to = tool.slice(TRANSFER_PREFIX.length);
          const at = unplaced.findIndex(
            (h) => h.kind !== 'rejected' && h.to === to && h.from === entry.agent,
          );
          if (at >= 0) {
            const [handoff] = unplaced.splice(at, 1);
            rows.push({ kind: 'handoff', key: `handoff-${handoff.seq}`, turn, handoff });
            if (callId) transferCalls.add(callId);
            continue;
          }
        }
        const args = typeof raw.arguments === 'string' ? parseMaybeJson(raw.arguments) : raw.arguments;
        const row = {
          kind: 'tool' as const,
          key,
          turn,
          agent: entry.agent ?? '',
          tool,
          callId,
          args: args ?? null,
          result: undefined as unknown,
          hasResult: false,
          replayed: callId !== null && replayedCalls.has(callId),
        };
        rows.push(row);
        if (callId) toolsByCall.set(callId, row);
      } else if (entry.role === 'tool_result') {
        if (callId && transferCalls.has(callId)) continue;
        const call = callId ? toolsByCall.get(callId) : undefined;
        if (call) {
          call.result = parseMaybeJson(entry.text);
          call.hasResult = true;
        }
      }
    }

    const explain: TimelineEntry[] = unplaced
      .filter((h) => h.kind === 'rejected')
      .map((handoff): TimelineEntry => ({ kind: 'handoff', key: `handoff-${handoff.seq}`, turn, handoff }));
    for (const event of events) {
      const notice = noticeOf(event);
      if (!notice) continue;
      const row: TimelineEntry = { kind: 'notice', key: `event-${event.seq}`, turn, ...notice };
      // A policy trip that escalated goes right before the escalation it caused.
      const escalatedTo = (event.data as { escalatedTo?: string | null }).escalatedTo;
      const caused = escalatedTo
        ? rows.findIndex(
            (r) => r.kind === 'handoff' && r.handoff.kind === 'fallback' && r.handoff.to === escalatedTo,
          )
        : -1;
      if (caused >= 0) {
        rows.splice(caused, 0, row);
        continue;
      }
      // The cap warning goes right after the handoff that reached the warning count.
      const count = event.type === 'handoff.warning' ? Number((event.data as { count?: number }).count) : 0;
      const reached = count > 0 ? detail.handoffs.filter((h) => h.kind !== 'rejected')[count - 1] : undefined;
      const at = reached ? rows.findIndex((r) => r.key === `handoff-${reached.seq}`) : -1;
      if (at >= 0) rows.splice(at + 1, 0, row);
      else explain.push(row);
    }
    const lastReply = findLastIndex(rows, (r) => r.kind === 'reply' && r.operator === null);
    rows.splice(lastReply >= 0 ? lastReply : rows.length, 0, ...explain);
    for (const handoff of unplaced.filter((h) => h.kind !== 'rejected'))
      rows.push({ kind: 'handoff', key: `handoff-${handoff.seq}`, turn, handoff });
    timeline.push(...rows);
  }
  return timeline;
}

function groupBy<T, K>(values: T[], keyOf: (value: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const value of values) {
    const key = keyOf(value);
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

function findLastIndex<T>(values: T[], predicate: (value: T) => boolean): number {
  for (let i = values.length - 1; i >= 0; i--) if (predicate(values[i])) return i;
  return -1;
}
