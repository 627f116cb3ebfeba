import { describe, expect, it } from 'vitest';
import { createAuthenticator } from '../../src/server/auth.ts';
import type { ApiKeyStore } from '../../src/store/apiKeys.ts';

/*
 * Issue #20: "are API keys in use" is asked at most once per recheck interval whatever the traffic.
 * Measured before: 264 probes in a 17 s run at 200 concurrent conversations (0.44 per turn), because
 * every request arriving while a probe ran started one of its own.
 */

function countingKeys(answer: () => boolean) {
  let probes = 0;
  const keys = {
    anyKeys: async () => {
      probes++;
      await new Promise((resolve) => setTimeout(resolve, 20)); // a database round trip
      return answer();
    },
    verify: async () => ({ ok: false, reason: 'unknown' }),
  } as unknown as ApiKeyStore;
  return { keys, probes: () => probes };
}

const request = { headers: {} } as any;

describe('the open-access probe', () => {
  it('is shared by every request that arrives while it runs', async () => {
    const { keys, probes } = countingKeys(() => false);
    const authenticate = createAuthenticator(keys, { recheckMs: 60_000 });
    const callers = await Promise.all(Array.from({ length: 200 }, () => authenticate(request)));
    expect(callers.every((c) => c.tenant === null)).toBe(true);
    expect(probes()).toBe(1);
    await authenticate(request);
    expect(probes()).toBe(1); // answered from the last probe until the interval is over
  });

  it('still asks again after the interval, so a key created meanwhile locks the server', async () => {
    let present = false;
    const { keys, probes } = countingKeys(() => present);
    const authenticate = createAuthenticator(keys, { recheckMs: 50 });
    await authenticate(request);
    present = true;
    await new Promise((resolve) => setTimeout(resolve, 60));
    await expect(Promise.all([authenticate(request), authenticate(request)])).rejects.toMatchObject({
      statusCode: 401,
    });
    expect(probes()).toBe(2);
  });

  it('forgets a failed probe: the next request asks again', async () => {
    let fail = true;
    const { keys, probes } = countingKeys(() => {
      if (fail) throw new Error('connection terminated');
      return false;
    });
    const authenticate = createAuthenticator(keys, { recheckMs: 60_000 });
    await expect(authenticate(request)).rejects.toThrow(/connection terminated/);
    fail = false;
    expect((await authenticate(request)).tenant).toBeNull();
    expect(probes()).toBe(2);
  });
});
