import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeWav } from '../../../src/voice/wav.ts';
import { buzz, concat, silence } from '../../../testing/audio/callerAudio.ts';
import { SWITCHBOARD_BIN } from './switchboardBin.ts';

const run = promisify(execFile);

/**
 * `switchboard call` run as a user runs it (a child process, offline: the local Realtime double), the
 * caller saying `transcript` (a buzz: the double hears energy, not words). Files go to a temporary
 * directory, removed by `cleanup`.
 */
export function callCli() {
  const dir = mkdtempSync(join(tmpdir(), 'sb-call-cli-'));
  const wav = join(dir, 'caller.wav');
  writeFileSync(wav, writeWav(concat(buzz('audio/pcmu', 800), silence('audio/pcmu', 300)), 'mulaw', 8000));
  return {
    dir,
    timelineFile: join(dir, 'timeline.json'),
    async run(graph: string, transcript: string, extra: string[] = [], env: Record<string, string> = {}) {
      const args = [SWITCHBOARD_BIN, 'call', '--graph', graph, '--audio', wav];
      args.push('--transcript', transcript, '--speed', '4', '--out', join(dir, 'agent.wav'));
      args.push('--timeline', join(dir, 'timeline.json'), '--pipeline', 'realtime', ...extra);
      return run(process.execPath, args, {
        env: { ...process.env, OPENAI_API_KEY: '', SWITCHBOARD_REALTIME_URL: '', NO_COLOR: '1', ...env },
        timeout: 120_000,
      });
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
