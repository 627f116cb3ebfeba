import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SWITCHBOARD_BIN } from '../cli/switchboardBin.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** `switchboard eval routing` on the offline model in its own process, exactly as a CI gate would run it. */
export function evalRouting(graph: string, datasetPath: string, extraArgs: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [
        SWITCHBOARD_BIN,
        'eval',
        'routing',
        '--graph',
        graph,
        '--dataset',
        datasetPath,
        '--model',
        'offline',
        ...extraArgs,
      ],
      { cwd: ROOT, env: { ...process.env, SWITCHBOARD_MODEL: '', NO_COLOR: '1' } },
      (error, stdout, stderr) => resolve({ code: error ? ((error as any).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * A template's routing gate: each dataset (under templates/<graph>/) scored by the real CLI on the
 * offline model must reach its bar, with no malformed line. Bars sit just under what was measured
 * when they were set; raise them when routing improves, never lower them to get green.
 */
export function describeRoutingGate(graph: string, bars: Record<string, number>): void {
  describe(`${graph} routing gate (offline model)`, () => {
    for (const [dataset, bar] of Object.entries(bars)) {
      it(`${dataset} meets --min-accuracy ${bar}`, { timeout: 180_000 }, async () => {
        const { code, stdout, stderr } = await evalRouting(graph, `templates/${graph}/${dataset}`, [
          '--min-accuracy',
          String(bar),
        ]);
        const accuracy = Number(stdout.match(/^accuracy: (\d\.\d{3}) \(n=\d+\)$/m)?.[1]);
        expect(accuracy, stderr).toBeGreaterThanOrEqual(bar);
        expect(stdout).toContain('malformed lines: 0');
        expect(code, stderr).toBe(0);
      });
    }
  });
}
