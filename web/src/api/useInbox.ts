import { useSyncExternalStore } from 'react';
import { onApiKeyChange } from './apiKey.ts';
import { ApiError, apiRequest } from './client.ts';
import type { ConversationSummary } from './types.ts';

/*
 * The operator inbox, one copy for the whole page: the sidebar's badge and the inbox list read the
 * same snapshot, so the badge can never say "1" beside "Nobody is waiting". Anything that may move a
 * conversation in or out of the inbox (a reply, a handback, a status seen changing) calls
 * `inboxChanged()` and both update at once instead of on their own poll timers.
 */

export type InboxSnapshot = {
  /** Conversations awaiting a person; null until known, and after a failure (a count we cannot vouch for). */
  data: ConversationSummary[] | null;
  error: ApiError | null;
  loading: boolean;
};

const PATH = '/v1/inbox?limit=200';
const POLL_MS = 4000;

let snapshot: InboxSnapshot = { data: null, error: null, loading: true };
const listeners = new Set<() => void>();
let inFlight: AbortController | null = null;
let stopPolling: (() => void) | null = null;

function publish(next: InboxSnapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

/** Fetches the inbox now; an older request still on its way is dropped, so the newest answer wins. */
export function inboxChanged(): void {
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  apiRequest<{ data: ConversationSummary[] }>(PATH, { signal: controller.signal }).then(
    (value) => {
      if (inFlight !== controller) return;
      inFlight = null;
      publish({ data: value.data, error: null, loading: false });
    },
    (failure: unknown) => {
      if (controller.signal.aborted || inFlight !== controller) return;
      inFlight = null;
      const error = failure instanceof ApiError ? failure : new ApiError(0, String(failure));
      publish({ data: null, error, loading: false });
    },
  );
}

function startPolling(): () => void {
  const tick = () => {
    if (document.visibilityState === 'visible') inboxChanged();
  };
  const timer = setInterval(tick, POLL_MS);
  // Back on the tab after a while: the count shown may be minutes old.
  document.addEventListener('visibilitychange', tick);
  const offKey = onApiKeyChange(inboxChanged);
  inboxChanged();
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', tick);
    offKey();
    inFlight?.abort();
    inFlight = null;
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  stopPolling ??= startPolling();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stopPolling?.();
      stopPolling = null;
    }
  };
}

export function useInbox(): InboxSnapshot & { reload: () => void } {
  const current = useSyncExternalStore(subscribe, () => snapshot);
  return { ...current, reload: inboxChanged };
}
