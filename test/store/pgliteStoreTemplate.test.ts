import { describe, expect, it } from 'vitest';
import { DumpBlob } from '../../src/store/pgliteCluster.ts';
import { createPgliteStoreTemplate } from '../../src/store/pgliteStore.ts';

/**
 * The dialogue eval prepares one database and gives each scenario a copy: a copy starts with what was
 * prepared, and what one copy writes neither the template nor another copy sees.
 */
describe('PGlite store template', () => {
  it('hands out copies of the prepared database that do not see each other’s writes', async () => {
    const template = await createPgliteStoreTemplate(async (store) => {
      await store.migrate();
      await store.ensureSetup('seed', ['CREATE TABLE seeded (n int)', 'INSERT INTO seeded VALUES (1)']);
    });
    try {
      const first = await template.copy();
      const second = await template.copy();
      try {
        const created = await first.createConversation({
          tenant: null,
          graph: 'g',
          activeAgent: 'A',
          context: {},
        });
        expect(await first.getConversation(created.id)).not.toBeNull();
        expect(await second.getConversation(created.id)).toBeNull();
        const seeded = await second.toolDb();
        const rows = await (seeded as any).execute('SELECT n FROM seeded');
        expect(rows.rows).toEqual([{ n: 1 }]);
      } finally {
        await first.close();
        await second.close();
      }
    } finally {
      await template.close();
    }
    await expect(template.copy()).rejects.toThrow(/closed/);
  }, 120_000);

  it('loads every copy from one dump whose bytes each load gets a copy of', async () => {
    const dump = await DumpBlob.of(new Blob([new Uint8Array([1, 2, 3])]));
    expect(await DumpBlob.of(dump)).toBe(dump);
    expect(dump.size).toBe(3);
    const first = new Uint8Array(await dump.arrayBuffer());
    first[0] = 9;
    expect([...new Uint8Array(await dump.arrayBuffer())]).toEqual([1, 2, 3]);
    expect([...new Uint8Array(await dump.slice(1).arrayBuffer())]).toEqual([2, 3]);
  });
});
