/**
 * Cascaded calls under load (`npm run bench:voice`): 1…100 concurrent Twilio callers on the cascaded
 * pipeline, each sending a 20 ms µ-law frame every 20 ms. Where a Realtime call forwards the frame to
 * the Realtime server, a cascaded call decodes it, buffers it and runs it through its own Silero VAD on
 * this machine: the figure is frame sent → the VAD has processed it, and whether it keeps up (frames
 * through the VAD of those sent; fewer sent than real time means the callers themselves were starved). Memory per call at the end. Callers and server share one Node process (the
 * figures include their contention). Quiet frames: no turn starts, so no STT, model or TTS runs. The
 * largest count runs again on the energy VAD: the pipeline's own cost apart from Silero's inference.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { startVoiceServer } from '../src/app/voiceServer.ts';
import { sileroOrEnergyTurnDetector } from '../src/voice/cascaded/sileroTurnDetector.ts';
import { transcriptSpeechToText } from '../src/voice/cascaded/speechToText.ts';
import { espeakTextToSpeech } from '../src/voice/cascaded/textToSpeech.ts';
import type { TurnDetector } from '../src/voice/cascaded/turnDetector.ts';
import { energyTurnDetector } from '../src/voice/cascaded/turnDetector.ts';
import { mulawToPcm16 } from '../src/voice/mulaw.ts';
import { voiceConfigFromEnv } from '../src/voice/voiceConfig.ts';
import { voiceSwitchboard } from '../test/support/voice/voiceFixture.ts';
import { twilioCaller } from './twilioBenchCaller.ts';

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
};
const ms = (v: number) => `${v.toFixed(2)} ms`;

/** The samples a frame decodes to, as the key its send time is filed under. */
const keyOf = (samples: Int16Array) =>
  Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength).toString('base64');

async function run(calls: number, seconds: number, vad: 'silero' | 'energy') {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let live = 0;
  const detectors: string[] = [];
  // The call's own VAD, timed: a frame's latency ends when its push has been processed.
  const detector = async (rate: number, settings: Parameters<typeof sileroOrEnergyTurnDetector>[1]) => {
    const inner: TurnDetector =
      vad === 'silero'
        ? await sileroOrEnergyTurnDetector(rate, settings)
        : energyTurnDetector(rate, settings);
    detectors.push(inner.name);
    live += 1;
    return {
      name: inner.name,
      close: async () => inner.close?.(),
      async push(samples: Int16Array) {
        const events = await inner.push(samples);
        const key = keyOf(samples);
        const at = sentAt.get(key);
        if (at !== undefined) {
          latencies.push(performance.now() - at);
          sentAt.delete(key);
        }
        return events;
      },
    } satisfies TurnDetector;
  };
  const sb = await voiceSwitchboard('support');
  const server = await startVoiceServer({
    switchboards: [sb],
    config: voiceConfigFromEnv(
      {},
      {
        twilioAuthToken: 'bench-token',
        pipeline: 'cascaded',
        greet: false, // steady-state audio in, not 100 greetings synthesized at once
        cascaded: { stt: transcriptSpeechToText([]), tts: espeakTextToSpeech(), detector },
      },
    ),
  });
  // The caller files each frame under its payload; the VAD sees decoded samples: filed under those.
  let framesSent = 0;
  const sent = {
    set: (payload: string, at: number) => {
      framesSent += 1;
      sentAt.set(keyOf(mulawToPcm16(new Uint8Array(Buffer.from(payload, 'base64')))), at);
    },
  };
  // A caller that could not connect is reported (ERR) and not waited for past a minute.
  const connectBy = performance.now() + 60_000;
  const allLive = (async () => {
    while (live < calls && performance.now() < connectBy) await sleep(5);
  })();
  const clock = { stopAt: Number.POSITIVE_INFINITY };
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage();
  const running = Array.from({ length: calls }, () =>
    twilioCaller(server.mediaUrl, 'bench-token', sent, clock, allLive).catch((e) =>
      console.log('ERR', e.message),
    ),
  );
  await allLive;
  clock.stopAt = performance.now() + seconds * 1000;
  await sleep((seconds * 1000) / 2);
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  const memory = { heap: (usage.heapUsed - base.heapUsed) / calls, rss: (usage.rss - base.rss) / calls };
  await Promise.all(running);
  await sleep(300);
  await server.close();
  await sb.store.close();
  return { latencies, memory, vad: detectors[0] ?? '?', live, framesSent };
}

export async function cascadedForwarding(counts: number[], seconds: number): Promise<void> {
  console.log(
    `\ncascaded calls: caller frame sent → through the call's VAD on the server (Twilio leg, greeting off), ${seconds} s per run`,
  );
  const line = async (calls: number, vad: 'silero' | 'energy') => {
    const { latencies, memory, vad: name, live, framesSent } = await run(calls, seconds, vad);
    const expected = live * seconds * 50;
    console.log(
      `  ${String(calls).padStart(3)} calls${live < calls ? ` (${live} connected)` : ''}, ${name.padEnd(9)}: p50 ${ms(pct(latencies, 50))}  p99 ${ms(pct(latencies, 99))}  frames through the VAD ${latencies.length} of ${framesSent} sent (${expected} at real time)` +
        (calls >= 25
          ? `  memory/call: heap ${(memory.heap / 1024).toFixed(0)} KiB, rss ${(memory.rss / 1024).toFixed(0)} KiB`
          : ''),
    );
  };
  for (const calls of counts) await line(calls, 'silero');
  // The same load with the energy VAD: what the pipeline costs apart from Silero's inference.
  await line(Math.max(...counts), 'energy');
}
