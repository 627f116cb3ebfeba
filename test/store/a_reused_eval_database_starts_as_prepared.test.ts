import { describe, expect, it } from 'vitest';
import { createPgliteStoreTemplate } from '../../src/store/pgliteStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';

/**
 * The dialogue eval gives every scenario a database as prepared. After a scenario, its database is reset
 * and handed to the next one instead of loading a new copy (pgliteRecycle.ts): whatever the scenario
 * wrote, deleted, drew from a sequence or left in its session, the next one must not see.
 */
const SETUP = [
  'CREATE TABLE customers (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, upper_name text GENERATED ALWAYS AS (upper(name)) STORED)',
  'CREATE TABLE bookings (ref serial PRIMARY KEY, customer int NOT NULL REFERENCES customers(id), at text)',
  'CREATE SEQUENCE ticket_numbers START 100',
  "INSERT INTO customers (name) VALUES ('Priya Shah'), ('Tom Reyes')",
  "INSERT INTO bookings (customer, at) VALUES (1, 'Tue 10:00'), (2, 'Wed 11:00')",
  "SELECT nextval('ticket_numbers')",
];

async function sql(store: ConversationStore, text: string): Promise<unknown[]> {
  const db = (await store.toolDb()) as any;
  return (await db.execute(text)).rows;
}

/** Every row of the seeded tables, the conversations, and where each sequence stands. */
async function state(store: ConversationStore) {
  return {
    customers: await sql(store, 'SELECT * FROM customers ORDER BY id'),
    bookings: await sql(store, 'SELECT * FROM bookings ORDER BY ref'),
    conversations: await sql(store, 'SELECT count(*)::int AS n FROM conversations'),
    tickets: await sql(store, 'SELECT last_value, is_called FROM ticket_numbers'),
    bookingRefs: await sql(store, 'SELECT last_value, is_called FROM bookings_ref_seq'),
    customerIds: await sql(store, 'SELECT last_value, is_called FROM customers_id_seq'),
  };
}

describe('a reused eval database', () => {
  it('starts as prepared whatever the run before it did, and is reused rather than loaded again', async () => {
    const template = await createPgliteStoreTemplate(async (store) => {
      await store.migrate();
      await store.ensureSetup('seed', SETUP);
    });
    try {
      const first = await template.copy();
      const prepared = await state(first);
      expect(prepared.customers).toHaveLength(2);
      await first.createConversation({ tenant: null, graph: 'g', activeAgent: 'A', context: {} });
      await sql(
        first,
        "INSERT INTO bookings (customer, at) SELECT id, 'Thu 09:00' FROM customers WHERE name = 'Tom Reyes'",
      );
      await sql(first, "INSERT INTO customers (name) VALUES ('Dana Ruiz')");
      await sql(first, "UPDATE bookings SET at = 'Fri 15:00' WHERE ref = 1");
      await sql(first, 'DELETE FROM bookings WHERE ref = 2');
      await sql(first, "SELECT nextval('ticket_numbers')");
      await sql(first, 'CREATE TEMP TABLE scratch (n int)');
      await sql(first, 'PREPARE left_behind AS SELECT 1');
      expect(await state(first)).not.toEqual(prepared);
      await first.close();

      const second = await template.copy();
      expect(template.counts).toEqual({ loaded: 1, reused: 1 });
      expect(await state(second)).toEqual(prepared);
      // The session the last run left is gone too: its temporary table and prepared statement.
      expect(await sql(second, "SELECT to_regclass('pg_temp.scratch') AS t")).toEqual([{ t: null }]);
      expect(
        await sql(second, "SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name = 'left_behind'"),
      ).toEqual([{ n: 0 }]);
      // New bookings number on from where a fresh copy's sequence stands (PostgreSQL logs sequences
      // ahead, so a copy loaded from a dump is past where the prepared database was: 34, not 3).
      await sql(second, "INSERT INTO bookings (customer, at) VALUES (1, 'Mon 12:00')");
      const [{ last_value }] = prepared.bookingRefs as [{ last_value: number }];
      expect(last_value).toBeGreaterThan(2);
      expect(await sql(second, "SELECT ref FROM bookings WHERE at = 'Mon 12:00'")).toEqual([
        { ref: last_value + 1 },
      ]);
      // A run that changes the database's tables leaves it unfit: the next run gets a fresh copy.
      await sql(second, 'CREATE TABLE added_by_a_run (n int)');
      await second.close();

      const third = await template.copy();
      expect(template.counts).toEqual({ loaded: 2, reused: 1 });
      expect(await state(third)).toEqual(prepared);
      expect(await sql(third, "SELECT to_regclass('public.added_by_a_run') AS t")).toEqual([{ t: null }]);
      await third.close();
    } finally {
      await template.close();
    }
  }, 120_000);
});
