import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/app/startServer.ts';
import { assertBindAllowed, BindRefusedError, isLoopbackHost } from '../../src/server/auth.ts';
import { hashApiKey } from '../../src/store/apiKeys.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { openStore } from '../../src/store/openStore.ts';
import { sqlDatabaseOf } from '../../src/store/sqlHandle.ts';
import { rowsOf } from '../../src/store/sqlHelpers.ts';
import { cliOnFreshDataDir } from '../support/cli/runCli.ts';

const { dataDir, cli, cleanup } = cliOnFreshDataDir('sb-keys-');
afterAll(cleanup);

describe('binding beyond loopback', () => {
  it('knows which hosts nobody else can reach', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.com', '128.0.0.1'])
      expect(isLoopbackHost(host), host).toBe(false);
    expect(() => assertBindAllowed('0.0.0.0', true)).not.toThrow();
  });

  it('refuses to start open on a non-loopback host, before listening', async () => {
    const store = createMemoryStore();
    await expect(startServer({ host: '0.0.0.0', port: 0, store })).rejects.toBeInstanceOf(BindRefusedError);
    await expect(startServer({ host: '0.0.0.0', port: 0, store })).rejects.toThrow(/switchboard keys create/);
    await store.close();
  });

  it('the CLI says why and exits non-zero', { timeout: 60_000 }, async () => {
    const result = await cli('serve', '--host', '0.0.0.0', '--port', '0');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^switchboard: refusing to listen on 0\.0\.0\.0 without API keys/);
  });
});

describe('switchboard keys', () => {
  it('creates a key shown once, stores only its hash, lists and revokes it', {
    timeout: 90_000,
  }, async () => {
    const created = await cli('keys', 'create', '--tenant', 'acme', '--name', 'support desk', '--json');
    expect(created.code, created.stderr).toBe(0);
    const key = JSON.parse(created.stdout);
    expect(key).toMatchObject({ tenant: 'acme', name: 'support desk', revokedAt: null });
    expect(key.key).toMatch(/^sb_/);

    const listed = await cli('keys', 'list', '--json');
    expect(JSON.parse(listed.stdout)).toEqual([
      {
        id: key.id,
        tenant: 'acme',
        name: 'support desk',
        prefix: key.prefix,
        createdAt: key.createdAt,
        revokedAt: null,
      },
    ]);
    expect(listed.stdout).not.toContain(key.key);

    const revoked = await cli('keys', 'revoke', key.id);
    expect(revoked.stdout).toContain(`revoked ${key.id}`);
    expect(JSON.parse((await cli('keys', 'list', '--json')).stdout)).toEqual([]);
    expect(JSON.parse((await cli('keys', 'list', '--all', '--json')).stdout)[0].revokedAt).not.toBeNull();

    const bad = await cli('keys', 'create', '--tenant', 'two words');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/tenant must be/);

    const store = await openStore({ dataDir });
    try {
      const db = (await sqlDatabaseOf(store))!;
      const rows = rowsOf<{ key_hash: string }>(await db.execute('select key_hash from api_keys'));
      expect(rows).toEqual([{ key_hash: hashApiKey(key.key) }]);
    } finally {
      await store.close();
    }
  });
});
