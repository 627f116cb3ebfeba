import type { ToolCallRecord } from '../store/types.ts';

/*
 * A turn can be attempted more than once: the process dies after a side effect committed but before
 * the turn did, and the client sends the turn again (`expectedTurn`), with the same text or a changed
 * one. Within the new attempt a side effect replays from the ledger only when it is the same call
 * (tool, arguments, n-th such call of the turn); whatever an earlier attempt did that this attempt
 * did not repeat is an orphan: it happened, no committed turn shows it, and the client must be told.
 */

/** What the tool adapter records in the ledger for one side effect (tool.orphaned reads it back). */
export type LedgerResult = { value: unknown; state: Record<string, unknown> };

/** Stored in the conversation's events (`tool.orphaned`) and returned with the turn that found it. */
export type OrphanedToolCall = {
  /** Schema version of this record. */
  v: 1;
  agent: string;
  tool: string;
  /** The id of the call that ran the effect, in the earlier attempt. */
  callId: string;
  arguments: unknown;
  result: unknown;
  /** Context fields the tool wrote; not applied, since the attempt that wrote them never committed. */
  context: Record<string, unknown>;
  recordedAt: string;
};

/** Which side effects this attempt ran or replayed, counted per (tool, arguments). */
export class TurnLedger {
  private readonly calls = new Map<string, number>();
  private readonly byCallId = new Map<string, number>();

  /**
   * 1 for this attempt's first call of `tool` with these arguments, 2 for the second… The same call
   * delivered twice (a realtime transport re-sends a call id) keeps its number, so it replays.
   */
  occurrence(tool: string, args: unknown, callId: string): number {
    const identity = callIdentity(tool, args);
    const delivered = this.byCallId.get(`${identity}\u0000${callId}`);
    if (delivered !== undefined) return delivered;
    const n = (this.calls.get(identity) ?? 0) + 1;
    this.calls.set(identity, n);
    this.byCallId.set(`${identity}\u0000${callId}`, n);
    return n;
  }

  /** Completed records of this turn that this attempt neither ran nor replayed. */
  orphans(records: readonly ToolCallRecord[]): OrphanedToolCall[] {
    return records
      .filter(
        (r) =>
          r.status === 'completed' && r.occurrence > (this.calls.get(callIdentity(r.tool, r.arguments)) ?? 0),
      )
      .map((r) => {
        const recorded = readLedgerResult(r.result);
        return {
          v: 1,
          agent: r.agent,
          tool: r.tool,
          callId: r.callId,
          arguments: r.arguments,
          result: recorded.value,
          context: recorded.state,
          recordedAt: (r.completedAt ?? r.createdAt).toISOString(),
        };
      });
  }
}

/** A ledger result as the adapter wrote it; anything else (a store used directly) is a bare value. */
export function readLedgerResult(raw: unknown): LedgerResult {
  if (raw !== null && typeof raw === 'object' && 'value' in raw && 'state' in raw) {
    const { value, state } = raw as { value: unknown; state: unknown };
    if (state !== null && typeof state === 'object')
      return { value, state: state as Record<string, unknown> };
  }
  return { value: raw, state: {} };
}

/** Arguments compared as JSON with sorted keys, as the store compares them (jsonb orders keys). */
function callIdentity(tool: string, args: unknown): string {
  return `${tool}\u0000${JSON.stringify(sortedKeys(JSON.parse(JSON.stringify(args) ?? 'null')))}`;
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort();
  return Object.fromEntries(keys.map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]));
}
