import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_HOLD_URL } from '../../src/telephony/warmTransfer.ts';
import type { TwilioRestDouble } from '../../testing/twilio/twilioRestDouble.ts';
import { findFirst, readTwiml } from '../../testing/twilio/twimlReader.ts';
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

const completedOf = (c: TransferCall) =>
  waitFor(() => c.events('telephony.transfer.completed').then((e) => e[0]), 'the outcome');

describe('warm phone transfer: hold in a conference, brief the person, then join them', () => {
  it('the caller holds with music, the person hears the briefing from the trail, then both are in the room', async () => {
    twilio.setOutcome(DESK_NUMBER, 'answer');
    call = await startTransferCall({ twilio, phone: { target: DESK_NUMBER, mode: 'warm', timeoutSec: 25 } });
    (await call.caller.stream()).speak();
    const completed = await completedOf(call);
    expect(completed).toMatchObject({ outcome: 'answered', returnedTo: null, target: DESK_NUMBER });
    await twilio.settle();

    // The caller's call: on hold in the transfer's room, with hold audio, until the person joins.
    const caller = twilio.calls.get(call.caller.callSid)!;
    const hold = findFirst(readTwiml(caller.twiml.at(-1)!), 'Conference')!;
    expect(hold.attrs).toMatchObject({ waitUrl: DEFAULT_HOLD_URL, startConferenceOnEnter: 'false' });
    // The person's call: dialled from our number with AMD; the briefing is what their leg hears first.
    const person = [...twilio.calls.values()].find(
      (c) => c.direction === 'outbound-api' && c.to === DESK_NUMBER,
    )!;
    expect(person.from).toBe('+15550009999');
    const [briefing] = person.heard;
    expect(briefing).toContain('caller disputes an invoice and asks for a person');
    expect(briefing).toContain('Topic: billing dispute');
    expect(briefing).toContain('Handled so far by Billing');
    expect(briefing).toContain(CALLER_NUMBER.replace(/\d/g, (d) => `${d} `).trim());
    const join = findFirst(readTwiml(person.twiml[0]), 'Conference')!;
    expect(join.text).toBe(hold.text);
    expect(twilio.conferences.get(hold.text)).toEqual([call.caller.callSid, person.sid]);
    // The assistant left; the caller's stream is closed.
    await call.caller.streams[0].closed;
    expect(call.caller.streams).toHaveLength(1);
    const request = twilio.requests.find((r) => r.path.endsWith('/Calls.json'))!;
    expect(request.params).toMatchObject({ MachineDetection: 'Enable', AsyncAmd: 'true', Timeout: '25' });
  });

  it('nobody answers: the person’s call ends unanswered and the caller leaves hold, back with Billing', async () => {
    twilio.setOutcome(DESK_NUMBER, 'no-answer');
    call = await startTransferCall({ twilio, phone: { target: DESK_NUMBER, mode: 'warm' } });
    (await call.caller.stream()).speak();
    expect(await completedOf(call)).toMatchObject({ outcome: 'no-answer', returnedTo: 'Billing' });
    await waitFor(() => call.caller.streams.length === 2, 'the caller back on the stream');
    expect((await call.sb.store.getConversation(call.conversationId))!.activeAgent).toBe('Billing');
  });

  it('a voicemail picks up: the person’s leg is hung up and the caller comes back', async () => {
    twilio.setOutcome(DESK_NUMBER, 'voicemail');
    call = await startTransferCall({ twilio, phone: { target: DESK_NUMBER, mode: 'warm' } });
    (await call.caller.stream()).speak();
    expect(await completedOf(call)).toMatchObject({ outcome: 'voicemail', returnedTo: 'Billing' });
    await waitFor(() => call.caller.streams.length === 2, 'the caller back on the stream');
    const person = [...twilio.calls.values()].find(
      (c) => c.direction === 'outbound-api' && c.to === DESK_NUMBER && c.answeredBy === 'machine_end_beep',
    )!;
    expect(person.status).toBe('completed');
    expect(person.heard).toEqual([]);
  });
});
