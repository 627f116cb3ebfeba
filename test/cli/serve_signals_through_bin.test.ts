import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `switchboard serve` started the way a process manager or a container runtime starts it: through
// the package's bin. The signal goes to that process; it must be the server itself that drains and
// exits 0, leaving nothing behind on the port (the old bin ran the CLI in a child and orphaned it).
const dataDir = mkdtempSync(join(tmpdir(), 'sb-signals-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function serveThroughBin(): {
  child: ChildProcess;
  url: Promise<string>;
  exit: Promise<number | string | null>;
} {
  const child = spawn(
    process.execPath,
    ['bin/switchboard.mjs', 'serve', '--port', '0', '--graph', 'support', '--log-level', 'error'],
    {
      env: { ...process.env, SWITCHBOARD_DATA_DIR: dataDir, SWITCHBOARD_MODEL: 'offline', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout!.on('data', (d) => {
    out += d;
  });
  child.stderr!.on('data', (d) => {
    out += d;
  });
  const exit = new Promise<number | string | null>((done) =>
    child.once('exit', (code, signal) => done(code ?? signal)),
  );
  const url = new Promise<string>((done, fail) => {
    child.stdout!.on('data', () => {
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) done(match[1]);
    });
    void exit.then(() => fail(new Error(`serve exited before listening:\n${out}`)));
  });
  return { child, url, exit };
}

describe('switchboard serve through the bin', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`drains and exits 0 on ${signal}, and the port is closed`, async () => {
      const server = serveThroughBin();
      const url = await server.url;
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      server.child.kill(signal);
      expect(await server.exit).toBe(0);
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    }, 60_000);
  }
});
