import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSince } from '../../../src/analytics/timeRange.ts';
import { startTestServer, type TestServer } from '../../support/server/serverFixture.ts';

/*
 * `since=99999999999d` reached the database as an invalid Date and `since=0000-01-01` as a year
 * PostgreSQL does not have: both were a 500. A time outside years 1-9999 is a bad query, like any
 * other unreadable time: 400 naming the field.
 */
const OUT_OF_RANGE: [string, string][] = [
  ['since', '99999999999d'],
  ['since', '0000-01-01'],
  ['since', '0000-06-15T10:00:00Z'],
  ['until', '0000-01-01'],
  ['until', '9999999999999w'],
];

describe('analytics times outside years 1-9999', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('parseSince refuses them with a message for the user, and keeps the edges of the range', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    for (const [, value] of OUT_OF_RANGE)
      expect(() => parseSince(value, now), value).toThrow(`invalid time "${value}"`);
    expect(parseSince('0001-01-01', now).toISOString()).toBe('0001-01-01T00:00:00.000Z');
    expect(parseSince('9999-12-31', now).toISOString()).toBe('9999-12-31T00:00:00.000Z');
    expect(parseSince('700000d', now).getUTCFullYear()).toBe(109);
  });

  it('GET /v1/analytics answers 400 naming the field, never 500', async () => {
    for (const [field, value] of OUT_OF_RANGE) {
      const res = await server.request('GET', `/v1/analytics?${field}=${encodeURIComponent(value)}`);
      expect(res.status, `${field}=${value}`).toBe(400);
      expect(res.body.error.param, `${field}=${value}`).toBe(field);
    }
    const oldest = await server.request('GET', '/v1/analytics?since=0001-01-01');
    expect(oldest.status, JSON.stringify(oldest.body)).toBe(200);
    expect(oldest.body.since).toBe('0001-01-01T00:00:00.000Z');
  });
});
