import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SWITCHBOARD_BIN } from '../support/cli/switchboardBin.ts';

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'sb-init-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function cli(...args: string[]) {
  const env = {
    ...process.env,
    SWITCHBOARD_DATA_DIR: join(root, 'data'),
    SWITCHBOARD_MODEL: 'offline',
    DATABASE_URL: '',
  };
  try {
    const { stdout, stderr } = await run(process.execPath, [SWITCHBOARD_BIN, ...args], {
      env,
      timeout: 60_000,
    });
    return { stdout, stderr, code: 0 };
  } catch (error: any) {
    return { stdout: error.stdout ?? '', stderr: error.stderr ?? '', code: error.code ?? 1 };
  }
}

describe('switchboard init: your own graph', () => {
  const dir = join(root, 'myshop');
  const graphPath = join(dir, 'graph.ts');

  it('scaffolds a module that validates, chats offline and evaluates', async () => {
    const init = await cli('init', dir);
    expect(init.code, init.stderr).toBe(0);
    const shown = await cli('graph', 'show', '--graph', graphPath);
    expect(shown.stdout).toContain('Triage --> Orders');
    const turn = await cli('chat', '--graph', graphPath, '--message', 'where is my order ORD-1001', '--json');
    expect(turn.code, turn.stderr).toBe(0);
    expect(JSON.parse(turn.stdout)).toMatchObject({
      agent: 'Orders',
      reply: 'Order ORD-1001 is shipped; expected Friday.',
    });
    const evaluated = await cli(
      'eval',
      'routing',
      '--graph',
      graphPath,
      '--dataset',
      join(dir, 'routing.jsonl'),
    );
    expect(evaluated.stdout).toMatch(/^accuracy: \d\.\d{3} \(n=8\)$/m);
    const again = await cli('init', dir);
    expect(again.stderr.trim()).toMatch(/is not empty \(use --force/);
  }, 120_000);

  it('a broken module fails with the validation errors, not a stack trace', async () => {
    writeFileSync(
      graphPath,
      readFileSync(graphPath, 'utf8').replace(
        "handoffs: ['Orders', 'Returns', 'Human']",
        "handoffs: ['Orders', 'Refunds']",
      ),
    );
    const result = await cli('chat', '--graph', graphPath, '--message', 'hi');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('switchboard: graph "myshop" is invalid:');
    expect(result.stderr).toContain('agent "Triage" hands off to unknown agent "Refunds"');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
