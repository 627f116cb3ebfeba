import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliOnFreshDataDir } from '../support/cli/runCli.ts';
import { snapshotTree } from '../support/store/dataDirSnapshot.ts';

const { dataDir, cli, cleanup } = cliOnFreshDataDir('sb-damaged-cli-');
afterAll(cleanup);

describe('the CLI on a damaged embedded data directory', () => {
  it('prints one line with what happened and how to recover, exits non-zero, touches nothing', async () => {
    const chat = await cli('chat', '--message', 'hello', '--json');
    expect(chat.code, chat.stderr).toBe(0);
    truncateSync(join(dataDir, 'global', 'pg_control'), 100);
    const before = snapshotTree(dataDir);

    const listed = await cli('conversations', 'list');
    expect(listed.code).toBe(1);
    const lines = listed.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^switchboard: the embedded database in ${dataDir} is damaged and cannot be opened`),
    );
    expect(lines[0]).toContain(`mv ${dataDir} ${dataDir}.damaged-`);
    expect(snapshotTree(dataDir)).toEqual(before);
  }, 120_000);
});
