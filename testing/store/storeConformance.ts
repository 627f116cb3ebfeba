import { describe, expect, it } from 'vitest';
import type { ConversationStore } from '../../src/store/types.ts';
import { commitTurnConformance, conversationConformance } from './conformance/conversations.ts';
import { countRows, newConversation, suiteStore, turnOf, unique, user } from './conformance/fixtures.ts';
import { ledgerKeyConformance } from './conformance/ledgerKey.ts';
import { sessionItemsConformance } from './conformance/sessionItems.ts';
import { type RewriteStoredVersion, storedJsonConformance } from './conformance/storedJson.ts';
import { toolLedgerConformance } from './conformance/toolsAndSetup.ts';
import { turnLoadConformance } from './conformance/turnLoad.ts';

/** Storage that outlives a store: open, close, open again and find the data. */
export type DurableStorage = {
  open(): Promise<ConversationStore>;
  /** Removes the storage (temp directory, schema) after the test. */
  dispose(): Promise<void>;
};

export type StoreConformanceOptions = {
  /** For durable backends: fresh storage for the close-and-reopen test. */
  durable?: () => Promise<DurableStorage>;
  /**
   * For backends whose data can meet another release (`rewriteSqlStoredVersion` for the SQL stores):
   * rewrites the schema version recorded with stored JSON, so the suite can check that unknown
   * versions are refused.
   */
  rewriteStoredVersion?: RewriteStoredVersion;
};

/**
 * The behavioural contract of `ConversationStore`, run against every backend (memory, PGlite,
 * PostgreSQL) so they cannot drift apart. `factory` returns a migrated store; one store serves the
 * whole suite and tests keep apart by unique ids, graph names and table names.
 */
export function describeStoreConformance(
  name: string,
  factory: () => Promise<ConversationStore>,
  options: StoreConformanceOptions = {},
): void {
  describe(`ConversationStore conformance: ${name}`, () => {
    const current = suiteStore(factory);

    describe('conversations', () => conversationConformance(current));
    describe('commitTurn', () => commitTurnConformance(current));
    describe('session items', () => sessionItemsConformance(current));
    describe('tool ledger and setup', () => toolLedgerConformance(current));
    describe('tool ledger keys', () => ledgerKeyConformance(current));
    describe('turn load', () => turnLoadConformance(current));

    const { durable, rewriteStoredVersion } = options;
    if (rewriteStoredVersion)
      describe('stored JSON schema versions', () => storedJsonConformance(current, rewriteStoredVersion));

    // Only durable backends have storage that outlives the store.
    if (durable)
      describe('durability', () => {
        it('keeps conversations, turns, tool calls and setup across close and reopen', async () => {
          const storage = await durable();
          try {
            const first = await storage.open();
            const table = unique('seeded');
            await first.ensureSetup(`test:${table}`, [
              `create table ${table} (id integer primary key)`,
              `insert into ${table} (id) values (1)`,
            ]);
            const conv = await newConversation(first, { context: { step: 0 } });
            const committed = await first.commitTurn(
              turnOf(conv, {
                context: { step: 1 },
                handoffs: [
                  { turn: 1, from: 'triage', to: 'billing', reason: 'r', intent: null, kind: 'handoff' },
                ],
                events: [{ turn: 1, type: 'routing', data: { to: 'billing' } }],
              }),
            );
            await first.runToolOnce(
              { conversationId: conv.id, callId: 'c1', tool: 't', agent: 'billing', arguments: {} },
              async () => ({ ok: true }),
            );
            await first.close();

            const second = await storage.open();
            try {
              expect(await second.getConversation(conv.id)).toEqual(committed);
              expect((await second.getItems(conv.id)).map((s) => s.item)[0]).toEqual(user('question 1'));
              expect(await second.listHandoffs(conv.id)).toHaveLength(1);
              expect(await second.listEvents(conv.id)).toHaveLength(1);
              const replay = await second.runToolOnce(
                { conversationId: conv.id, callId: 'c1', tool: 't', agent: 'billing', arguments: {} },
                async () => ({ ok: false }),
              );
              expect(replay).toEqual({ result: { ok: true }, replayed: true, callId: 'c1' });
              await second.ensureSetup(`test:${table}`, [`insert into ${table} (id) values (2)`]);
              expect(await countRows(second, table)).toBe(1);
            } finally {
              await second.close();
            }
          } finally {
            await storage.dispose();
          }
        });
      });
  });
}
