import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Switchboard } from '../../src/runtime/switchboard.ts';
import { VoiceSession } from '../../src/voice/voiceSession.ts';
import { buzz, concat, frames, silence } from '../../testing/audio/callerAudio.ts';
import { type RealtimeDouble, type Responder, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { RecordingLeg } from '../support/voice/recordingLeg.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../support/voice/voiceFixture.ts';
import { voiceTestGraph } from '../support/voice/voiceTestGraph.ts';
import { waitFor } from '../support/voice/waitFor.ts';

/**
 * Issue #18 §3: Triage hands the caller to Billing; the caller talks over Billing's first answer (still
 * held, unheard, in their playback buffer) and asks to go back. Billing's tools of the handoff turn
 * have no `transfer_to_Triage` (ping-pong), the caller's new turn does: the session must carry the new
 * tools before the model starts answering that turn, or the model answers with the old ones and the
 * caller stays with Billing. The double's "model" behaves as a real one: it can only call a tool the
 * session offers when its response starts.
 */
const LONG_ANSWER =
  'Happy to help with billing. I can see your account here and I am going to walk you through every charge on your last three invoices one by one.';

function handbackResponder(toolsSeen: string[][]): Responder {
  return {
    transcript: (turn) => (turn === 1 ? 'billing please' : 'no wait, take me back to the main menu'),
    respond(ctx) {
      if (ctx.instructions) return [];
      const tools = ctx.session.tools.map((t) => t.name);
      if (ctx.turn === 1 && ctx.responseInTurn === 0)
        return [
          { call: 'transfer_to_Billing', arguments: { reason: 'billing question', intent: 'billing' } },
        ];
      if (ctx.turn === 1) return [{ say: LONG_ANSWER }];
      if (ctx.responseInTurn === 0) {
        toolsSeen.push(tools);
        return tools.includes('transfer_to_Triage')
          ? [
              {
                call: 'transfer_to_Triage',
                arguments: { reason: 'caller wants the main menu', intent: 'other' },
              },
            ]
          : [{ say: 'I can only help with billing.' }];
      }
      return [{ say: 'Triage here, how can I help?' }];
    },
  };
}

describe('barge-in right after a handoff', () => {
  let double: RealtimeDouble | undefined;
  let call: VoiceSession | undefined;
  afterEach(async () => {
    await call?.end('test over');
    await double?.close();
  });

  async function start(toolsSeen: string[][]): Promise<{ sb: Switchboard; leg: RecordingLeg }> {
    double = await startRealtimeDouble({ msPerChar: 20, responder: () => handbackResponder(toolsSeen) });
    const sb = await voiceSwitchboard(voiceTestGraph().graph);
    // Manual playback: the caller has heard nothing of Billing's answer, which is held until heard.
    const leg = new RecordingLeg('audio/pcmu', false);
    call = await VoiceSession.start({
      switchboard: sb,
      config: doubleVoiceConfig(double),
      leg,
      channel: 'phone',
    });
    return { sb, leg };
  }

  const utterance = () => frames(concat(buzz('audio/pcmu', 600), silence('audio/pcmu', 700)), 'audio/pcmu');

  async function bargeIn(leg: RecordingLeg, paced: boolean): Promise<void> {
    for (const frame of utterance()) call!.sendAudio(frame);
    await waitFor(() => call!.activeAgent === 'Billing' && leg.chunks.length > 0, "Billing's answer");
    await waitFor(
      () => double!.sessions[0].received.some((r) => r.event.type === 'response.create'),
      "Billing's response",
    );
    await sleep(50); // Billing's answer generated, held until heard
    for (const frame of utterance()) {
      call!.sendAudio(frame);
      if (paced) await sleep(20); // a caller speaking in real time
    }
  }
  let seen: string[][] = [];

  for (const paced of [true, false])
    it(`${paced ? 'paced speech' : 'a burst of caller audio (network stall)'}: the handback to Triage is offered and taken`, async () => {
      seen = [];
      const { sb, leg } = await start(seen);
      await bargeIn(leg, paced);
      await waitFor(() => seen.length > 0, 'the barge-in turn to be answered');
      expect(seen[0]).toContain('transfer_to_Triage');
      await waitFor(() => call!.activeAgent === 'Triage', 'the handback');
      // The call opens without a greeting: the first audio is Billing's, any other item is Triage's answer.
      await waitFor(() => leg.chunks.some((c) => c.itemId !== leg.chunks[0].itemId), "Triage's answer");
      await call!.end('test over'); // writes what is still held
      const trail = (await sb.store.listHandoffs(call!.conversationId)).map(
        (h) => `${h.from}>${h.to}:${h.kind}`,
      );
      expect(trail).toEqual(['Triage>Billing:handoff', 'Billing>Triage:handoff']);
      expect(double!.sessions[0].errors).toEqual([]);
      expect(call!.realtimeErrors).toEqual([]);
    }, 30_000);
});
