import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../templates/index.ts';
import { loadGraph } from '../runtime/loadGraph.ts';
import { collectRouterSamples, sweepThresholds } from './calibrate.ts';
import { loadDataset } from './dataset.ts';

/**
 * The honest measure (issue #16): every template's routing on its blind set, sentences written apart
 * from the examples by people who did not write them, never tuned on. Scored as users get it: the
 * real CLI on the offline model for accuracy, and the entry agent's fast path at the template's own
 * default threshold for hybrid routing.
 *
 * Bars: in-scope ≥ 0.90, out-of-scope kept with the entry agent ≥ 0.90, and hybrid precision ≥ 0.98
 * at coverage ≥ 0.5.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BARS = { inScope: 0.9, outOfScope: 0.9, precision: 0.98, coverage: 0.5 };
const blindSet = (name: string) => join(ROOT, 'templates', name, 'eval', 'blind.jsonl');
const withBlindSets = Object.keys(TEMPLATES).filter((name) => existsSync(blindSet(name)));

const work = mkdtempSync(join(tmpdir(), 'sb-blind-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function evalRows(graph: string, dataset: string, out: string) {
  return new Promise<{ code: number; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'eval',
        'routing',
        '--graph',
        graph,
        '--dataset',
        dataset,
        '--model',
        'offline',
        '--json',
        out,
      ],
      { cwd: ROOT, env: { ...process.env, SWITCHBOARD_MODEL: '', NO_COLOR: '1' } },
      (error, _stdout, stderr) => resolve({ code: error ? ((error as any).code ?? 1) : 0, stderr }),
    );
  });
}

describe('blind routing gates (offline model)', () => {
  it('gates every template or none: the blind sets come as one set', () => {
    expect([0, Object.keys(TEMPLATES).length]).toContain(withBlindSets.length);
  });

  for (const name of withBlindSets) {
    it(`${name}: in-scope ≥ ${BARS.inScope}, out-of-scope kept ≥ ${BARS.outOfScope}, fast path ≥ ${BARS.precision} at ≥ ${BARS.coverage}`, {
      timeout: 300_000,
    }, async () => {
      const graph = await loadGraph(name);
      const out = join(work, `${name}.json`);
      const { code, stderr } = await evalRows(name, blindSet(name), out);
      expect(code, stderr).toBe(0);
      const rows: { expected: string[]; correct: boolean; turn: number }[] = JSON.parse(
        readFileSync(out, 'utf8'),
      ).rows;
      const single = rows.filter((r) => r.turn === 1);
      const oos = single.filter((r) => r.expected.includes(graph.entry));
      const inScope = single.filter((r) => !r.expected.includes(graph.entry));
      const share = (list: typeof rows) => list.filter((r) => r.correct).length / Math.max(1, list.length);

      const dataset = await loadDataset(blindSet(name), { agents: graph.agents.map((a) => a.name) });
      const [fast] = sweepThresholds(collectRouterSamples(graph, dataset.cases), [graph.routing.threshold]);
      const figures = {
        n: single.length,
        inScope: share(inScope),
        outOfScope: share(oos),
        threshold: graph.routing.threshold,
        coverage: fast.coverage,
        precision: fast.precision,
      };
      console.info(`[blind] ${name} ${JSON.stringify(figures)}`);
      expect(figures.inScope).toBeGreaterThanOrEqual(BARS.inScope);
      expect(figures.outOfScope).toBeGreaterThanOrEqual(BARS.outOfScope);
      expect(figures.precision).toBeGreaterThanOrEqual(BARS.precision);
      expect(figures.coverage).toBeGreaterThanOrEqual(BARS.coverage);
    });
  }
});
