import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SWITCHBOARD_BIN } from '../support/cli/switchboardBin.ts';
import { type OtlpReceiver, startOtlpReceiver } from '../support/tracing/otlpReceiver.ts';

let receiver: OtlpReceiver;
const dataDir = mkdtempSync(join(tmpdir(), 'sb-serve-otlp-'));

beforeAll(async () => {
  receiver = await startOtlpReceiver();
});
afterAll(async () => {
  await receiver.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** `switchboard serve` in its own process; resolves with the URL it prints once it listens. */
function serve(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [SWITCHBOARD_BIN, 'serve', '--port', '0'], {
    env: { ...process.env, DATABASE_URL: '', SWITCHBOARD_MODEL: 'offline', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /listening on (http:\/\/\S+)/.exec(out);
      if (found) resolve({ child, url: found[1] });
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

const exited = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => child.once('exit', (code) => resolve(code)));

describe('switchboard serve with OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  it('exports the turns it serves over OTLP/HTTP, the last batch on shutdown', {
    timeout: 180_000,
  }, async () => {
    const { child, url } = await serve({
      SWITCHBOARD_DATA_DIR: dataDir,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_SERVICE_NAME: 'switchboard-serve-test',
      // Batches wait ten minutes: only the flush on shutdown can deliver the spans in time.
      OTEL_BSP_SCHEDULE_DELAY: '600000',
    });
    let conversationId = '';
    try {
      const post = async (path: string, body: unknown) => {
        const res = await fetch(`${url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        expect(res.status, path).toBeLessThan(300);
        return res.json();
      };
      conversationId = ((await post('/v1/conversations', { graph: 'support' })) as { id: string }).id;
      const turn = (await post(`/v1/conversations/${conversationId}/messages`, {
        text: 'I think I was charged twice on invoice INV-2041',
      })) as { agent: string };
      expect(turn.agent).toBe('Billing');
      // The turn's trace is stored as soon as it commits: the API serves it while the server runs.
      const traces = (await (await fetch(`${url}/v1/conversations/${conversationId}/traces`)).json()) as {
        data: { turn: number }[];
      };
      expect(traces.data.map((t: { turn: number }) => t.turn)).toEqual([1]);
      expect(receiver.spans).toEqual([]); // nothing exported before shutdown
    } finally {
      const done = exited(child);
      child.kill('SIGTERM');
      expect(await done).toBe(0);
    }

    const spans = receiver.spans.filter((s) => s.attributes['gen_ai.conversation.id'] === conversationId);
    const names = spans.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'invoke_workflow support',
        'invoke_agent Triage',
        'invoke_agent Billing',
        'handoff Triage -> Billing',
        'routing.decision',
      ]),
    );
    expect(spans[0].resource['service.name']).toBe('switchboard-serve-test');
  });
});
