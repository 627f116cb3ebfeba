import { createClient } from 'redis';

export const TEST_REDIS_URL = process.env.SWITCHBOARD_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Probes Redis once per test file. Unreachable: locally the suite is skipped with a printed reason;
 * under CI (`CI` set) it runs and fails, so a missing Redis can never pass silently.
 */
export async function redisAvailability(file: string): Promise<{ skip: boolean; reason: string | null }> {
  const client = createClient({
    url: TEST_REDIS_URL,
    socket: { connectTimeout: 2_000, reconnectStrategy: false },
  });
  client.on('error', () => {});
  let reason: string | null = null;
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    reason = (error as Error).message || String(error);
  } finally {
    await client.close().catch(() => {});
  }
  if (reason !== null && !process.env.CI)
    console.warn(`[${file}] skipping Redis tests: ${TEST_REDIS_URL} is unreachable (${reason}).`);
  return { skip: reason !== null && !process.env.CI, reason };
}
