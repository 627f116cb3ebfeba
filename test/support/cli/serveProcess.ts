import { type ChildProcess, spawn } from 'node:child_process';
import { SWITCHBOARD_BIN } from '../cli/switchboardBin.ts';

export type ServeProcess = {
  child: ChildProcess;
  /** Resolves with the URL from the "listening on" line; rejects if the process exits first. */
  url: Promise<string>;
  output: () => string;
  exit: Promise<number | null>;
};

/** `switchboard serve --port 0` in its own Node process on the embedded database in `dataDir`. */
export function serveProcess(dataDir: string, args: string[] = []): ServeProcess {
  const child = spawn(process.execPath, [SWITCHBOARD_BIN, 'serve', '--port', '0', ...args], {
    env: { ...process.env, SWITCHBOARD_DATA_DIR: dataDir, SWITCHBOARD_MODEL: 'offline', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const collect = (d: Buffer) => {
    out += d;
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', () => {
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    void exit.then(() => reject(new Error(`serve exited before listening:\n${out}`)));
  });
  return { child, url, output: () => out, exit };
}
