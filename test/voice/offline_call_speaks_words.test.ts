import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWav } from '../../src/voice/wav.ts';
import { analyzeSpeech, notSpeechBecause } from '../../testing/audio/speechAnalysis.ts';
import { SWITCHBOARD_BIN } from '../support/cli/switchboardBin.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'sb-call-words-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('switchboard call on the offline model', () => {
  it('answers in words: the reply a caller hears is speech, not a tone', async () => {
    const out = join(dir, 'agent.wav');
    const timeline = join(dir, 'timeline.json');
    const { stdout } = await run(
      process.execPath,
      [
        SWITCHBOARD_BIN,
        'call',
        '--graph',
        'support',
        '--say',
        'Hi, I was charged twice for my subscription',
        '--speed',
        '8',
        '--out',
        out,
        '--timeline',
        timeline,
      ],
      {
        env: { ...process.env, OPENAI_API_KEY: '', SWITCHBOARD_REALTIME_URL: '', NO_COLOR: '1' },
        timeout: 120_000,
      },
    );
    expect(stdout).toContain('Billing');
    const audio = parseWav(new Uint8Array(readFileSync(out)));
    const analysis = analyzeSpeech(audio.samples, audio.sampleRate);
    expect(notSpeechBecause(analysis), JSON.stringify(analysis)).toEqual([]);
    expect(analysis.durationMs).toBeGreaterThan(2000);
  }, 120_000);
});
