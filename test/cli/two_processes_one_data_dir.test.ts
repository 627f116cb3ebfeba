import { afterAll, describe, expect, it } from 'vitest';
import { cliOnFreshDataDir } from '../support/cli/runCli.ts';
import { serveProcess } from '../support/cli/serveProcess.ts';

/*
 * `npm start` and `npm run chat` (or `keys create`) on one .switchboard/ used to open the same PGlite
 * files twice: the server never saw the chat's conversation, and the directory later failed to open.
 * Now the server holds the directory: chat goes through its HTTP API, store commands refuse in one
 * line, and everything written is there after a restart.
 */
const { dataDir, cli, cleanup } = cliOnFreshDataDir('sb-two-processes-');
afterAll(cleanup);

const oneLine = (stderr: string) => stderr.split('\n').filter(Boolean);

describe('two processes on one embedded data directory', () => {
  it('routes chat through the running server, refuses store commands in one line, loses nothing', async () => {
    const server = serveProcess(dataDir);
    try {
      const url = await server.url;

      const chat = await cli('chat', '--message', 'what does the Growth plan cost?', '--json');
      expect(chat.code, chat.stderr).toBe(0);
      expect(chat.stderr).toContain(`the server on ${url} holds the embedded database: chatting through it`);
      const turn = JSON.parse(chat.stdout);
      expect(turn.agent).toBe('Sales');
      // The server sees the conversation the CLI started: one database, not two diverging copies.
      const listed = (await (await fetch(`${url}/v1/conversations`)).json()) as { data: { id: string }[] };
      expect(listed.data.map((c) => c.id)).toContain(turn.conversationId);

      const followUp = await cli('chat', '--conversation', turn.conversationId, '--message', 'and Starter?');
      expect(followUp.code, followUp.stderr).toBe(0);

      for (const args of [
        ['keys', 'create', '--tenant', 'acme'],
        ['keys', 'list'],
        ['conversations', 'list'],
        ['analytics'],
        ['db', 'migrate'],
        ['serve', '--port', '0'],
        ['chat', '--model', 'offline', '--message', 'hi'],
      ]) {
        const refused = await cli(...args);
        expect(refused.code, args.join(' ')).not.toBe(0);
        const lines = oneLine(refused.stderr);
        expect(lines, args.join(' ')).toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`^switchboard: the server on ${url} \\(pid \\d+\\) holds `));
      }
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exit).toBe(0);
    }

    // After the server stopped: both turns of the routed chat are stored, and the store is ours again.
    const shown = await cli('conversations', 'list', '--json');
    expect(shown.code, shown.stderr).toBe(0);
    const rows = JSON.parse(shown.stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0].turnCount).toBe(2);
    const key = await cli('keys', 'create', '--tenant', 'acme');
    expect(key.code, key.stderr).toBe(0);
  }, 300_000);

  it('takes over the lock of a holder that was killed', async () => {
    const server = serveProcess(dataDir);
    await server.url;
    server.child.kill('SIGKILL');
    await server.exit;

    const started = Date.now();
    const listed = await cli('conversations', 'list', '--json');
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stderr).toMatch(/the process that held .* \(pid \d+\) is gone; taking its lock over/);
    expect(JSON.parse(listed.stdout)).toHaveLength(1);
    // Taken once 2 s without a refresh (the line above says which path); the bound is loose because
    // starting the CLI alone takes seconds on a loaded machine.
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 180_000);
});
