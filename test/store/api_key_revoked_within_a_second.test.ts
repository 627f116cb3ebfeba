import { describe, expect, it, vi } from 'vitest';
import { cachedVerify } from '../../src/store/apiKeyCache.ts';
import { createMemoryApiKeyStore } from '../../src/store/apiKeys.ts';

describe('API key checks of a busy server', () => {
  it('hit the key store once per second per key, and a revocation elsewhere bites within that second', async () => {
    const keys = createMemoryApiKeyStore();
    const created = await keys.create({ tenant: 'acme' });
    const lookups = vi.spyOn(keys, 'verify');
    let clock = 0;
    const verify = cachedVerify(keys, { now: () => clock });

    // A burst of requests with one key: one lookup.
    const checks = await Promise.all(Array.from({ length: 50 }, () => verify(created.key)));
    expect(checks.every((c) => c.ok)).toBe(true);
    expect(lookups).toHaveBeenCalledTimes(1);

    // Revoked by another process (the CLI): still accepted for at most the rest of the second…
    await keys.revoke(created.id);
    clock = 999;
    expect((await verify(created.key)).ok).toBe(true);
    // …then refused.
    clock = 1_000;
    expect(await verify(created.key)).toEqual({ ok: false, reason: 'revoked' });
    expect(lookups).toHaveBeenCalledTimes(2);
    expect(await verify('sb_unknown')).toEqual({ ok: false, reason: 'unknown' });
  });
});
