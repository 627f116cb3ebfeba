import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { Gate, gatedGraphs, parseSse, startTestServer } from '../support/server/serverFixture.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'sb-shutdown-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `switchboard serve` in its own process on the embedded database; resolves with its URL. */
function serve(): {
  child: ChildProcess;
  url: Promise<string>;
  output: () => string;
  exit: Promise<number | null>;
} {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli/main.ts',
      'serve',
      '--port',
      '0',
      '--graph',
      'test/support/server/slowGraph.ts',
    ],
    {
      env: {
        ...process.env,
        SWITCHBOARD_DATA_DIR: dataDir,
        SWITCHBOARD_MODEL: 'offline',
        DATABASE_URL: '',
        SWITCHBOARD_TEST_TOOL_DELAY_MS: '1500',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout!.on('data', (d) => {
    out += d;
  });
  child.stderr!.on('data', (d) => {
    out += d;
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    const check = () => {
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]);
    };
    child.stdout!.on('data', check);
    void exit.then(() => reject(new Error(`serve exited before listening:\n${out}`)));
  });
  return { child, url, output: () => out, exit };
}

/** Reads an SSE response until `marker` has arrived; returns a promise of the rest of the text. */
async function readUntil(res: Response, marker: string): Promise<{ soFar: string; rest: Promise<string> }> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes(marker)) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended before ${marker}:\n${text}`);
    text += decoder.decode(value, { stream: true });
  }
  const rest = (async () => {
    let more = '';
    for (let r = await reader.read(); !r.done; r = await reader.read())
      more += decoder.decode(r.value, { stream: true });
    return more;
  })();
  return { soFar: text, rest };
}

describe('graceful shutdown', () => {
  it('on SIGTERM finishes the running turn, commits it, refuses new work and exits 0', {
    timeout: 90_000,
  }, async () => {
    const server = serve();
    try {
      const url = await server.url;
      const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
        fetch(`${url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });
      const conv = (await (await post('/v1/conversations', { graph: 'slowdesk' })).json()) as any;
      const turn = await post(
        `/v1/conversations/${conv.id}/messages`,
        { text: 'where is my order ORD-1234?' },
        { accept: 'text/event-stream' },
      );
      // The tool is now running (1.5 s): stop the server in the middle of the turn.
      const { soFar, rest } = await readUntil(turn, 'event: tool_call');
      server.child.kill('SIGTERM');
      await expect.poll(server.output, { timeout: 10_000 }).toMatch(/SIGTERM: finishing running turns/);
      const refused = await fetch(`${url}/healthz`).then(
        (r) => r.status,
        () => 'refused',
      );
      expect(refused).not.toBe(200);

      const events = parseSse(soFar + (await rest));
      expect(events.at(-1)).toMatchObject({ event: 'done', data: { reply: 'Order ORD-1234 is shipped.' } });
      expect(await server.exit).toBe(0);
      expect(server.output()).toMatch(/SIGTERM: finishing running turns[\s\S]*stopped/);
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }

    // The database was closed cleanly with the turn in it.
    const store = await openStore({ dataDir });
    try {
      const [conversation] = await store.listConversations({ graph: 'slowdesk' });
      expect(conversation.turnCount).toBe(1);
      const items = await store.getItems(conversation.id);
      expect((items.at(-1)!.item as any).content[0].text).toBe('Order ORD-1234 is shipped.');
    } finally {
      await store.close();
    }
  });

  it('app.close() waits for a turn whose client already hung up', async () => {
    const gate = new Gate();
    const server = await startTestServer({ graphs: gatedGraphs(gate, 'finished') });
    const conv = (await server.request('POST', '/v1/conversations', { body: { graph: 'gated' } })).body;
    const url = await server.listen();
    const abort = new AbortController();
    const request = fetch(`${url}/v1/conversations/${conv.id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hello' }),
      signal: abort.signal,
    }).catch(() => 'aborted');
    await gate.whenEntered();
    abort.abort();
    expect(await request).toBe('aborted');
    let closed = false;
    const closing = server.app.close().then(() => {
      closed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(false);
    gate.release();
    await closing;
    expect((await server.store.getConversation(conv.id))?.turnCount).toBe(1);
    await server.store.close();
  });
});
