import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import * as schema from '../../../templates/salon/schema.ts';
import { salonSetupSql } from '../../../templates/salon/setup.ts';
import { rows, seededSalonDb } from '../../support/templates/salon/salonTestDb.ts';
import { expectTablesMatchSchema, schemaTableNames } from '../../support/templates/shared/templateTestDb.ts';

describe('salonSetupSql on a fresh PGlite', () => {
  let db: ToolDb;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await seededSalonDb());
  });
  afterAll(() => close());

  const count = async (query: string) => Number((await rows<{ n: number }>(db, query))[0].n);

  it('creates every table of schema.ts, prefixed salon_, with the same columns, types and nullability', async () => {
    expect(await expectTablesMatchSchema(db, schema, 'salon_')).toBe(6);
  });

  it('seeds a menu of cuts, colour and treatments, five stylists and their weekly shifts', async () => {
    const categories = await rows<{ category: string; n: number }>(
      db,
      'SELECT category, count(*)::int AS n FROM salon_services GROUP BY category ORDER BY category',
    );
    expect(Object.fromEntries(categories.map((c) => [c.category, c.n]))).toEqual({
      colour: 9,
      cut: 6,
      treatment: 4,
    });
    expect(await count('SELECT count(*) AS n FROM salon_stylists')).toBe(5);
    expect(await count('SELECT count(*) AS n FROM salon_stylist_hours WHERE weekday IN (0, 1)')).toBe(0);
    expect(await count('SELECT count(DISTINCT stylist_id) AS n FROM salon_stylist_hours')).toBe(5);
    expect(await count('SELECT count(*) AS n FROM salon_services WHERE patch_test')).toBeGreaterThanOrEqual(
      4,
    );
  });

  it('keeps every counter equal to the highest sequence number booked on its day', async () => {
    const mismatched = await rows(
      db,
      `SELECT c.day FROM salon_booking_counters c WHERE c.n <> (
         SELECT max(substring(b.ref from 13)::int) FROM salon_bookings b WHERE b.day = c.day)`,
    );
    expect(mismatched).toEqual([]);
    const uncounted = await rows(
      db,
      'SELECT DISTINCT b.day FROM salon_bookings b LEFT JOIN salon_booking_counters c ON c.day = b.day WHERE c.day IS NULL',
    );
    expect(uncounted).toEqual([]);
    const badRefs = await rows(
      db,
      `SELECT ref FROM salon_bookings WHERE ref <> 'GB-' || to_char(day, 'YYYYMMDD') || '-' || substring(ref from 13)`,
    );
    expect(badRefs).toEqual([]);
  });

  it('seeds bookings only inside their stylist’s shift and never overlapping', async () => {
    const outside = await rows(
      db,
      `SELECT b.ref FROM salon_bookings b LEFT JOIN salon_stylist_hours h
         ON h.stylist_id = b.stylist_id AND h.weekday = extract(dow FROM b.day)
       WHERE h.stylist_id IS NULL OR b.start_min < h.start_min OR b.end_min > h.end_min`,
    );
    expect(outside).toEqual([]);
    const overlapping = await rows(
      db,
      `SELECT a.ref FROM salon_bookings a JOIN salon_bookings b ON a.id < b.id AND a.stylist_id = b.stylist_id
         AND a.day = b.day AND a.status = 'booked' AND b.status = 'booked'
         AND a.start_min < b.end_min AND b.start_min < a.end_min`,
    );
    expect(overlapping).toEqual([]);
  });

  it('is idempotent: running it again adds no rows', async () => {
    const snapshot = async () =>
      Promise.all(schemaTableNames(schema).map((name) => count(`SELECT count(*) AS n FROM ${name}`)));
    const before = await snapshot();
    for (const statement of salonSetupSql) await rows(db, statement);
    expect(await snapshot()).toEqual(before);
  });

  it('is deterministic: no seed statement depends on the clock or on randomness', () => {
    const seeds = salonSetupSql.filter((s) => /^\s*INSERT/i.test(s));
    expect(seeds.length).toBeGreaterThan(0);
    for (const statement of seeds)
      expect(statement).not.toMatch(/now\(\)|random\(|current_(date|timestamp)|gen_random/i);
  });
});
