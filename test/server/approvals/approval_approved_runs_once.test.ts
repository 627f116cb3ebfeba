import { afterAll, describe, expect, it } from 'vitest';
import { openGraphs } from '../../../src/app/startServer.ts';
import { createPostgresStore } from '../../../src/store/postgresStore.ts';
import type { ConversationStore } from '../../../src/store/types.ts';
import { refundAwaitingApproval, refundRows } from '../../support/server/approvals/approvalFixture.ts';
import { startTestServer, type TestServer } from '../../support/server/serverFixture.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../../support/store/postgresTestDb.ts';

/*
 * Issue #22.1: approve → the refund runs exactly once and Billing tells the customer. Two servers
 * share one PostgreSQL database (two nodes). Node A runs the refund and dies before its resumed turn
 * commits; the operator approves again on node B, which replays the refund from the ledger and
 * resumes; approving a third time (on A) changes nothing. One refund row in the end.
 */

/** Node A's store: the resumed turn (it starts with the decided call's result) never commits. */
function diesBeforeResumeCommit(store: ConversationStore): ConversationStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'commitTurn')
        return async (commit: Parameters<ConversationStore['commitTurn']>[0]) => {
          if ((commit.items[0]?.item as { type?: string } | undefined)?.type === 'function_call_result')
            throw new Error('node A died before committing the resumed turn');
          return target.commitTurn(commit);
        };
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const pg = await postgresAvailability('approval_approved_runs_once.test.ts');
const schema = uniqueSchema('sb_approval');
afterAll(() => (pg.skip ? undefined : dropSchema(schema)));

async function node(wrap: (s: ConversationStore) => ConversationStore = (s) => s): Promise<TestServer> {
  const store = wrap(await createPostgresStore({ url: TEST_DATABASE_URL, searchPath: schema }));
  await store.migrate();
  return startTestServer({ store, graphs: (s) => openGraphs(['support'], s, 'offline') });
}

describe('an approved refund on two nodes over one PostgreSQL database', () => {
  it.skipIf(pg.skip)(
    'runs once: a crash mid-resume, an approval on the other node, and a repeated approval add no refund',
    { timeout: 180_000 },
    async () => {
      const a = await node(diesBeforeResumeCommit);
      const b = await node();
      try {
        const key = (await a.keys.create({ tenant: 'acme' })).key;
        const { conversationId, approvalId } = await refundAwaitingApproval(a, key);
        // Node B sees the pending call node A stored.
        const onB = await b.request('GET', '/v1/approvals', { key });
        expect(onB.body.data.map((x: any) => x.id)).toEqual([approvalId]);

        const crashed = await a.request('POST', `/v1/approvals/${approvalId}/approve`, {
          key,
          body: { operator: 'dana' },
        });
        expect(crashed.status).toBe(500);
        expect(await refundRows(a.store)).toEqual([{ amount_cents: 84510, status: 'issued' }]);
        expect((await b.store.getConversation(conversationId))?.status).toBe('awaiting_approval');

        const resumed = await b.request('POST', `/v1/approvals/${approvalId}/approve`, {
          key,
          body: { operator: 'dana' },
        });
        expect(resumed.status).toBe(200);
        expect(resumed.body.approval).toMatchObject({
          status: 'approved',
          decidedBy: expect.stringMatching(/^dana/),
        });
        expect(resumed.body.turn).toMatchObject({ agent: 'Billing', status: 'active' });
        expect(resumed.body.turn.reply).toContain("I've refunded $845.10 on invoice INV-2040");
        expect(resumed.body.turn.toolCalls).toEqual([
          expect.objectContaining({ tool: 'issue_refund', replayed: true }),
        ]);

        const again = await a.request('POST', `/v1/approvals/${approvalId}/approve`, { key });
        expect(again.status).toBe(200);
        expect(again.body.turn).toBeNull();
        expect(await refundRows(b.store)).toEqual([{ amount_cents: 84510, status: 'issued' }]);
        const ledger = await b.store.listToolCalls(conversationId, 3); // turn 1 the read-back, 2 the yes, 3 the resumed turn
        expect(ledger.filter((r) => r.tool === 'issue_refund')).toHaveLength(1);
        expect((await b.store.getConversation(conversationId))?.status).toBe('active');
      } finally {
        await a.close();
        await b.close();
      }
    },
  );
});
