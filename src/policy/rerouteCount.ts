/**
 * What the handoff cap counts: reroutes, not raw transfers. A specialist handing back to the entry
 * agent and the entry agent routing the same customer message on is one change of topic, so it
 * counts once (issue #23: with each topic change costing two, the default cap was spent after two
 * topic changes). Ping-pong without a new customer message is a separate rule and is still refused.
 */

export type CountedHandoff = { from: string; to: string; turn: number; kind?: string };

/** Whether `next` continues the reroute `previous` began: the entry agent routing on after a handback. */
export function continuesReroute(
  previous: CountedHandoff | null | undefined,
  next: CountedHandoff,
  entry: string,
): boolean {
  return (
    previous !== null &&
    previous !== undefined &&
    previous.to === entry &&
    next.from === entry &&
    previous.turn === next.turn &&
    previous.from !== entry
  );
}

/** Reroutes in a handoff log (oldest first); refused transfers never count. */
export function countReroutes(log: readonly CountedHandoff[], entry: string): number {
  let count = 0;
  let previous: CountedHandoff | null = null;
  for (const h of log) {
    if (h.kind === 'rejected') continue;
    if (!continuesReroute(previous, h, entry)) count += 1;
    previous = h;
  }
  return count;
}
