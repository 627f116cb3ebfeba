import { sql } from 'drizzle-orm';
import { createMemoryStore } from '../../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../../src/store/types.ts';
import { quotedText } from '../../../testing/realtime/doubleScript.ts';
import { type RealtimeDouble, startRealtimeDouble } from '../../../testing/realtime/index.ts';
import { DoubleCaller } from '../../../testing/twilio/twilioMediaCaller.ts';
import { startTwilioRestDouble, type TwilioRestDouble } from '../../../testing/twilio/twilioRestDouble.ts';
import { type ApiVoiceServer, startApiVoiceServer } from './apiVoiceServer.ts';
import { doubleVoiceConfig, voiceSwitchboard } from './voiceFixture.ts';
import { waitFor } from './waitFor.ts';

export const CALLER = '+15551230007';

/**
 * A phone caller of the support graph asks for the INV-2040 refund ($845.10, over the $500 limit):
 * Triage transfers to Billing, whose model calls issue_refund, which needs approval. The API and the
 * voice routes share one server (operators decide over `/v1/approvals`), the Realtime double plays
 * the model, the Twilio REST double posts the voice webhook, and the caller stays on the line until
 * the test hangs up.
 */
export async function startApprovalCall(options: { holdMs: number }) {
  const realtime: RealtimeDouble = await startRealtimeDouble({
    msPerChar: 1,
    script: {
      turns: [
        {
          user: 'I was charged twice, please refund invoice INV-2040',
          responses: [
            [
              {
                call: 'transfer_to_Billing',
                arguments: { reason: 'caller wants a refund', intent: 'billing.refund' },
              },
            ],
            [{ call: 'issue_refund', arguments: { invoiceId: 'INV-2040', reason: 'charged twice' } }],
            [],
          ],
        },
      ],
    },
  });
  const store: ConversationStore = createMemoryStore();
  const sb = await voiceSwitchboard('support', store);
  // The tools' database opens before the call: the first tool call of a process is not a database boot.
  await (await store.toolDb()).execute(sql`select 1`);
  const server: ApiVoiceServer = await startApiVoiceServer({
    switchboards: [sb],
    store,
    config: doubleVoiceConfig(realtime, { approvalHoldMs: options.holdMs }),
  });
  const twilio: TwilioRestDouble = await startTwilioRestDouble();
  const caller = new DoubleCaller(twilio, server.mediaUrl, CALLER);
  await caller.start('?graph=support');
  (await caller.stream()).speak();
  const session = await waitFor(() => server.sessions[0], 'the call');
  const conversationId = session.conversationId;
  const approval = await waitFor(
    async () => {
      const list = await server.request('GET', '/v1/approvals');
      return list.body.data.find((a: { conversationId: string }) => a.conversationId === conversationId);
    },
    'the pending refund',
    60_000,
  );
  return {
    realtime,
    store,
    server,
    caller,
    session,
    conversationId,
    approval: approval as { id: string; tool: string; reason: string },
    /** Everything the agent was told to say word for word on the call (hold, decision, callback). */
    said(): string[] {
      return realtime.sessions.flatMap((s) =>
        s.received
          .filter(
            (r) => r.event.type === 'response.create' && typeof r.event.response?.instructions === 'string',
          )
          .map((r) => quotedText(r.event.response.instructions)),
      );
    },
    async close() {
      caller.hangup();
      await twilio.close();
      await server.close();
      await realtime.close();
      await store.close();
    },
  };
}
