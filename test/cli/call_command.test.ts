import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWav, writeWav } from '../../src/voice/wav.ts';
import { hasEspeak } from '../../testing/audio/callerAudio.ts';
import { SWITCHBOARD_BIN } from '../support/cli/switchboardBin.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'sb-call-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return run(process.execPath, [SWITCHBOARD_BIN, 'call', ...args], {
    env: { ...process.env, OPENAI_API_KEY: '', SWITCHBOARD_REALTIME_URL: '', NO_COLOR: '1', ...env },
    timeout: 120_000,
  });
}

describe('switchboard call', () => {
  it.skipIf(!hasEspeak())(
    'calls the support graph with two spoken turns and writes the agent audio and the timeline',
    async () => {
      const wav = join(dir, 'caller.wav');
      await run('espeak-ng', ['-w', wav, 'I was charged twice on invoice INV-2041']);
      const out = join(dir, 'agent.wav');
      const timelineFile = join(dir, 'timeline.json');
      const { stdout } = await cli([
        '--graph',
        'support',
        '--audio',
        wav,
        '--transcript',
        'I was charged twice on invoice INV-2041',
        '--say',
        'also my webhooks keep failing since yesterday',
        '--speed',
        '4',
        '--out',
        out,
        '--timeline',
        timelineFile,
      ]);
      expect(stdout, stdout).toContain('turn 1    Billing via Triage→Billing');
      const timeline = JSON.parse(readFileSync(timelineFile, 'utf8'));
      expect(timeline).toMatchObject({ graph: 'support', status: 'ended', greetingAgent: 'Triage' });
      expect(timeline.turns.map((t: any) => t.agent)).toEqual(['Billing', 'TechSupport']);
      expect(timeline.turns[1].handoffs.map((h: any) => `${h.from}>${h.to}`)).toEqual([
        'Billing>Triage',
        'Triage>TechSupport',
      ]);
      for (const t of timeline.turns) expect(t.latencyMs).toBeGreaterThan(0);
      const audio = parseWav(new Uint8Array(readFileSync(out)));
      expect(audio.sampleRate).toBe(8000);
      // Greeting and two answers: seconds of agent speech, not silence.
      expect(audio.samples.length / 8000).toBeGreaterThan(3);
      const loud = audio.samples.filter((s) => Math.abs(s) > 1000).length;
      expect(loud / audio.samples.length).toBeGreaterThan(0.3);
    },
    150_000,
  );

  it('refuses a file that is not a WAV with one line and exit code 1', async () => {
    const bad = join(dir, 'not.wav');
    writeFileSync(bad, 'hello');
    const failure = await cli(['--graph', 'support', '--audio', bad]).then(
      () => null,
      (error) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure.stderr).toMatch(/--audio .*not\.wav: /);
    expect(failure.stderr).not.toMatch(/at .*\.ts:\d+/);
  }, 90_000); // a whole CLI process: slow to start on a loaded machine

  it('refuses a call with nothing to say', async () => {
    const failure = await cli(['--graph', 'support']).then(
      () => null,
      (error) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure.stderr).toContain('give the caller something to say');
  }, 90_000);

  it('refuses an offline call on a machine without espeak-ng, saying how to install it', async () => {
    // A PATH with node and nothing else: the offline voice cannot be found.
    const bin = join(dir, 'bin-without-espeak');
    mkdirSync(bin, { recursive: true });
    symlinkSync(process.execPath, join(bin, 'node'));
    const wav = join(dir, 'caller-for-no-espeak.wav');
    writeFileSync(wav, writeWav(new Uint8Array(8000), 'pcm16', 8000)); // half a second of silence
    const failure = await cli(['--graph', 'support', '--audio', wav], { PATH: bin }).then(
      () => null,
      (error) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure.stderr).toContain('the offline voice needs espeak-ng (apt-get install espeak-ng)');
    expect(failure.stderr.trim().split('\n')).toHaveLength(1);
  }, 90_000);
});
