import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buzz, concat, silence } from '../voice/testing/callerAudio.ts';
import { writeWav } from '../voice/wav.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'sb-call-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Issue #18 §3: `switchboard call --json` was refused ("unknown option"); it prints the timeline on stdout. */
describe('switchboard call --json', () => {
  it('prints the call timeline as JSON on stdout, and only that', async () => {
    const wav = join(dir, 'caller.wav');
    // The double hears energy, not words: a buzz, with its transcript given.
    writeFileSync(wav, writeWav(concat(buzz('audio/pcmu', 800), silence('audio/pcmu', 300)), 'mulaw', 8000));
    const timelineFile = join(dir, 'timeline.json');
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'call',
        '--graph',
        'support',
        '--audio',
        wav,
        '--transcript',
        'I was charged twice on invoice INV-2041',
        '--speed',
        '4',
        '--out',
        join(dir, 'agent.wav'),
        '--timeline',
        timelineFile,
        '--json',
        '--pipeline',
        'realtime',
      ],
      {
        env: { ...process.env, OPENAI_API_KEY: '', SWITCHBOARD_REALTIME_URL: '', NO_COLOR: '1' },
        timeout: 120_000,
      },
    );
    const printed = JSON.parse(stdout);
    expect(printed).toEqual(JSON.parse(readFileSync(timelineFile, 'utf8')));
    expect(printed).toMatchObject({
      graph: 'support',
      status: 'ended',
      realtime: 'local double (offline model)',
    });
    expect(printed.conversationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(printed.turns).toHaveLength(1);
    expect(printed.turns[0]).toMatchObject({
      turn: 1,
      agent: 'Billing',
      said: 'I was charged twice on invoice INV-2041',
    });
    expect(printed.turns[0].handoffs.map((h: { from: string; to: string }) => `${h.from}>${h.to}`)).toEqual([
      'Triage>Billing',
    ]);
  }, 150_000);
});
