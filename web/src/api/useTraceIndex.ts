import { useCallback, useMemo } from 'react';
import type { TraceList } from './traceTypes.ts';
import { useApi } from './useApi.ts';

/**
 * Which turns of a conversation have a stored trace, for the transcript's "trace" links. Re-read
 * whenever the turn count moves. A server without the traces endpoint (or with tracing off) simply
 * gives no links.
 */
export function useTraceIndex(conversationId: string, turnCount: number) {
  const path = `/v1/conversations/${encodeURIComponent(conversationId)}/traces`;
  const { data } = useApi<TraceList>(turnCount > 0 ? path : null, { refreshKey: turnCount });
  const turns = useMemo(() => new Set((data?.data ?? []).map((t) => t.turn)), [data]);
  const linkFor = useCallback(
    (turn: number) =>
      turns.has(turn) ? `/conversations/${encodeURIComponent(conversationId)}/traces/${turn}` : null,
    [turns, conversationId],
  );
  return { turns, linkFor };
}
