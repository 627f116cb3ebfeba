import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SWITCHBOARD_BIN } from '../support/cli/switchboardBin.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function cli(...args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [SWITCHBOARD_BIN, ...args],
      { cwd: ROOT, env: { ...process.env, SWITCHBOARD_MODEL: '', NO_COLOR: '1' } },
      (error, stdout, stderr) => resolve({ code: error ? ((error as any).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

// Two clear rows and one mislabelled one ("hello" is a greeting: Triage, not Billing): accuracy 2/3.
const ROWS = [
  { input: 'good morning', expected_agent: 'Triage' },
  { input: 'I want to speak to a human', expected_agent: 'Human' },
  { input: 'hello there', expected_agent: 'Billing' },
];

let dir: string;
let dataset: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sb-eval-cli-'));
  dataset = join(dir, 'rows.jsonl');
  await writeFile(dataset, `${ROWS.map((r) => JSON.stringify(r)).join('\n')}\n`);
});

describe('switchboard eval routing', { timeout: 120_000 }, () => {
  it('exits 1 below --min-accuracy, after printing the report and writing --json and --html', async () => {
    const json = join(dir, 'out', 'report.json');
    const html = join(dir, 'out', 'report.html');
    const { code, stdout, stderr } = await cli(
      'eval',
      'routing',
      '--dataset',
      dataset,
      '--min-accuracy',
      '0.9',
      '--json',
      json,
      '--html',
      html,
    );
    expect(stdout.split('\n')[0]).toBe('accuracy: 0.667 (n=3)');
    expect(stderr).toContain('switchboard: gate failed: accuracy 0.667 is below --min-accuracy 0.9');
    expect(stderr).toMatch(/^eval: 100% \(3\/3\)$/m);
    expect(code).toBe(1);
    const report = JSON.parse(await readFile(json, 'utf8'));
    expect(report.summary.accuracy).toBeCloseTo(2 / 3);
    expect(report.rows.map((r: any) => r.actual)).toEqual(['Triage', 'Human', 'Triage']);
    const page = await readFile(html, 'utf8');
    expect(page).toContain('<table class="confusion">');
    expect(page).toContain('hello there');
  });

  it('passes the same run with a lower bar, and gates on p95 latency and cost too', async () => {
    const pass = await cli(
      'eval',
      'routing',
      '--dataset',
      dataset,
      '--min-accuracy',
      '0.6',
      '--max-cost',
      '0',
    );
    expect(pass.code, pass.stderr).toBe(0);
    const slow = await cli(
      'eval',
      'routing',
      '--dataset',
      dataset,
      '--min-accuracy',
      '0.6',
      '--max-p95-ms',
      '0.001',
    );
    expect(slow.stderr).toMatch(/gate failed: p95 turn latency [\d.]+ ms is above --max-p95-ms 0.001/);
    expect(slow.code).toBe(1);
  });

  it('says the judge is unavailable offline, and still reports', async () => {
    const { code, stdout, stderr } = await cli('eval', 'routing', '--dataset', dataset, '--judge');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^judge: unavailable — the judge needs an LLM/m);
    expect(stderr).toContain('switchboard: judge unavailable:');
  });

  it('rejects bad options with exit code 2 and one line', async () => {
    const bad = await cli('eval', 'routing', '--dataset', dataset, '--min-accuracy', '1.5');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--min-accuracy must be a number between 0 and 1/);
    const noise = await cli('eval', 'routing', '--dataset', dataset, '--noise', 'loud');
    expect(noise.code).toBe(2);
    expect(noise.stderr).toMatch(/Allowed choices are typos, asr, casing/);
  });
});

describe('switchboard eval calibrate', { timeout: 120_000 }, () => {
  it('prints coverage vs precision per threshold and a recommendation', async () => {
    const { code, stdout } = await cli('eval', 'calibrate', '--dataset', 'templates/support/routing.jsonl');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^calibration of the hybrid threshold on 168 opening messages \(target precision 0.99\)$/m,
    );
    expect(stdout).toMatch(/^threshold {2}coverage {2}precision/m);
    expect(stdout.match(/^\s+0\.\d\d\s+\d\.\d{3}\s+\d\.\d{3}\s+\d+\/\d+/gm)?.length).toBeGreaterThanOrEqual(
      15,
    );
    expect(stdout).toMatch(/^recommended threshold: (0\.\d\d \(coverage|none)/m);
  });
});
