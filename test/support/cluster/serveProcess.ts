import { type ChildProcess, spawn } from 'node:child_process';
import { SWITCHBOARD_BIN } from '../cli/switchboardBin.ts';

export type ServeProcess = {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>` once the banner's "listening on" line is printed. */
  url: Promise<string>;
  output(): string;
  /** Resolves with the exit code, or the signal name when killed. */
  exit: Promise<number | string | null>;
  /** SIGKILL (kill -9), then waits for the exit. */
  kill9(): Promise<void>;
  /** SIGTERM if still running, then waits for the exit. */
  stop(): Promise<void>;
};

/**
 * `switchboard serve` in its own process, exactly as an operator starts it (tsx, the real CLI), on a
 * free loopback port. `env` is added to this process's environment.
 */
export function spawnServe(args: string[], env: Record<string, string>): ServeProcess {
  const child = spawn(
    process.execPath,
    [SWITCHBOARD_BIN, 'serve', '--port', '0', '--log-level', 'error', ...args],
    { env: { ...process.env, SWITCHBOARD_MODEL: 'offline', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout!.on('data', (d) => {
    out += d;
  });
  child.stderr!.on('data', (d) => {
    out += d;
  });
  const exit = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  const url = new Promise<string>((resolve, reject) => {
    const check = () => {
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]);
    };
    child.stdout!.on('data', check);
    void exit.then(() => reject(new Error(`serve exited before listening:\n${out}`)));
  });
  url.catch(() => {}); // observed by the caller; never an unhandled rejection
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    child,
    url,
    output: () => out,
    exit,
    async kill9() {
      if (running()) child.kill('SIGKILL');
      await exit;
    },
    async stop() {
      if (running()) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** The URL with `search_path` set to `schema` for every connection (libpq `options`). */
export function urlWithSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}
