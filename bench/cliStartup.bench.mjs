// `npm run bench:cli`: how long the installed command takes to start, as a user meets it.
// Targets (issue #24): `switchboard --help` median ≤ 0.5 s; a one-turn `chat --json` ≤ 1.5 s.
// Runs the compiled build (run `npm run build` first if the sources changed: the bin would otherwise
// run the sources through tsx, and this says so). Besides the wall time it prints the CPU time (user +
// system, every thread of the process), which varies less on a shared machine.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'switchboard.mjs');
const dataDir = mkdtempSync(join(tmpdir(), 'sb-bench-cli-'));
const cpuFile = join(dataDir, 'cpu.json');
const env = {
  ...process.env,
  SWITCHBOARD_DATA_DIR: join(dataDir, 'db'),
  SWITCHBOARD_MODEL: 'offline',
  DATABASE_URL: '',
};
// Loaded before the CLI in the same process: writes the process's CPU time when it exits.
const recordCpu = `data:text/javascript,import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(${JSON.stringify(cpuFile)},JSON.stringify(process.cpuUsage())))`;

const stamp = join(root, 'dist', '.built');
if (!existsSync(stamp) || statSync(join(root, 'src', 'cli', 'main.ts')).mtimeMs > statSync(stamp).mtimeMs)
  console.log(
    'note: dist/ is missing or older than the sources: this measures the tsx fallback (npm run build)',
  );

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(args, runs) {
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    execFileSync(process.execPath, ['--import', recordCpu, bin, ...args], { env, stdio: 'ignore' });
    wall.push((performance.now() - start) / 1000);
    const { user, system } = JSON.parse(readFileSync(cpuFile, 'utf8'));
    cpu.push((user + system) / 1e6);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

try {
  time(['--help'], 1); // warm the file cache
  const help = time(['--help'], 11);
  const turn = ['chat', '--graph', 'support', '--message', 'I was charged twice on my invoice', '--json'];
  const first = time(turn, 1); // creates the embedded database: once per data directory
  const chat = time(turn, 11);
  const verdict = ({ wall, cpu }, target) =>
    `${wall.toFixed(2)} s (target ≤ ${target} s: ${wall <= target ? 'MET' : 'NOT MET'}); CPU ${cpu.toFixed(2)} s`;
  console.log(`switchboard --help, median of 11:               ${verdict(help, 0.5)}`);
  console.log(`switchboard chat --json one turn, median of 11: ${verdict(chat, 1.5)}`);
  console.log(
    `  (the very first call on a new data directory, which creates the database: ${first.wall.toFixed(2)} s)`,
  );
  console.log(
    `  load average while measuring: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
