import { useCallback, useEffect, useRef, useState } from 'react';
import { applyLiveEvent, emptyLiveTurn, type LiveTurn } from '../lib/liveTurn.ts';
import type { ConversationDetail, LiveMessage } from './types.ts';
import { type ApiState, useApi } from './useApi.ts';
import { inboxChanged } from './useInbox.ts';
import { type LiveStatus, useLiveConversation } from './useLiveConversation.ts';

export type ConversationState = ApiState<ConversationDetail> & {
  /** The turn running right now, from live events; null between turns. */
  live: LiveTurn | null;
  liveStatus: LiveStatus;
};

/** No committed turn is waiting to replace the live one. */
const NOTHING_PENDING = Symbol('nothing pending');

/**
 * A conversation kept current: the stored detail, plus the running turn from the live WebSocket.
 * Anything committed (a finished turn, an operator reply, a handback) re-reads the detail; the live
 * turn is dropped only once the re-read has arrived, so the screen never loses a message in between.
 * The drop is decided while rendering — not in an effect after it — so no frame ever shows a turn
 * twice (once committed, once live).
 */
export function useConversation(id: string | null): ConversationState {
  const detail = useApi<ConversationDetail>(id ? `/v1/conversations/${encodeURIComponent(id)}` : null);
  const [live, setLive] = useState<LiveTurn | null>(null);
  // The detail shown when the running turn was committed: any newer detail includes that turn.
  const [committedOver, setCommittedOver] = useState<ConversationDetail | null | typeof NOTHING_PENDING>(
    NOTHING_PENDING,
  );
  const running = useRef(false);
  const shownData = useRef(detail.data);
  shownData.current = detail.data;
  const { reload } = detail;

  useEffect(() => {
    setLive(null);
    setCommittedOver(NOTHING_PENDING);
    running.current = false;
  }, [id]);

  const replaced = committedOver !== NOTHING_PENDING && detail.data !== committedOver;
  useEffect(() => {
    if (!replaced) return;
    setCommittedOver(NOTHING_PENDING);
    if (!running.current) setLive(null);
  }, [replaced]);

  const onMessage = useCallback(
    (message: LiveMessage) => {
      if (message.kind === 'snapshot') {
        reload();
        return;
      }
      const event = { type: message.type, data: message.data as Record<string, any> };
      if (event.type === 'turn.started') {
        running.current = true;
        setCommittedOver(NOTHING_PENDING);
        setLive(applyLiveEvent(emptyLiveTurn(null), event));
        return;
      }
      // Text streaming outside a turn (a call's greeting) is shown as it comes; re-reading the
      // conversation on every fragment would send a request per word. What commits it re-reads.
      if (event.type === 'text.delta' && !running.current) {
        setCommittedOver(NOTHING_PENDING);
        setLive((turn) => applyLiveEvent(turn ?? emptyLiveTurn(null), event));
        return;
      }
      if (event.type === 'turn.completed' || !running.current) {
        running.current = false;
        setCommittedOver(shownData.current);
        reload();
        return;
      }
      setLive((turn) => applyLiveEvent(turn ?? emptyLiveTurn(null), event));
    },
    [reload],
  );
  // A status seen changing (escalated to a person, handed back, ended) moves it in or out of the inbox.
  const status = detail.data?.status;
  const seenStatus = useRef(status);
  useEffect(() => {
    if (seenStatus.current !== undefined && status !== undefined && status !== seenStatus.current)
      inboxChanged();
    seenStatus.current = status;
  }, [status]);

  const liveStatus = useLiveConversation(id, onMessage);
  return { ...detail, live: replaced && !running.current ? null : live, liveStatus };
}
