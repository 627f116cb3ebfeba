import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../packageRoot.ts';

/** The dashboard's sources (web/) and its build output (web/dist), in the package's folder. */
export const WEB_DIR = join(PACKAGE_ROOT, 'web');
export const DEFAULT_DIST_DIR = join(WEB_DIR, 'dist');

/** What the build is made from: the sources, the page, the build config. */
const INPUTS = ['src', 'index.html', 'vite.config.ts', 'tsconfig.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** `missing` (never built), `stale` (a source is newer than the build) or `fresh`. */
export function webBuildState(webDir = WEB_DIR): 'missing' | 'stale' | 'fresh' {
  const built = join(webDir, 'dist', 'index.html');
  if (!existsSync(built)) return 'missing';
  const sources = Math.max(...INPUTS.map((input) => newestMtime(join(webDir, input))));
  return sources > statSync(built).mtimeMs ? 'stale' : 'fresh';
}

/** Runs `vite build` on the web folder in a child process; rejects with its output on failure. */
export function buildWeb(webDir = WEB_DIR): Promise<void> {
  // vite's exports map hides bin/: find it next to its package.json.
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [vite, 'build', webDir, '--logLevel', 'warn'], {
      cwd: resolve(webDir, '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`vite build failed (exit ${code}):\n${output.trim()}`)),
    );
  });
}

const LOCK_STALE_MS = 5 * 60_000;

/**
 * One build at a time per checkout (test files run in parallel, and each may find the build stale):
 * mkdir is atomic, so the first caller builds and the others wait for its lock to go, then look again.
 * A lock left by a killed process is taken over once it is older than any build.
 */
async function withBuildLock<T>(webDir: string, fn: () => Promise<T>): Promise<T> {
  const lock = resolve(webDir, '..', 'node_modules', '.cache', 'switchboard-web-build.lock');
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      else await new Promise((wake) => setTimeout(wake, 200));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds the dashboard when it was never built or a source changed since; returns what was found. */
export async function ensureWebBuild(webDir = WEB_DIR): Promise<'missing' | 'stale' | 'fresh'> {
  if (webBuildState(webDir) === 'fresh') return 'fresh';
  return withBuildLock(webDir, async () => {
    const state = webBuildState(webDir);
    if (state !== 'fresh') await buildWeb(webDir);
    return state;
  });
}
