import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/redactUrl.ts';
import { DEFAULT_DATA_DIR, openStore, storeTarget } from '../../src/store/openStore.ts';
import { captureError } from '../../testing/store/conformance/fixtures.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-open-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('storeTarget', () => {
  const env = { DATABASE_URL: 'postgres://env@db/app', SWITCHBOARD_DATA_DIR: '/var/lib/sb' };

  it('prefers memory, then an explicit URL, then DATABASE_URL', () => {
    expect(storeTarget({ memory: true, databaseUrl: 'postgres://x@y/z' }, env)).toEqual({ kind: 'memory' });
    expect(storeTarget({ databaseUrl: 'postgres://x@y/z' }, env)).toEqual({
      kind: 'postgres',
      url: 'postgres://x@y/z',
    });
    expect(storeTarget({}, env)).toEqual({ kind: 'postgres', url: 'postgres://env@db/app' });
  });

  it('falls back to PGlite at dataDir, SWITCHBOARD_DATA_DIR, then .switchboard', () => {
    expect(storeTarget({ dataDir: './here' }, {})).toEqual({ kind: 'pglite', dataDir: './here' });
    expect(storeTarget({}, { SWITCHBOARD_DATA_DIR: '/var/lib/sb' })).toEqual({
      kind: 'pglite',
      dataDir: '/var/lib/sb',
    });
    expect(storeTarget({}, {})).toEqual({ kind: 'pglite', dataDir: DEFAULT_DATA_DIR });
    expect(storeTarget({}, { DATABASE_URL: '' })).toEqual({ kind: 'pglite', dataDir: DEFAULT_DATA_DIR });
  });
});

describe('openStore', () => {
  it('opens a memory store', async () => {
    const store = await openStore({ memory: true });
    expect(store.kind).toBe('memory');
    await store.close();
  });

  it('opens PGlite in a new data directory, migrated and ready for a turn', async () => {
    const dataDir = join(tempDir(), 'fresh');
    const store = await openStore({ dataDir, databaseUrl: '' });
    try {
      expect(store.kind).toBe('pglite');
      const conv = await store.createConversation({ graph: 'g', activeAgent: 'a', context: {} });
      const committed = await store.commitTurn({
        conversationId: conv.id,
        expectedVersion: 0,
        turn: 1,
        items: [{ agent: null, item: { role: 'user', content: 'hi' } }],
        handoffs: [],
        events: [],
        activeAgent: 'a',
        status: 'active',
        context: {},
        toolCallsAdded: 0,
      });
      expect(committed.version).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('names PostgreSQL and the URL, without the password, when the server is unreachable', async () => {
    const error = await captureError(
      openStore({ databaseUrl: 'postgres://alice:s3cret-pw@127.0.0.1:1/app' }),
    );
    const message = (error as Error).message;
    expect(message).toContain('PostgreSQL');
    expect(message).toContain('postgres://alice:***@127.0.0.1:1/app');
    expect(message).not.toContain('s3cret-pw');
  });

  it('names PGlite and the directory when the data directory cannot be created', async () => {
    const file = join(tempDir(), 'not-a-directory');
    writeFileSync(file, 'x');
    const error = await captureError(openStore({ dataDir: join(file, 'data'), databaseUrl: '' }));
    expect((error as Error).message).toMatch(/PGlite/);
    expect((error as Error).message).toContain(join(file, 'data'));
  });
});

describe('redactUrl', () => {
  it('hides passwords in the userinfo and in the query string', () => {
    expect(redactUrl('postgres://bob:hunter2@db:5432/app')).toBe('postgres://bob:***@db:5432/app');
    expect(redactUrl('postgres://db/app?user=bob&password=hunter2')).toBe(
      'postgres://db/app?user=bob&password=***',
    );
    expect(redactUrl('postgres://bob@db/app')).toBe('postgres://bob@db/app');
    expect(redactUrl('not a url bob:hunter2@db')).toBe('not a url bob:***@db');
    expect(redactUrl('host=db user=bob password=hunter2')).toBe('host=db user=bob password=***');
  });
});
