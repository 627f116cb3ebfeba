import { afterAll, describe, expect, it, vi } from 'vitest';
import { createPostgresStore } from '../../src/store/postgresStore.ts';
import { returnMessage } from '../../src/telephony/phoneTransfers.ts';
import { startTwilioRestDouble } from '../../testing/twilio/twilioRestDouble.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../support/store/postgresTestDb.ts';
import {
  CALLER_NUMBER,
  DESK_NUMBER,
  startTransferCall,
  startTransferNode,
} from '../support/telephony/transferCall.ts';
import { waitFor } from '../support/voice/waitFor.ts';

const pg = await postgresAvailability('phone_transfer_callback_on_other_node.test.ts');
const schema = uniqueSchema('sb_transfer');
afterAll(async () => {
  vi.unstubAllEnvs();
  if (!pg.skip) await dropSchema(schema);
});

const node = async () => {
  const store = await createPostgresStore({ url: TEST_DATABASE_URL, searchPath: schema });
  await store.migrate();
  return store;
};

describe('a phone transfer started on node A, reported by Twilio to node B (A gone meanwhile)', () => {
  it.skipIf(pg.skip)(
    'B reads the transfer from the shared store: the caller returns to Billing on B, told so, callback in the inbox',
    { timeout: 60_000 },
    async () => {
      const twilio = await startTwilioRestDouble({ outcomes: { [DESK_NUMBER]: 'no-answer' }, ringMs: 400 });
      for (const [name, value] of Object.entries(twilio.env())) vi.stubEnv(name, value);
      const storeA = await node();
      const storeB = await node();
      const call = await startTransferCall({ twilio, phone: { target: DESK_NUMBER }, store: storeA });
      const b = await startTransferNode({
        realtime: call.realtime,
        phone: { target: DESK_NUMBER },
        store: storeB,
      });
      try {
        // From now on Twilio reaches this deployment at node B (a load balancer would pick any node).
        call.server.config.publicUrl = b.server.url;
        (await call.caller.stream()).speak();
        await waitFor(
          () => twilio.requests.some((r) => r.path.endsWith(`/Calls/${call.caller.callSid}.json`)),
          'the redirect of the caller’s call by node A',
        );
        await call.server.close(); // node A is gone before Twilio reports anything

        await waitFor(() => call.caller.streams.length === 2, 'the caller back on a stream');
        expect(twilio.streams.at(-1)!.url.startsWith(b.server.url.replace('http', 'ws'))).toBe(true);
        const transferCallbacks = twilio.callbacks.filter((c) => c.url.includes('/twilio/transfers/'));
        expect(transferCallbacks.length).toBeGreaterThan(0);
        for (const c of transferCallbacks) {
          expect(c.url.startsWith(b.server.url)).toBe(true);
          expect(c.status).toBe(200);
        }

        const said = returnMessage('no-answer');
        await waitFor(async () => {
          const items = await storeB.getItems(call.conversationId);
          return items.some((s) => JSON.stringify(s.item).includes(said));
        }, 'Billing, on node B, telling the caller');
        const events = await storeB.listEvents(call.conversationId);
        const completed = events.find((e) => e.type === 'telephony.transfer.completed')!.data;
        expect(completed).toMatchObject({ outcome: 'no-answer', returnedTo: 'Billing', target: DESK_NUMBER });
        expect(events.find((e) => e.type === 'telephony.callback.requested')!.data).toMatchObject({
          number: CALLER_NUMBER,
          transferId: completed.transferId,
        });
        const handoffs = await storeB.listHandoffs(call.conversationId);
        expect(handoffs.map((h) => [h.from, h.to, h.kind])).toEqual([
          ['Billing', 'Human', 'handoff'],
          ['Human', 'Billing', 'fallback'],
        ]);
        expect((await storeB.getConversation(call.conversationId))!.activeAgent).toBe('Billing');

        call.caller.hangup();
        await waitFor(
          async () => (await storeB.getConversation(call.conversationId))!.status === 'awaiting_human',
          'the callback request in the operator inbox',
        );
        // Said once: a later call on the conversation does not hear it again.
        const saidTimes = (await storeB.getItems(call.conversationId)).filter((s) =>
          JSON.stringify(s.item).includes(said),
        ).length;
        expect(saidTimes).toBe(1);
      } finally {
        call.caller.hangup();
        await twilio.close();
        await b.server.close();
        await call.realtime.close();
        await storeA.close();
        await storeB.close();
      }
    },
  );
});
