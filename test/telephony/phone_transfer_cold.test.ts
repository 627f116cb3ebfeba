import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { computeAnalytics } from '../../src/analytics/computeAnalytics.ts';
import { traceStoreFor } from '../../src/store/traceStore.ts';
import type { TwilioRestDouble } from '../../testing/twilio/twilioRestDouble.ts';
import { findFirst, readTwiml } from '../../testing/twilio/twimlReader.ts';
import {
  DESK_NUMBER,
  startTransferCall,
  type TransferCall,
  twilioDouble,
} from '../support/telephony/transferCall.ts';
import { waitFor } from '../support/voice/waitFor.ts';

let twilio: TwilioRestDouble;
let call: TransferCall;

beforeAll(async () => {
  twilio = await twilioDouble({ [DESK_NUMBER]: 'answer' });
  for (const [name, value] of Object.entries(twilio.env())) vi.stubEnv(name, value);
});
afterEach(async () => call?.close());
afterAll(async () => {
  vi.unstubAllEnvs();
  await twilio.close();
});

describe('cold phone transfer: a handoff to Human puts the caller through to the desk number', () => {
  it('redirects the live call with <Dial>, records answer and time to answer, and hangs up after', async () => {
    call = await startTransferCall({
      twilio,
      phone: { target: DESK_NUMBER, timeoutSec: 12, callerId: '+15550009999' },
    });
    (await call.caller.stream()).speak();

    const completed = await waitFor(
      () => call.events('telephony.transfer.completed').then((e) => e[0]),
      'the outcome',
    );
    expect(completed).toMatchObject({ target: DESK_NUMBER, outcome: 'answered', returnedTo: null });
    expect(completed.timeToAnswerMs).toBeGreaterThanOrEqual(0);
    const [started] = await call.events('telephony.transfer.started');
    expect(started).toMatchObject({
      from: 'Billing',
      to: 'Human',
      target: DESK_NUMBER,
      mode: 'cold',
      callSid: call.caller.callSid,
    });
    const [answered] = await call.events('telephony.transfer.answered');
    expect(answered.timeToAnswerMs).toBe(completed.timeToAnswerMs);

    // What Twilio was told: the caller's call updated with a <Dial> to the desk, signed callbacks to us.
    const update = twilio.requests.find((r) => r.path.endsWith(`/Calls/${call.caller.callSid}.json`))!;
    const dial = findFirst(readTwiml(String(update.params.Twiml)), 'Dial')!;
    expect(dial.attrs).toMatchObject({ timeout: '12', callerId: '+15550009999' });
    expect(dial.attrs.action).toMatch(
      new RegExp(
        `^${call.server.url}/twilio/transfers/tr_[0-9a-f]+/action\\?graph=desk&conversation=${call.conversationId}$`,
      ),
    );
    expect(findFirst(dial, 'Number')!.text).toBe(DESK_NUMBER);
    await twilio.settle();
    const action = twilio.callbacks.find((c) => c.url === dial.attrs.action)!;
    expect(action.status).toBe(200);
    expect(action.body).toContain('<Hangup/>');
    expect(twilio.callbacks.every((c) => c.status === 200)).toBe(true);

    // The assistant left the call; the handoff went through policy and is on the trail.
    await call.caller.streams[0].closed;
    const handoffs = await call.sb.store.listHandoffs(call.conversationId);
    expect(handoffs.map((h) => [h.from, h.to, h.kind])).toEqual([['Billing', 'Human', 'handoff']]);
    const ended = (await call.sb.store.listEvents(call.conversationId)).find((e) => e.type === 'voice.ended');
    expect(ended?.data.reason).toBe('transferred');
    expect((await call.sb.store.getConversation(call.conversationId))!.status).toBe('ended');

    // Traces: the transfer is a trace of the conversation, with its ringing span.
    const traces = await waitFor(async () => {
      const all = await (await traceStoreFor(call.sb.store)).listTraces(call.conversationId);
      return all.find((t) => t.name === 'phone transfer');
    }, 'the transfer trace');
    expect(traces.metadata).toEqual({ transferId: completed.transferId, outcome: 'answered' });
    const spans = await (await traceStoreFor(call.sb.store)).listSpans(traces.traceId);
    expect(spans.map((s) => s.name).sort()).toEqual(['phone_transfer', 'ringing']);
    expect(spans.find((s) => s.name === 'phone_transfer')!.data).toMatchObject({
      outcome: 'answered',
      mode: 'cold',
    });

    // Analytics: transfer rate, answer rate and time to answer.
    const { telephony } = await computeAnalytics(call.sb.store, { graph: 'desk' });
    expect(telephony).toMatchObject({
      phoneConversations: 1,
      transfers: 1,
      answered: 1,
      transferRate: 1,
      answerRate: 1,
      byOutcome: { answered: 1 },
      timeToAnswer: { samples: 1, p50Ms: completed.timeToAnswerMs },
      callbacksRequested: 0,
    });
  });

  it('a forged transfer callback is refused (403) and changes nothing', async () => {
    call = await startTransferCall({ twilio, phone: { target: DESK_NUMBER } });
    (await call.caller.stream()).speak();
    await waitFor(() => call.events('telephony.transfer.completed').then((e) => e.length > 0), 'the outcome');
    const update = twilio.requests.find((r) => r.path.endsWith(`/Calls/${call.caller.callSid}.json`))!;
    const action = findFirst(readTwiml(String(update.params.Twiml)), 'Dial')!.attrs.action;
    const forged = await fetch(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': 'AAAA' },
      body: 'DialCallStatus=no-answer',
    });
    expect(forged.status).toBe(403);
    expect(await call.events('telephony.transfer.completed')).toHaveLength(1);
  });
});
