import { startVoiceServer, type VoiceServer } from '../../../src/app/voiceServer.ts';
import { defineGraph } from '../../../src/graph/defineGraph.ts';
import type { PhoneTargetSpec } from '../../../src/graph/phoneTarget.ts';
import type { Switchboard } from '../../../src/runtime/switchboard.ts';
import type { ConversationStore } from '../../../src/store/types.ts';
import {
  type DoubleScript,
  type RealtimeDouble,
  startRealtimeDouble,
} from '../../../testing/realtime/index.ts';
import { DoubleCaller } from '../../../testing/twilio/twilioMediaCaller.ts';
import {
  type DialOutcome,
  startTwilioRestDouble,
  type TwilioRestDouble,
} from '../../../testing/twilio/twilioRestDouble.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../voice/voiceFixture.ts';
import { waitFor } from '../voice/waitFor.ts';

export const DESK_NUMBER = '+15550100000';
export const CALLER_NUMBER = '+15551230001';

/** A caller who asks Billing for a person: Billing's model calls transfer_to_Human. */
export const ASK_FOR_A_PERSON: DoubleScript = {
  turns: [
    {
      user: 'my invoice is wrong, put me through to a person',
      responses: [
        [
          {
            call: 'transfer_to_Human',
            arguments: {
              reason: 'caller disputes an invoice and asks for a person',
              intent: 'billing.dispute',
            },
          },
        ],
        [],
      ],
    },
  ],
};

export type TransferCall = {
  twilio: TwilioRestDouble;
  realtime: RealtimeDouble;
  server: VoiceServer;
  sb: Switchboard;
  caller: DoubleCaller;
  conversationId: string;
  events(type: string): Promise<Record<string, any>[]>;
  close(): Promise<void>;
};

/**
 * A phone call through the bridge to a graph whose Human has a phone target: the Realtime double
 * plays the model, the Twilio REST double plays Twilio (redirects, dials, callbacks), and a
 * DoubleCaller plays the caller's media streams. Needs TWILIO_* set to the double's env (the test stubs it).
 */
export async function startTransferCall(options: {
  twilio: TwilioRestDouble;
  phone: PhoneTargetSpec;
  script?: DoubleScript;
  /** The node's store (default a memory store); nodes sharing a PostgreSQL schema form a cluster. */
  store?: ConversationStore;
}): Promise<TransferCall> {
  const realtime = await startRealtimeDouble({ msPerChar: 2, script: options.script ?? ASK_FOR_A_PERSON });
  const { sb, server } = await startTransferNode({ ...options, realtime });
  const caller = new DoubleCaller(options.twilio, server.mediaUrl, CALLER_NUMBER);
  await caller.start('?graph=desk');
  const session = await waitFor(
    () => realtime.sessions[0]?.sessionHistory.length > 0 && realtime.sessions[0],
    'the Realtime session',
  );
  void session;
  const record = await waitFor(
    async () => (await sb.store.listConversations({ graph: 'desk' }))[0],
    'the conversation',
  );
  return {
    twilio: options.twilio,
    realtime,
    server,
    sb,
    caller,
    conversationId: record.id,
    async events(type) {
      return (await sb.store.listEvents(record.id)).filter((e) => e.type === type).map((e) => e.data);
    },
    async close() {
      caller.hangup();
      await options.twilio.settle();
      await server.close();
      await realtime.close();
    },
  };
}

/** One server node serving the `desk` graph (Billing, and Human with `phone`) on the Realtime double. */
export async function startTransferNode(options: {
  realtime: RealtimeDouble;
  phone: PhoneTargetSpec;
  store?: ConversationStore;
}): Promise<{ sb: Switchboard; server: VoiceServer }> {
  const graph = defineGraph({
    name: 'desk',
    entry: 'Billing',
    agents: [{ name: 'Billing', instructions: 'Resolve billing questions.', handoffs: [] }],
    phone: { Human: options.phone },
  });
  const sb = await voiceSwitchboard(graph, options.store);
  const server = await startVoiceServer({ switchboards: [sb], config: doubleVoiceConfig(options.realtime) });
  return { sb, server };
}

export async function twilioDouble(outcomes: Record<string, DialOutcome>): Promise<TwilioRestDouble> {
  return startTwilioRestDouble({ outcomes, ringMs: 30, talkMs: 30 });
}
