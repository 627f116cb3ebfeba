import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVoiceServer, type VoiceServer } from '../../src/app/voiceServer.ts';
import type { Switchboard } from '../../src/runtime/switchboard.ts';
import { type CallResult, simulateTwilioCall } from '../../src/voice/callerSimulator.ts';
import { mulawToPcm16 } from '../../src/voice/mulaw.ts';
import { hasEspeak, speakMulaw } from '../../testing/audio/callerAudio.ts';
import { type RealtimeDouble, startRealtimeDouble, voiceToneHz } from '../../testing/realtime/index.ts';
import { toneShare } from '../support/voice/toneAnalysis.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../support/voice/voiceFixture.ts';
import { waitFor } from '../support/voice/waitFor.ts';

const LONG_ANSWER =
  'Sure, let me look at your webhooks. It can take a moment while I check the delivery logs, the retry queue and the last errors for your account.';

/**
 * Simulated caller (espeak-ng speech, mu-law 8 kHz, 20 ms frames) → /twilio/media → bridge →
 * Realtime double. Triage greets, hands off to Billing, Billing hands back to Triage, the caller
 * barges in on Triage's long answer, then hangs up.
 */
describe.skipIf(!hasEspeak())('phone call end to end (espeak-ng caller, Realtime double)', () => {
  let double: RealtimeDouble;
  let server: VoiceServer;
  let sb: Switchboard;
  let call: CallResult;
  let conversationId: string;

  beforeAll(async () => {
    double = await startRealtimeDouble({
      msPerChar: 30,
      script: {
        greeting: [{ say: 'Hi, thanks for calling Relay Cloud. How can I help?' }],
        turns: [
          {
            user: 'I was charged twice on my last invoice',
            responses: [
              [
                {
                  call: 'transfer_to_Billing',
                  arguments: { reason: 'caller reports a double charge', intent: 'billing.double_charge' },
                },
              ],
              [{ say: 'I can help with that. What is the invoice number?' }],
            ],
          },
          {
            user: 'actually my webhooks keep failing',
            responses: [
              [
                {
                  call: 'transfer_to_Triage',
                  arguments: { reason: 'caller moved on to webhooks', intent: 'tech.webhooks' },
                },
              ],
              [{ say: LONG_ANSWER }],
            ],
          },
          { user: 'wait, one more thing', responses: [[{ say: 'Of course, go ahead.' }]] },
        ],
      },
    });
    sb = await voiceSwitchboard('support');
    server = await startVoiceServer({
      switchboards: [sb],
      config: doubleVoiceConfig(double, {
        greet: true,
        defaultVoice: 'marin',
        agentVoices: { Billing: 'cedar' },
      }),
    });
    call = await simulateTwilioCall({
      url: server.mediaUrl,
      authToken: server.config.twilioAuthToken,
      parameters: { graph: 'support' },
      speed: 4,
      turns: [
        { audio: speakMulaw('I was charged twice on my last invoice'), label: 'double charge' },
        { audio: speakMulaw('Actually, my webhooks keep failing.'), label: 'topic change' },
        { audio: speakMulaw('Wait, one more thing.'), label: 'barge-in', bargeInAfterMs: 900 },
      ],
    });
    conversationId = (await sb.store.listConversations({ graph: 'support' }))[0].id;
    await waitFor(
      async () => (await sb.store.getConversation(conversationId))?.status === 'ended',
      'the call to end',
    );
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await double?.close();
  });

  it('keeps one Realtime connection and persists the transcript, turn by turn, in chat shapes', async () => {
    expect(double.sessions).toHaveLength(1);
    expect(double.sessions[0].errors).toEqual([]);
    const items = (await sb.store.getItems(conversationId)).map((s) => ({
      agent: s.agent,
      turn: s.turn,
      item: s.item as any,
    }));
    const said = items.map(({ agent, item }) =>
      item.role === 'user'
        ? `user: ${item.content}`
        : item.name
          ? `${agent} ${item.type}: ${item.name}`
          : `${agent}: ${item.content[0].text}`,
    );
    expect(said).toEqual([
      'Triage: Hi, thanks for calling Relay Cloud. How can I help?',
      'user: I was charged twice on my last invoice',
      'Triage function_call: transfer_to_Billing',
      'Triage function_call_result: transfer_to_Billing',
      'Billing: I can help with that. What is the invoice number?',
      'user: actually my webhooks keep failing',
      'Billing function_call: transfer_to_Triage',
      'Billing function_call_result: transfer_to_Triage',
      expect.stringMatching(/^Triage: Sure, let me .*…$/),
      'user: wait, one more thing',
      'Triage: Of course, go ahead.',
    ]);
    expect(items.map((i) => i.turn)).toEqual([1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4]);
    // What was stored of the interrupted answer is the beginning the caller heard, word for word.
    const cut = said[8].slice('Triage: '.length, -1);
    expect(LONG_ANSWER.startsWith(cut)).toBe(true);
    expect(cut.length).toBeLessThan(LONG_ANSWER.length / 2);
    const record = await sb.store.getConversation(conversationId);
    expect(record).toMatchObject({ status: 'ended', activeAgent: 'Triage', handoffCount: 2, turnCount: 4 });
  });

  it('records the handoff trail with reasons and intents, as chat does', async () => {
    const trail = (await sb.store.listHandoffs(conversationId)).map(
      ({ from, to, reason, intent, kind, turn }) => ({ from, to, reason, intent, kind, turn }),
    );
    expect(trail).toEqual([
      {
        from: 'Triage',
        to: 'Billing',
        reason: 'caller reports a double charge',
        intent: 'billing.double_charge',
        kind: 'handoff',
        turn: 2,
      },
      {
        from: 'Billing',
        to: 'Triage',
        reason: 'caller moved on to webhooks',
        intent: 'tech.webhooks',
        kind: 'handoff',
        turn: 3,
      },
    ]);
  });

  it('sends the caller valid mu-law 8 kHz before and after both handoffs (never 24 kHz PCM)', async () => {
    const updates = double.sessions[0].received.filter(
      (r) => r.event.type === 'session.update' && r.event.session.audio,
    );
    expect(updates.length).toBeGreaterThanOrEqual(3); // connect + two handoffs
    for (const { event } of updates) {
      expect(event.session.audio.input.format).toEqual({ type: 'audio/pcmu' });
      expect(event.session.audio.output.format).toEqual({ type: 'audio/pcmu' });
    }
    const items = [...new Set(call.chunks.map((c) => c.itemId))];
    expect(items.length).toBeGreaterThanOrEqual(4); // greeting, Billing, Triage (long), Triage (last)
    const hz = voiceToneHz('marin');
    for (const itemId of items) {
      const bytes = Buffer.concat(call.chunks.filter((c) => c.itemId === itemId).map((c) => c.audio));
      const share = toneShare(mulawToPcm16(new Uint8Array(bytes)), 8000, hz);
      // The same bytes read as 24 kHz PCM16 would not carry the tone: the format is what makes it clean.
      expect(share, `item ${itemId}`).toBeGreaterThan(0.8);
      const asPcm = new Int16Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 2));
      expect(toneShare(asPcm, 24000, hz)).toBeLessThan(0.2);
    }
  });

  it('keeps the first voice after audio started and says so', async () => {
    const events = await sb.store.listEvents(conversationId);
    expect(events.find((e) => e.type === 'voice.kept')?.data).toMatchObject({
      requested: 'cedar',
      kept: 'marin',
    });
    for (const s of double.sessions[0].sessionHistory)
      if (s !== double.sessions[0].sessionHistory[0]) expect(s.audio.output.voice).toBe('marin');
  });

  it('barges in: clear to Twilio, truncation at the audio the caller actually heard', async () => {
    expect(call.turns[2].bargeIn).toBe(true);
    expect(call.clears.length).toBeGreaterThanOrEqual(1);
    const [truncation] = double.sessions[0].truncations;
    expect(truncation).toBeDefined();
    const clear = call.clears.find((c) => c.itemId === truncation.item_id);
    expect(clear).toBeDefined();
    // Marks only echo played audio, so the cut is at or before what the caller had heard when cleared.
    expect(truncation.audio_end_ms).toBeLessThanOrEqual(clear!.heardMs);
    expect(truncation.audio_end_ms).toBeGreaterThanOrEqual(clear!.heardMs - 600);
    expect(truncation.audio_end_ms).toBeGreaterThanOrEqual(900);
    expect(truncation.audio_end_ms).toBeLessThan(truncation.audioMs);
    const interrupted = (await sb.store.listEvents(conversationId)).find(
      (e) => e.type === 'voice.interrupted',
    );
    expect(interrupted?.data).toMatchObject({
      agent: 'Triage',
      itemId: truncation.item_id,
      heardMs: truncation.audio_end_ms,
    });
    expect(double.sessions[0].errors.map((e) => e.code)).not.toContain('response_cancel_not_active');
  });

  it('ends cleanly on stop and the same conversation continues as a chat', async () => {
    const events = await sb.store.listEvents(conversationId);
    const endings = events.filter((e) => e.type === 'voice.ended');
    expect(endings.map((e) => e.data.reason)).toEqual(['caller_hung_up']);
    expect(events.find((e) => e.type === 'voice.started')?.data).toMatchObject({
      channel: 'phone',
      callSid: call.callSid,
    });
    // No reopening step: a message to a conversation a call ended continues it.
    const turn = await sb.send(conversationId, 'hello again');
    expect(turn.conversationId).toBe(conversationId);
    const history = await sb.store.getItems(conversationId);
    expect(history.length).toBeGreaterThan(11);
    expect((history[1].item as any).content).toBe('I was charged twice on my last invoice');
  });
});
