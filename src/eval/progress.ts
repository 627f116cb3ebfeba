/** Where progress goes: stderr, so stdout stays clean for the report. */
export type ProgressStream = { isTTY?: boolean; columns?: number; write(chunk: string): unknown };

export type Progress = { tick(): void; done(): void };

const BAR_WIDTH = 30;

/**
 * A redrawn bar on a terminal; elsewhere (CI logs, pipes) one line per 10% so logs stay short.
 * `label` prefixes every line (e.g. `eval` or `mega baseline`).
 */
export function createProgress(
  total: number,
  label: string,
  stream: ProgressStream = process.stderr,
): Progress {
  let done = 0;
  let lastDecile = 0;
  const draw = () => {
    const share = total === 0 ? 1 : done / total;
    if (stream.isTTY) {
      const filled = Math.round(share * BAR_WIDTH);
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${Math.floor(share * 100)}%`,
      );
      return;
    }
    const decile = Math.floor(share * 10);
    if (decile > lastDecile) {
      lastDecile = decile;
      stream.write(`${label}: ${decile * 10}% (${done}/${total})\n`);
    }
  };
  return {
    tick() {
      done += 1;
      draw();
    },
    done() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
