/**
 * Voice path figures, on this machine, no network:
 *
 * 1. Handoff machinery: transfer call received (`response.function_call_arguments.done` read off the
 *    Realtime socket) → `session.update` (new instructions and tools) and `response.create` written back.
 *    Model time excluded: what Switchboard itself adds to a live handoff. Target p99 ≤ 5 ms.
 * 2. Media frame forwarding: a Twilio caller's 20 ms frame sent → the same audio arriving at the Realtime
 *    server as `input_audio_buffer.append`, with 1, 25, 50 and 100 concurrent calls. Callers, server and
 *    Realtime double share one Node process, so the figures include their contention (pessimistic).
 * 3. Memory per live call (heap and RSS growth at 100 calls, after GC).
 * 4. Cascaded calls: a caller's 20 ms frame sent → through Silero VAD on the server, with the same call
 *    counts, and memory per call (bench/cascadedForwarding.ts).
 * 5. The cascaded pipeline's per-stage latency (bench/cascadedPipeline.ts; BENCH_CASCADED_CALLS=3).
 *
 *   npm run bench:voice              # BENCH_HANDOFFS=300 BENCH_CALL_SECONDS=5 BENCH_CALLS=1,25,50,100
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { setTracingDisabled } from '@openai/agents';
import { startVoiceServer } from '../src/app/voiceServer.ts';
import { VoiceSession } from '../src/voice/voiceSession.ts';
import { RecordingLeg } from '../test/support/voice/recordingLeg.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../test/support/voice/voiceFixture.ts';
import { voiceTestGraph } from '../test/support/voice/voiceTestGraph.ts';
import { buzz, concat, frames, silence } from '../testing/audio/callerAudio.ts';
import { type RealtimeDouble, startRealtimeDouble } from '../testing/realtime/index.ts';
import { cascadedForwarding } from './cascadedForwarding.ts';
import { cascadedPipeline } from './cascadedPipeline.ts';
import { twilioCaller } from './twilioBenchCaller.ts';

setTracingDisabled(true);
const HANDOFFS = Number(process.env.BENCH_HANDOFFS ?? 300);
const CALL_SECONDS = Number(process.env.BENCH_CALL_SECONDS ?? 5);
const CALLS = (process.env.BENCH_CALLS ?? '1,25,50,100').split(',').map(Number);

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (n: number) => `${n.toFixed(2)} ms`;

async function handoffMachinery() {
  const turns = Array.from({ length: HANDOFFS }, (_, i) => ({
    user: `turn ${i + 1}`,
    responses: [
      [
        {
          call: i % 2 === 0 ? 'transfer_to_Billing' : 'transfer_to_Triage',
          arguments: { reason: 'bench', intent: 'bench' },
        },
      ],
      [{ say: 'ok' }],
    ],
  }));
  const double = await startRealtimeDouble({ msPerChar: 1, script: { turns } });
  const { graph } = voiceTestGraph({ maxHandoffs: HANDOFFS + 10 });
  const sb = await voiceSwitchboard(graph);
  const samples: number[] = [];
  const ours: number[] = [];
  const waitingOnModel: number[] = [];
  // Transfer call received (the frame the SDK dispatches on) → session.update out; then, because the API
  // takes no response.create while the transfer's response is active, response.done in → response.create out.
  let t: { in: number; update?: number; done?: number } | null = null;
  let completed = 0;
  const call = await VoiceSession.start({
    switchboard: sb,
    config: doubleVoiceConfig(double),
    leg: new RecordingLeg('audio/pcmu', true),
    channel: 'phone',
    onEvent: (e) => {
      if (e.type === 'turn.completed') completed += 1;
    },
    onWire: (direction, data, at) => {
      if (direction === 'in') {
        if (data.includes('"response.output_item.done"') && data.includes('transfer_to_')) t = { in: at };
        else if (t && data.includes('"type":"response.done"')) t.done ??= at;
        return;
      }
      if (!t) return;
      if (data.includes('"session.update"') && data.includes('"tools"')) t.update ??= at;
      else if (t.update !== undefined && data.includes('"response.create"')) {
        const first = t.update - t.in;
        const second = at - Math.max(t.update, t.done ?? t.update);
        ours.push(first);
        waitingOnModel.push(Math.max(0, (t.done ?? t.update) - t.update));
        samples.push(first + second);
        t = null;
      }
    },
  });
  const utterance = frames(concat(buzz('audio/pcmu', 300), silence('audio/pcmu', 600)), 'audio/pcmu');
  for (let i = 0; i < HANDOFFS; i++) {
    for (const frame of utterance) call.sendAudio(frame);
    const deadline = Date.now() + 10_000;
    while (completed <= i && Date.now() < deadline) await sleep(1);
  }
  await call.end('bench over');
  await double.close();
  return { samples, ours, waitingOnModel };
}

async function forwarding(calls: number, double: RealtimeDouble, heap: { before: number; rss: number }) {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const arrivals = (_s: unknown, event: Record<string, any>, at: number) => {
    if (event.type !== 'input_audio_buffer.append') return;
    const sent = sentAt.get(event.audio);
    if (sent !== undefined) {
      latencies.push(at - sent);
      sentAt.delete(event.audio);
    }
  };
  (double as unknown as { onEvent: typeof arrivals }).onEvent = arrivals;
  const sb = await voiceSwitchboard(voiceTestGraph().graph);
  let live = 0;
  const server = await startVoiceServer({
    switchboards: [sb],
    config: { ...doubleVoiceConfig(double), twilioAuthToken: 'bench-token' },
    onSession: () => {
      live += 1;
    },
  });
  const allLive = (async () => {
    while (live < calls) await sleep(5);
  })();
  let memory: { heapPerCall: number; rssPerCall: number } | null = null;
  const clock = { stopAt: Number.POSITIVE_INFINITY };
  const running = Array.from({ length: calls }, () =>
    twilioCaller(server.mediaUrl, 'bench-token', sentAt, clock, allLive),
  );
  await allLive;
  clock.stopAt = performance.now() + CALL_SECONDS * 1000;
  await sleep((CALL_SECONDS * 1000) / 2);
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  memory = {
    heapPerCall: (usage.heapUsed - heap.before) / calls,
    rssPerCall: (usage.rss - heap.rss) / calls,
  };
  await Promise.all(running);
  await sleep(200);
  await server.close();
  return { latencies, memory };
}

const machinery = await handoffMachinery();
const handoffs = machinery.samples;
console.log(
  `handoff machinery (transfer call in → session.update + response.create out), ${handoffs.length} handoffs`,
);
console.log(
  `  call in → session.update out: p50 ${ms(pct(machinery.ours, 50))}  p99 ${ms(pct(machinery.ours, 99))}`,
);
console.log(
  `  (not counted: waiting for the transfer response's response.done before response.create may go: p50 ${ms(pct(machinery.waitingOnModel, 50))})`,
);
console.log(
  `  p50 ${ms(pct(handoffs, 50))}  p99 ${ms(pct(handoffs, 99))}  max ${ms(Math.max(...handoffs))}  target p99 ≤ 5 ms: ${pct(handoffs, 99) <= 5 ? 'met' : 'NOT met'} (${(pct(handoffs, 99) / 5).toFixed(2)}× the budget)`,
);

let onEvent: ((s: unknown, e: Record<string, any>, at: number) => void) | null = null;
const double = await startRealtimeDouble({ record: false, onClientEvent: (s, e, at) => onEvent?.(s, e, at) });
Object.defineProperty(double, 'onEvent', { set: (fn) => (onEvent = fn) });
console.log(
  `\nmedia frame forwarding (Twilio frame sent → append at the Realtime server), ${CALL_SECONDS} s per run`,
);
for (const calls of CALLS) {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage();
  const { latencies, memory } = await forwarding(calls, double, { before: base.heapUsed, rss: base.rss });
  const expected = calls * CALL_SECONDS * 50;
  console.log(
    `  ${String(calls).padStart(3)} calls: p50 ${ms(pct(latencies, 50))}  p99 ${ms(pct(latencies, 99))}  frames ${latencies.length}/${expected}` +
      (memory && calls >= 25
        ? `  memory/call: heap ${(memory.heapPerCall / 1024).toFixed(0)} KiB, rss ${(memory.rssPerCall / 1024).toFixed(0)} KiB`
        : ''),
  );
}
await double.close();
await cascadedForwarding(CALLS, CALL_SECONDS);
await cascadedPipeline();
process.exit(0);
