import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../../src/store/postgresStore.ts';
import type { ConversationStore, ToolDb } from '../../../src/store/types.ts';
import { supportReads } from '../../../templates/support/preparedReads.ts';
import { supportSetupSql } from '../../../templates/support/setup.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../../support/store/postgresTestDb.ts';
import { seededSupportDb } from '../../support/templates/support/supportTestDb.ts';

// The support tools' reads by id are prepared once per database handle (templates/support/preparedReads.ts).
// What must hold: one set per handle, a transaction's reads run in that transaction, and on PostgreSQL two
// stores in two schemas, with the same statement names, each read their own rows.

describe('support reads prepared per database handle (PGlite)', () => {
  let db: ToolDb;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await seededSupportDb());
  });
  afterAll(() => close());

  it('prepares once per handle and reads the seeded rows', async () => {
    expect(supportReads(db)).toBe(supportReads(db));
    const [invoice] = await supportReads(db).invoice.execute({ id: 'INV-2041' });
    expect(invoice).toMatchObject({ id: 'INV-2041', accountId: 'ACC-1003' });
    const [account] = await supportReads(db).account.execute({ id: 'ACC-1003' });
    expect(account).toMatchObject({ id: 'ACC-1003', plan: 'Starter' });
    expect(await supportReads(db).invoice.execute({ id: 'INV-0000' })).toEqual([]);
  });

  it('a read through a transaction handle sees that transaction and is gone after its rollback', async () => {
    const before = (await supportReads(db).refunds.execute({ id: 'INV-2041' })).length;
    const rollback = new Error('roll back');
    const inside = await db
      .transaction(async (tx) => {
        await tx.execute(
          sql`insert into support_refunds (invoice_id, amount_cents, status, reason) values ('INV-2041', 100, 'issued', 'test')`,
        );
        expect(supportReads(tx)).not.toBe(supportReads(db));
        const seen = (await supportReads(tx).refunds.execute({ id: 'INV-2041' })).length;
        throw Object.assign(rollback, { seen });
      })
      .catch((error) =>
        error === rollback ? (error as Error & { seen: number }).seen : Promise.reject(error),
      );
    expect(inside).toBe(before + 1);
    expect((await supportReads(db).refunds.execute({ id: 'INV-2041' })).length).toBe(before);
  });
});

const pg = await postgresAvailability('support_reads_prepared_per_database_handle');

describe.skipIf(pg.skip)('support reads prepared per database handle (PostgreSQL, two schemas)', () => {
  const schemas = [uniqueSchema('sb_reads'), uniqueSchema('sb_reads')];
  const stores: ConversationStore[] = [];
  beforeAll(async () => {
    for (const schema of schemas) {
      const store = await createPostgresStore({ url: TEST_DATABASE_URL, searchPath: schema });
      await store.migrate();
      await store.ensureSetup('test:support', supportSetupSql);
      stores.push(store);
    }
    // The second schema's invoice INV-2041 belongs to another account: a read must tell them apart.
    const second = await stores[1].toolDb();
    await second.execute(sql`update support_invoices set account_id = 'ACC-1001' where id = 'INV-2041'`);
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    for (const schema of schemas) await dropSchema(schema);
  });

  it('each store reads its own schema through statements of the same name, again and again', async () => {
    const [first, second] = await Promise.all(stores.map((s) => s.toolDb()));
    for (let i = 0; i < 3; i++) {
      const [a] = await supportReads(first).invoice.execute({ id: 'INV-2041' });
      const [b] = await supportReads(second).invoice.execute({ id: 'INV-2041' });
      expect(a.accountId).toBe('ACC-1003');
      expect(b.accountId).toBe('ACC-1001');
    }
  });
});
