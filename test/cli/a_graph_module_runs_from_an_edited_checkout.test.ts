import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SWITCHBOARD_BIN } from '../support/cli/switchboardBin.ts';

/**
 * In a checkout whose sources changed since the last build, `switchboard` runs the sources through tsx.
 * There, a graph module made by `switchboard init` failed to load ("Cannot require() ES Module … in a
 * cycle"): only tsx's ESM hook was registered, and a graph file outside a `"type": "module"` package is
 * CommonJS to Node. The compiled CLI registered both hooks; the sources path now does too.
 * SWITCHBOARD_FROM_SOURCES=1 takes that path over a current build, as an edited checkout would.
 */
const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'sb-sources-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const env = {
  ...process.env,
  SWITCHBOARD_FROM_SOURCES: '1',
  SWITCHBOARD_DATA_DIR: join(root, 'data'),
  SWITCHBOARD_MODEL: 'offline',
  DATABASE_URL: '',
};
const cli = (...args: string[]) =>
  run(process.execPath, [SWITCHBOARD_BIN, ...args], { env, timeout: 90_000 });

describe('a graph module runs from an edited checkout', () => {
  it('shows and chats with a module made by `switchboard init`, from the sources', async () => {
    const dir = join(root, 'myshop');
    await cli('init', dir);
    const shown = await cli('graph', 'show', '--graph', join(dir, 'graph.ts'));
    expect(shown.stdout).toContain('Triage --> Orders');
    const turn = await cli(
      'chat',
      '--graph',
      join(dir, 'graph.ts'),
      '--message',
      'where is my order ORD-1001',
      '--json',
    );
    expect(JSON.parse(turn.stdout)).toMatchObject({ agent: 'Orders' });
  }, 180_000);
});
