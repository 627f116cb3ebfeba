/*
 * First come, first served admission of turns (issue #20, PGlite tails). A turn of the offline model
 * is CPU work on the one event loop: with every request admitted at once, 200 turns share the loop
 * and each finishes in proportion to how many steps it has, so a turn with three tool calls takes
 * three times the median under saturation. With at most `limit` running and the rest waiting in
 * arrival order, a turn's time is its wait in line plus its own run: the tail comes close to the
 * median, at the same throughput. Off by default: turns that wait on a remote model use no CPU
 * while they wait, and a limit would only hold them back (SWITCHBOARD_MAX_RUNNING_TURNS turns it on).
 */

/** Reads SWITCHBOARD_MAX_RUNNING_TURNS: a positive integer, or 0 / unset for no limit. */
export function maxRunningTurnsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SWITCHBOARD_MAX_RUNNING_TURNS;
  if (raw === undefined || raw === '') return 0;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 0)
    throw new Error(`SWITCHBOARD_MAX_RUNNING_TURNS must be a whole number ≥ 0, got "${raw}"`);
  return limit;
}

export class TurnAdmission {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  /** `limit` turns at once; 0 admits every turn at once. */
  constructor(readonly limit: number) {}

  /** Runs `turn` once one of the `limit` places is free, in the order turns arrived. */
  async run<T>(turn: () => Promise<T>): Promise<T> {
    if (this.limit <= 0) return turn();
    if (this.running < this.limit) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve)); // the place is handed over
    try {
      return await turn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
