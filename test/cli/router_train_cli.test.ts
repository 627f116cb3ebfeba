import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliOnFreshDataDir } from '../support/cli/runCli.ts';

/**
 * `switchboard router train|show|reset` on a real PGlite data directory: the learnt router is stored
 * there and `chat` on the same directory routes with it, until `reset`.
 */
const { dataDir, cli, cleanup } = cliOnFreshDataDir('sb-router-');
afterAll(cleanup);

// A product word the support examples never use ("zorp"), taught as a technical problem.
const ROWS = [
  'the zorp console is misbehaving',
  'zorp keeps freezing on our console',
  'our zorp module shows a red light',
  'zorp rebooted itself twice today',
  'the zorp panel does not respond',
  'zorp console frozen again',
  'zorp lights blinking, nothing works',
  'can someone look at our zorp unit',
].map((input) => ({ input, expected_agent: 'TechSupport' }));
const MESSAGE = 'our zorp console is frozen';

const agentOf = async () => {
  const { stdout, code, stderr } = await cli('chat', '--graph', 'support', '--message', MESSAGE, '--json');
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout).agent as string;
};

describe('switchboard router', () => {
  it('trains on a labeled file, is stored versioned with its figures, used by chat, and reset', {
    timeout: 240_000,
  }, async () => {
    const dataset = join(dataDir, 'labeled.jsonl');
    writeFileSync(dataset, `${ROWS.map((r) => JSON.stringify(r)).join('\n')}\n`);

    expect((await cli('router', 'show', '--graph', 'support')).stdout).toContain('no learnt router');
    expect(await agentOf()).not.toBe('TechSupport');

    const missing = await cli('router', 'train', '--graph', 'support');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/^switchboard: router train needs --dataset, --from-store or both/m);

    const trained = await cli('router', 'train', '--graph', 'support', '--dataset', dataset);
    expect(trained.code, trained.stderr).toBe(0);
    expect(trained.stdout).toContain('learnt router v1 from dataset, 8 rows');
    expect(trained.stdout).toMatch(/held out \(trained on 4, evaluated on 4\): accuracy \d\.\d{3}/);
    const again = await cli('router', 'train', '--graph', 'support', '--dataset', dataset);
    expect(again.stdout).toContain('learnt router v2');
    expect((await cli('router', 'show', '--graph', 'support')).stdout).toContain('v2 from dataset, 8 rows');

    expect(await agentOf()).toBe('TechSupport');
    const probe = join(dataDir, 'probe.jsonl');
    writeFileSync(probe, `${JSON.stringify({ input: MESSAGE, expected_agent: 'TechSupport' })}\n`);
    const learnedEval = await cli('eval', 'routing', '--graph', 'support', '--dataset', probe, '--learned');
    expect(learnedEval.stdout).toContain('accuracy: 1.000 (n=1)');
    const plainEval = await cli('eval', 'routing', '--graph', 'support', '--dataset', probe);
    expect(plainEval.stdout).toContain('accuracy: 0.000 (n=1)');

    expect((await cli('router', 'reset', '--graph', 'support')).stdout).toContain('removed 2');
    expect(await agentOf()).not.toBe('TechSupport');
  });
});
