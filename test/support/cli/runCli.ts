import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SWITCHBOARD_BIN } from './switchboardBin.ts';

const run = promisify(execFile);

export type CliResult = { stdout: string; stderr: string; code: number };

/**
 * The real CLI, each call in its own Node process (as a user runs it), all on one fresh PGlite data
 * directory and the offline model. `cleanup()` removes the directory (call it in `afterAll`).
 */
export function cliOnFreshDataDir(prefix: string): {
  dataDir: string;
  env: NodeJS.ProcessEnv;
  cli: (...args: string[]) => Promise<CliResult>;
  cleanup: () => void;
} {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const env = {
    ...process.env,
    SWITCHBOARD_DATA_DIR: dataDir,
    SWITCHBOARD_MODEL: 'offline',
    DATABASE_URL: '',
  };
  const cli = async (...args: string[]): Promise<CliResult> => {
    try {
      const { stdout, stderr } = await run(process.execPath, [SWITCHBOARD_BIN, ...args], {
        env,
        timeout: 60_000,
      });
      return { stdout, stderr, code: 0 };
    } catch (error: any) {
      return { stdout: error.stdout ?? '', stderr: error.stderr ?? '', code: error.code ?? 1 };
    }
  };
  return { dataDir, env, cli, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}
