// `npm run bench:cli`: how long the installed command takes to start, as a user meets it.
// Targets (issue #24): `switchboard --help` median ≤ 0.5 s; a one-turn `chat --json` ≤ 1.5 s.
// Runs the compiled build (run `npm run build` first if the sources changed).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'switchboard.mjs');
const dataDir = mkdtempSync(join(tmpdir(), 'sb-bench-cli-'));
const env = { ...process.env, SWITCHBOARD_DATA_DIR: dataDir, SWITCHBOARD_MODEL: 'offline', DATABASE_URL: '' };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(args, runs) {
  const took = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    execFileSync(process.execPath, [bin, ...args], { env, stdio: 'ignore' });
    took.push((performance.now() - start) / 1000);
  }
  return median(took);
}

try {
  time(['--help'], 1); // warm the file cache
  const help = time(['--help'], 11);
  const turn = ['chat', '--graph', 'support', '--message', 'I was charged twice on my invoice', '--json'];
  const first = time(turn, 1); // creates the embedded database: once per data directory
  const chat = time(turn, 5);
  const verdict = (value, target) =>
    `${value.toFixed(2)} s (target ≤ ${target} s: ${value <= target ? 'MET' : 'NOT MET'})`;
  console.log(`switchboard --help, median of 11:           ${verdict(help, 0.5)}`);
  console.log(`switchboard chat --json one turn, median of 5: ${verdict(chat, 1.5)}`);
  console.log(
    `  (the very first call on a new data directory, which creates the database: ${first.toFixed(2)} s)`,
  );
  console.log(
    `  load average while measuring: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
