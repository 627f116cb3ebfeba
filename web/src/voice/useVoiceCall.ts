import { useEffect, useState, useSyncExternalStore } from 'react';
import { type CallState, VoiceCall } from './voiceCall.ts';

/** A VoiceCall owned by the component: its state re-renders the component; leaving the page hangs up. */
export function useVoiceCall(): { call: VoiceCall; state: CallState } {
  const [call] = useState(() => new VoiceCall());
  const state = useSyncExternalStore(call.subscribe, call.getState);
  useEffect(() => () => call.dispose(), [call]);
  return { call, state };
}

/** Seconds since `since` (ms), ticking every second while `running`; frozen at `until` once given. */
export function useElapsedSeconds(since: number | null, until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === null || until !== null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since, until]);
  if (since === null) return 0;
  return Math.max(0, Math.floor(((until ?? now) - since) / 1000));
}

/** 75 → "1:15". */
export function clock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
