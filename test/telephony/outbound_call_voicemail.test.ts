import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { startVoiceServer, type VoiceServer } from '../../src/app/voiceServer.ts';
import { dial } from '../../src/cli/dialCommand.ts';
import { defineGraph } from '../../src/graph/defineGraph.ts';
import type { Switchboard } from '../../src/runtime/switchboard.ts';
import { type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { DoubleCaller } from '../../testing/twilio/twilioMediaCaller.ts';
import { startTwilioRestDouble, type TwilioRestDouble } from '../../testing/twilio/twilioRestDouble.ts';
import { findFirst, readTwiml } from '../../testing/twilio/twimlReader.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../support/voice/voiceFixture.ts';
import { waitFor } from '../support/voice/waitFor.ts';

const MACHINE = '+15557770001';
const PERSON = '+15557770002';
const OUR_NUMBER = '+15550009999';

let twilio: TwilioRestDouble;
let realtime: RealtimeDouble;
let server: VoiceServer;
let sb: Switchboard;

beforeAll(async () => {
  twilio = await startTwilioRestDouble({
    outcomes: { [MACHINE]: 'voicemail', [PERSON]: 'answer' },
    ringMs: 20,
  });
  for (const [name, value] of Object.entries(twilio.env())) vi.stubEnv(name, value);
  vi.stubEnv('TWILIO_FROM_NUMBER', OUR_NUMBER);
  realtime = await startRealtimeDouble({ msPerChar: 2, script: { turns: [] } });
  const graph = defineGraph({
    name: 'reminders',
    entry: 'Reminder',
    context: z.object({ name: z.string(), appointment: z.string() }),
    voicemail:
      'Hi {name}, this is a reminder of your appointment on {appointment}. Call us back to change it.',
    agents: [{ name: 'Reminder', instructions: 'Remind the customer of their appointment.' }],
  });
  sb = await voiceSwitchboard(graph);
  server = await startVoiceServer({
    switchboards: [sb],
    config: doubleVoiceConfig(realtime),
    authenticate: async () => ({ tenant: null }),
  });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await twilio.close();
  await server.close();
  await realtime.close();
});

const placeCall = (body: Record<string, unknown>) =>
  fetch(`${server.url}/v1/calls`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const outcomeOf = (conversationId: string) =>
  waitFor(
    async () =>
      (await sb.store.listEvents(conversationId)).find((e) => e.type === 'telephony.outbound.completed')
        ?.data,
    'the outbound outcome',
  );

describe('outbound calls: POST /v1/calls, answering-machine detection, voicemail', () => {
  it('a machine answers: the graph’s voicemail, filled from the context, is left and the call hangs up', async () => {
    const response = await placeCall({
      graph: 'reminders',
      to: MACHINE,
      context: { name: 'Ada', appointment: 'Friday at 3 pm' },
    });
    expect(response.status).toBe(201);
    const { callSid, conversationId } = (await response.json()) as {
      callSid: string;
      conversationId: string;
    };
    const message =
      'Hi Ada, this is a reminder of your appointment on Friday at 3 pm. Call us back to change it.';
    expect(await outcomeOf(conversationId)).toMatchObject({
      outcome: 'voicemail',
      answeredBy: 'machine_end_beep',
      message,
    });
    await twilio.settle();
    const call = twilio.calls.get(callSid)!;
    expect(call).toMatchObject({ to: MACHINE, from: OUR_NUMBER, status: 'completed', heard: [message] });
    const created = twilio.requests.find((r) => r.path.endsWith('/Calls.json') && r.params.To === MACHINE)!;
    expect(created.params).toMatchObject({
      MachineDetection: 'DetectMessageEnd',
      AsyncAmd: 'true',
      From: OUR_NUMBER,
    });
    // The TwiML sends the answered call to the signed voice webhook for its conversation (which
    // would issue the stream token); a machine never gets that far.
    const redirect = findFirst(readTwiml(String(created.params.Twiml)), 'Redirect')!;
    expect(redirect.text).toBe(`${server.url}/twilio/voice?graph=reminders&conversation=${conversationId}`);
    expect(twilio.streams.some((s) => s.callSid === callSid)).toBe(false);
  });

  it('a person answers: the call’s stream enters the graph with the given context', async () => {
    const person = new DoubleCaller(twilio, server.mediaUrl, undefined, undefined, PERSON);
    const response = await placeCall({
      graph: 'reminders',
      to: PERSON,
      context: { name: 'Grace', appointment: 'Monday at 9 am' },
    });
    const { conversationId } = (await response.json()) as { conversationId: string };
    expect(await outcomeOf(conversationId)).toMatchObject({ outcome: 'answered', answeredBy: 'human' });
    await waitFor(() => person.streams.length === 1, 'the answered call’s stream');
    const session = await waitFor(
      () => realtime.sessions.at(-1)?.sessionHistory.at(-1),
      'the Realtime session',
    );
    expect(session.instructions).toContain('Grace');
    person.hangup();
    const started = await waitFor(
      async () => (await sb.store.listEvents(conversationId)).find((e) => e.type === 'voice.started'),
      'the call on the conversation',
    );
    expect(started.data).toMatchObject({ channel: 'phone', callSid: person.callSid });
  });

  it('switchboard dial asks the server, and says plainly what is wrong', async () => {
    const placed = await dial({
      graph: 'reminders',
      to: MACHINE,
      context: '{"name":"Alan","appointment":"today"}',
      server: server.url,
    });
    expect(await outcomeOf(placed.conversationId)).toMatchObject({ outcome: 'voicemail' });
    await expect(dial({ graph: 'reminders', to: '0100', server: server.url })).rejects.toThrow(
      '--to "0100" must be an E.164 number like +14155550100',
    );
    await expect(
      dial({ graph: 'reminders', to: MACHINE, context: '[1]', server: server.url }),
    ).rejects.toThrow(/--context must be a JSON object/);
    await expect(dial({ graph: 'nope', to: MACHINE, server: server.url })).rejects.toThrow(
      'the server refused the call (404): graph "nope" is not served here',
    );
  });

  it('bad requests get a 400 with the reason', async () => {
    const bad = await placeCall({
      graph: 'reminders',
      to: '555-0100',
      context: { name: 'A', appointment: 'B' },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(
      /to: must be an E\.164 number/,
    );
    const context = await placeCall({ graph: 'reminders', to: PERSON, context: { name: 1 } });
    expect(context.status).toBe(400);
    expect((await placeCall({ graph: 'nope', to: PERSON })).status).toBe(404);
  });
});
