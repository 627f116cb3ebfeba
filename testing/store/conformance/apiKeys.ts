import { expect, it } from 'vitest';
import { type ApiKeyStore, apiKeyStoreFor, hashApiKey } from '../../../src/store/apiKeys.ts';
import { sqlDatabaseOf } from '../../../src/store/sqlHandle.ts';
import { rowsOf } from '../../../src/store/sqlHelpers.ts';
import { type ConversationStore, NotFoundError } from '../../../src/store/types.ts';
import { unique } from './fixtures.ts';

/** API keys: created once (secret shown once, stored hashed), listed, verified, revoked. */
export function apiKeyConformance(store: () => ConversationStore): void {
  const keys = (): Promise<ApiKeyStore> => apiKeyStoreFor(store());

  // First on purpose: the store is fresh, so "no key yet" is observable exactly once.
  it('reports no keys on a fresh store, then keys for good once one was created, even if revoked', async () => {
    expect(await (await keys()).anyKeys()).toBe(false);
    const created = await (await keys()).create({ tenant: unique('t') });
    expect(await (await keys()).anyKeys()).toBe(true);
    await (await keys()).revoke(created.id);
    expect(await (await keys()).anyKeys()).toBe(true);
  });

  it('returns the secret once and keeps only its prefix and hash', async () => {
    const tenant = unique('acme');
    const created = await (await keys()).create({ tenant, name: ' ci deploy ' });
    expect(created.key).toMatch(/^sb_[A-Za-z0-9_-]{32}$/);
    expect(created).toMatchObject({ tenant, name: 'ci deploy', revokedAt: null });
    expect(created.prefix).toBe(created.key.slice(0, 11));
    expect(created.createdAt).toBeInstanceOf(Date);
    const [listed] = await (await keys()).list({ tenant });
    expect(listed).toEqual({ ...created, key: undefined });
    expect(Object.keys(listed)).not.toContain('key');
    expect(JSON.stringify(listed)).not.toContain(created.key);

    const db = await sqlDatabaseOf(store());
    if (db) {
      const stored = rowsOf<Record<string, unknown>>(
        await db.execute(`select * from api_keys where id = '${created.id}'`),
      );
      expect(stored).toHaveLength(1);
      expect(stored[0].key_hash).toBe(hashApiKey(created.key));
      expect(JSON.stringify(stored)).not.toContain(created.key);
    }
  });

  it('verifies a key to its tenant and refuses unknown, malformed and revoked keys', async () => {
    const tenant = unique('acme');
    const created = await (await keys()).create({ tenant });
    const check = await (await keys()).verify(created.key);
    expect(check).toEqual({ ok: true, apiKey: expect.objectContaining({ id: created.id, tenant }) });
    expect(await (await keys()).verify(`${created.key}x`)).toEqual({ ok: false, reason: 'unknown' });
    expect(await (await keys()).verify('not-a-key')).toEqual({ ok: false, reason: 'unknown' });
    expect(await (await keys()).verify('')).toEqual({ ok: false, reason: 'unknown' });

    const revoked = await (await keys()).revoke(created.id);
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect(await (await keys()).verify(created.key)).toEqual({ ok: false, reason: 'revoked' });
    const again = await (await keys()).revoke(created.id);
    expect(again.revokedAt?.getTime()).toBe(revoked.revokedAt?.getTime());
  });

  it('lists keys per tenant in creation order, revoked ones only on request', async () => {
    const tenant = unique('acme');
    const other = unique('globex');
    const a = await (await keys()).create({ tenant, name: 'a' });
    const b = await (await keys()).create({ tenant, name: 'b' });
    await (await keys()).create({ tenant: other });
    await (await keys()).revoke(a.id);
    expect((await (await keys()).list({ tenant })).map((k) => k.id)).toEqual([b.id]);
    expect((await (await keys()).list({ tenant, includeRevoked: true })).map((k) => k.id)).toEqual([
      a.id,
      b.id,
    ]);
    const all = (await (await keys()).list()).map((k) => k.tenant);
    expect(all).toEqual(expect.arrayContaining([tenant, other]));
  });

  it('keeps creation order among keys created in the same millisecond', async () => {
    const tenant = unique('burst');
    const store = await keys();
    const created: string[] = [];
    for (let i = 0; i < 20; i++) created.push((await store.create({ tenant })).id);
    expect((await store.list({ tenant })).map((k) => k.id)).toEqual(created);
  });

  it('refuses a malformed tenant and an unknown id', async () => {
    await expect((await keys()).create({ tenant: '' })).rejects.toThrow(/tenant must be/);
    await expect((await keys()).create({ tenant: 'has space' })).rejects.toThrow(/tenant must be/);
    await expect((await keys()).revoke(unique('key'))).rejects.toBeInstanceOf(NotFoundError);
  });
}
