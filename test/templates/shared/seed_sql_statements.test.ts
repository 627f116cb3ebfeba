import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { insertOnce, insertRows, sqlLiteral } from '../../../templates/shared/seedSql.ts';

describe('a demo row written as SQL', () => {
  it('writes each kind of value as a literal, quotes doubled', () => {
    expect(sqlLiteral(null)).toBe('NULL');
    expect(sqlLiteral(4500)).toBe('4500');
    expect(sqlLiteral(true)).toBe('true');
    expect(sqlLiteral("O'Brien")).toBe("'O''Brien'");
    expect(sqlLiteral({ daysFromSetup: -40.7 })).toBe(
      "(CURRENT_DATE + -40 + COALESCE(NULLIF(current_setting('switchboard.seed_shift', true), '')::int, 0))",
    );
  });

  it('lays a relative day out from the day of setup, moved by the session’s seed shift when one is set', async () => {
    const db = new PGlite();
    try {
      const day = async () =>
        (await db.query<{ d: number }>(`SELECT (${sqlLiteral({ daysFromSetup: 3 })}) - CURRENT_DATE AS d`))
          .rows[0].d;
      expect(await day()).toBe(3);
      await db.query(`SELECT set_config('switchboard.seed_shift', '-2', false)`);
      expect(await day()).toBe(1);
    } finally {
      await db.close();
    }
  });

  it('skips rows already there on a second run', () => {
    expect(
      insertRows(
        't',
        ['id', 'name'],
        [
          ['A-1', 'Ann'],
          ['A-2', null],
        ],
      ),
    ).toBe("INSERT INTO t (id, name) VALUES\n  ('A-1', 'Ann'),\n  ('A-2', NULL)\nON CONFLICT DO NOTHING");
  });

  it('inserts a row with a serial id only when the match finds none', () => {
    expect(insertOnce('t', ['kind', 'name'], ['buyer', 'Ann'], "name = 'Ann'")).toBe(
      "INSERT INTO t (kind, name) SELECT 'buyer', 'Ann' WHERE NOT EXISTS (SELECT 1 FROM t WHERE name = 'Ann')",
    );
  });
});
