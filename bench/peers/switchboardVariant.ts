import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { defineGraph } from '../../src/graph/defineGraph.ts';
import { Switchboard } from '../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import { createPostgresStore } from '../../src/store/postgresStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import { defineTool } from '../../src/tools/defineTool.ts';
import { ScriptedAgentsModel } from './scriptedAgentsModel.ts';
import { INVOICE, type Runner, type Variant } from './workload.ts';

const lookupInvoice = defineTool({
  name: 'lookup_invoice',
  description: 'Look up an invoice by id',
  parameters: z.object({ invoiceId: z.string() }),
  execute: async () => INVOICE,
});

const graph = () =>
  defineGraph({
    name: 'peers',
    entry: 'Triage',
    agents: [
      { name: 'Triage', instructions: 'Route.', handoffs: ['Billing'] },
      {
        name: 'Billing',
        instructions: 'Billing.',
        handoffDescription: 'Invoices',
        tools: [lookupInvoice],
        handoffs: ['Triage'],
      },
    ],
  });

/** Switchboard with the full governed path (policy, payload validation, events, one commit per turn). */
function switchboardVariant(
  durability: Variant['durability'],
  openStore: () => Promise<{ store: ConversationStore; cleanup(): void }>,
): Variant {
  return {
    name: `Switchboard, ${durability}`,
    durability,
    async open(): Promise<Runner> {
      const { store, cleanup } = await openStore();
      const sb = await Switchboard.create({
        graph: graph(),
        store,
        analyzer: null,
        models: (agent) => ({
          model: new ScriptedAgentsModel(agent.name === 'Billing' ? 'Billing' : 'Triage'),
          path: 'llm',
        }),
      });
      return {
        start: async () => (await sb.createConversation()).id,
        turn: async (id, text) => (await sb.send(id as string, text)).reply,
        async close() {
          await store.close();
          cleanup();
        },
      };
    },
  };
}

export const switchboardMemory = switchboardVariant('memory', async () => ({
  store: createMemoryStore(),
  cleanup: () => {},
}));

export const switchboardPglite = switchboardVariant('PGlite (disk)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-peers-'));
  const store = await createPgliteStore({ dataDir: dir });
  await store.migrate();
  return { store, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
});

export const switchboardPostgres = (url: string, schema: string) =>
  switchboardVariant('PostgreSQL', async () => {
    const store = await createPostgresStore({ url, searchPath: schema });
    await store.migrate();
    return { store, cleanup: () => {} };
  });
