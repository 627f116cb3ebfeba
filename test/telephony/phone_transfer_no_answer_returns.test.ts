import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { computeAnalytics } from '../../src/analytics/computeAnalytics.ts';
import { returnMessage } from '../../src/telephony/phoneTransfers.ts';
import type { DialOutcome, TwilioRestDouble } from '../../testing/twilio/twilioRestDouble.ts';
import {
  CALLER_NUMBER,
  DESK_NUMBER,
  startTransferCall,
  type TransferCall,
  twilioDouble,
} from '../support/telephony/transferCall.ts';
import { waitFor } from '../support/voice/waitFor.ts';

let twilio: TwilioRestDouble;
let call: TransferCall;

beforeAll(async () => {
  twilio = await twilioDouble({});
  for (const [name, value] of Object.entries(twilio.env())) vi.stubEnv(name, value);
});
afterEach(async () => call?.close());
afterAll(async () => {
  vi.unstubAllEnvs();
  await twilio.close();
});

async function assistantTexts(c: TransferCall): Promise<string[]> {
  return (await c.sb.store.getItems(c.conversationId))
    .map((s) => s.item as any)
    .filter((i) => i.type === 'message' && i.role === 'assistant')
    .map((i) => i.content.map((p: any) => p.text ?? p.transcript ?? '').join(''));
}

describe('a phone transfer nobody takes returns the caller to the agent that transferred', () => {
  it.each<[DialOutcome, string]>([
    ['no-answer', 'no-answer'],
    ['busy', 'busy'],
    ['failed', 'failed'],
    ['voicemail', 'voicemail'],
  ])(
    '%s → back on the stream with Billing, told so, callback recorded, then the operator inbox',
    async (outcome, recorded) => {
      twilio.setOutcome(DESK_NUMBER, outcome);
      call = await startTransferCall({ twilio, phone: { target: DESK_NUMBER } });
      (await call.caller.stream()).speak();

      // Twilio put the call back on a media stream for the same conversation: through the signed
      // voice webhook, whose TwiML carries a fresh stream token for this call.
      const back = await waitFor(
        () => twilio.streams.filter((s) => s.callSid === call.caller.callSid)[1],
        'the return to the stream',
      );
      expect(Object.keys(back.parameters)).toEqual(['token']);
      const redirect = twilio.callbacks.find(
        (c) =>
          c.url.includes('/twilio/voice?') &&
          c.params.CallSid === call.caller.callSid &&
          c.url.includes('conversation='),
      )!;
      expect(new URL(redirect.url).searchParams.get('conversation')).toBe(call.conversationId);
      expect(redirect.status).toBe(200);
      await waitFor(() => call.caller.streams.length === 2, 'the second stream');
      const said = returnMessage(outcome as Exclude<DialOutcome, 'answer'>);
      await waitFor(async () => (await assistantTexts(call)).includes(said), 'Billing telling the caller');

      const [completed] = await call.events('telephony.transfer.completed');
      expect(completed).toMatchObject({ target: DESK_NUMBER, outcome: recorded, returnedTo: 'Billing' });
      const [callback] = await call.events('telephony.callback.requested');
      expect(callback).toMatchObject({ number: CALLER_NUMBER, transferId: completed.transferId });
      const handoffs = await call.sb.store.listHandoffs(call.conversationId);
      expect(handoffs.map((h) => [h.from, h.to, h.kind, h.intent])).toEqual([
        ['Billing', 'Human', 'handoff', 'billing.dispute'],
        ['Human', 'Billing', 'fallback', 'telephony.transfer_failed'],
      ]);
      expect((await call.sb.store.getConversation(call.conversationId))!.activeAgent).toBe('Billing');
      // The second Realtime session is Billing's, with Billing's tools (the way to Human is still there).
      const second = call.realtime.sessions[1];
      expect(second.sessionHistory.at(-1)!.tools.map((t: any) => t.name)).toContain('transfer_to_Human');

      const { telephony } = await computeAnalytics(call.sb.store, { graph: 'desk' });
      expect(telephony).toMatchObject({
        transfers: 1,
        answered: 0,
        answerRate: 0,
        byOutcome: { [recorded]: 1 },
        callbacksRequested: 1,
      });

      // The caller hangs up: the callback request waits for a person in the operator inbox.
      call.caller.hangup();
      await waitFor(
        async () => (await call.sb.store.getConversation(call.conversationId))!.status === 'awaiting_human',
        'the operator inbox',
      );
    },
  );
});
