import { afterEach, describe, expect, it } from 'vitest';
import { startVoiceServer, type VoiceServer } from '../../src/app/voiceServer.ts';
import { MarkPlayout } from '../../src/voice/callerLeg.ts';
import { simulateTwilioCall } from '../../src/voice/callerSimulator.ts';
import { buzz, concat, silence } from '../../testing/audio/callerAudio.ts';
import { type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../support/voice/voiceFixture.ts';

/**
 * Issue #18 §3: with long audio chunks (1000 ms per Realtime delta) a barge-in truncated the agent's item
 * at the last mark Twilio echoed — 3000 ms when the caller had heard 3880 ms — so the model "remembered"
 * almost a second the caller never heard cut, and the stored words were cut short. What played since
 * the last echo counts, never more than was sent.
 */
describe('truncation counts the audio heard since the last confirmed mark', () => {
  it('adds the playback since the last echo, capped at what was sent (1000 ms chunks)', () => {
    let now = 0;
    const playout = new MarkPlayout(() => now);
    const marks = [1, 2, 3, 4].map(() => playout.recordSent('item_a', 1000));
    for (const [i, mark] of marks.slice(0, 3).entries()) {
      now = (i + 1) * 1000;
      playout.echoed(mark);
    }
    now = 3880;
    expect(playout.playedMs('item_a')).toBe(3000);
    expect(playout.heardMs('item_a')).toBe(3880);
    now = 60_000; // the last echo lost: never more than was sent
    expect(playout.heardMs('item_a')).toBe(4000);
  });

  it('counts from when a chunk arrived if the line had gone quiet, and not at all behind another item', () => {
    let now = 0;
    const playout = new MarkPlayout(() => now);
    const first = playout.recordSent('item_a', 1000);
    now = 1000;
    playout.echoed(first);
    now = 1500; // the next chunk arrives after the caller's buffer ran dry
    playout.recordSent('item_a', 1000);
    now = 1800;
    expect(playout.heardMs('item_a')).toBe(1300);
    playout.recordSent('item_b', 1000); // queued behind item_a's unconfirmed audio
    expect(playout.heardMs('item_b')).toBe(0);
    playout.clear();
    expect(playout.heardMs('item_a')).toBe(1000); // after a clear only what was confirmed is known
  });

  describe('a phone call with 1000 ms audio chunks', () => {
    let double: RealtimeDouble | undefined;
    let server: VoiceServer | undefined;
    afterEach(async () => {
      await server?.close();
      await double?.close();
    });

    it('truncates the answer at the audio the caller heard, not at the last echoed mark', async () => {
      const long =
        'Thanks for calling. Let me go through your account in detail, starting with the invoices from the last three months and every charge on them.';
      double = await startRealtimeDouble({
        chunkMs: 1000,
        script: {
          turns: [
            { user: 'tell me everything', responses: [[{ say: long }]] },
            { user: 'stop', responses: [[{ say: 'Sure.' }]] },
          ],
        },
      });
      const sb = await voiceSwitchboard('support');
      server = await startVoiceServer({ switchboards: [sb], config: doubleVoiceConfig(double) });
      const speech = () => concat(buzz('audio/pcmu', 700), silence('audio/pcmu', 300));
      const call = await simulateTwilioCall({
        url: server.mediaUrl,
        authToken: server.config.twilioAuthToken,
        parameters: { graph: 'support' },
        speed: 1, // the estimate is wall-clock playback: the caller must play in real time
        turns: [{ audio: speech() }, { audio: speech(), bargeInAfterMs: 3500 }],
      });
      const [truncation] = double.sessions[0].truncations;
      const [clear] = call.clears;
      expect(truncation).toBeDefined();
      expect(clear.heardMs).toBeGreaterThan(3500);
      // The caller heard `clear.heardMs` when the clear arrived; the truncation was computed a moment
      // before, at speech start. Before the fix it was the last echoed mark: a whole second (chunk) off.
      expect(truncation.audio_end_ms).toBeGreaterThan(3000);
      expect(truncation.audio_end_ms).toBeLessThanOrEqual(clear.heardMs + 20);
      // Loose enough for a loaded machine (the caller catches up on late frames), far below a chunk.
      expect(clear.heardMs - truncation.audio_end_ms).toBeLessThan(300);
    }, 30_000);
  });
});
