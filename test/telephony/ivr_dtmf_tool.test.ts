import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startVoiceServer, type VoiceServer } from '../../src/app/voiceServer.ts';
import { defineGraph } from '../../src/graph/defineGraph.ts';
import type { Switchboard } from '../../src/runtime/switchboard.ts';
import { DTMF_FREQUENCIES } from '../../src/telephony/dtmfTones.ts';
import { sendDtmfTool } from '../../src/telephony/dtmfTool.ts';
import { mulawToPcm16 } from '../../src/voice/mulaw.ts';
import { type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { DoubleCaller } from '../../testing/twilio/twilioMediaCaller.ts';
import { startTwilioRestDouble, type TwilioRestDouble } from '../../testing/twilio/twilioRestDouble.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../support/voice/voiceFixture.ts';
import { waitFor } from '../support/voice/waitFor.ts';

/** Energy of `hz` in `samples` (Goertzel), normalised by length. */
function power(samples: Int16Array, hz: number): number {
  const k = 2 * Math.cos((2 * Math.PI * hz) / 8000);
  let s1 = 0;
  let s2 = 0;
  for (const x of samples) {
    const s0 = x + k * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  return (s1 * s1 + s2 * s2 - k * s1 * s2) / samples.length ** 2;
}

let twilio: TwilioRestDouble;
let realtime: RealtimeDouble;
let server: VoiceServer;
let sb: Switchboard;

beforeAll(async () => {
  twilio = await startTwilioRestDouble();
  for (const [name, value] of Object.entries(twilio.env())) vi.stubEnv(name, value);
  realtime = await startRealtimeDouble({
    msPerChar: 2,
    script: {
      turns: [
        {
          user: 'for appointments press 2',
          responses: [[{ call: 'send_dtmf', arguments: { digits: '2' } }], [{ say: 'Pressed two.' }]],
        },
      ],
    },
  });
  const graph = defineGraph({
    name: 'ivr',
    entry: 'Caller',
    agents: [{ name: 'Caller', instructions: 'Get through the menu.', tools: [sendDtmfTool()] }],
  });
  sb = await voiceSwitchboard(graph);
  server = await startVoiceServer({ switchboards: [sb], config: doubleVoiceConfig(realtime) });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
  await realtime.close();
  await twilio.close();
});

describe('an agent navigates an IVR with the send_dtmf tool', () => {
  it('the keys are played into the call as DTMF tones the far end can detect', async () => {
    const ivr = new DoubleCaller(twilio, server.mediaUrl);
    await ivr.start('?graph=ivr');
    await waitFor(() => realtime.sessions[0]?.sessionHistory.length > 0, 'the session');
    (await ivr.stream()).speak();
    const result = await waitFor(async () => {
      const events = await sb.store.listConversations({ graph: 'ivr' });
      const all = events[0] ? await sb.store.listEvents(events[0].id) : [];
      return all.find((e) => e.type === 'tool.result' && e.data.tool === 'send_dtmf');
    }, 'the tool result');
    expect(result.data.result).toEqual({ sent: '2' });
    const heard = mulawToPcm16(Buffer.concat((await ivr.stream()).agentAudio));
    // Some 120 ms window holds both tones of key 2 (697 Hz + 1336 Hz) strongly, and not key 9's pair.
    const [low, high] = DTMF_FREQUENCIES['2'];
    const windows: { low: number; high: number; other: number }[] = [];
    for (let at = 0; at + 960 <= heard.length; at += 160) {
      const w = heard.subarray(at, at + 960);
      windows.push({ low: power(w, low), high: power(w, high), other: power(w, 852) + power(w, 1477) });
    }
    const keyTwo = windows.filter(
      (w) => Math.min(w.low, w.high) > 1e6 && Math.min(w.low, w.high) > 100 * w.other,
    );
    expect(keyTwo.length).toBeGreaterThan(0);
    ivr.hangup();
  });

  it('refuses anything but keypad digits', async () => {
    const tool = sendDtmfTool();
    const run = (digits: string) => (tool as any).execute({ digits }, { conversationId: 'none', state: {} });
    expect(await run('12a')).toEqual({
      error: 'digits may only contain 0-9, *, #, and w (a pause), at most 64 keys',
    });
    expect(await run('12')).toEqual({ error: 'there is no phone call to send keys on' });
  });
});
