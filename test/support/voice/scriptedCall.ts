import type { Switchboard } from '../../../src/runtime/switchboard.ts';
import type { VoiceConfig } from '../../../src/voice/voiceConfig.ts';
import { VoiceSession } from '../../../src/voice/voiceSession.ts';
import { buzz, concat, frames, silence } from '../../../testing/audio/callerAudio.ts';
import type { DoubleSession } from '../../../testing/realtime/doubleSession.ts';
import {
  type DoubleScript,
  type RealtimeDouble,
  startRealtimeDouble,
} from '../../../testing/realtime/index.ts';
import { RecordingLeg } from './recordingLeg.ts';
import { doubleVoiceConfig, voiceSwitchboard } from './voiceFixture.ts';
import { type VoiceTestGraphOptions, voiceTestGraph } from './voiceTestGraph.ts';
import { waitFor } from './waitFor.ts';

export type ScriptedCall = {
  double: RealtimeDouble;
  sb: Switchboard;
  call: VoiceSession;
  leg: RecordingLeg;
  refunds: { executed: number };
  /** The double's side of the call. */
  remote(): DoubleSession;
  /** The caller says something (a buzz the double's VAD hears as one utterance). */
  speak(ms?: number): void;
  /** Client events the double received, by type. */
  received(type: string): Record<string, any>[];
  events(type?: string): Promise<{ type: string; data: Record<string, any>; turn: number }[]>;
  items(): Promise<any[]>;
  /** Waits until an assistant message with exactly `text` is stored (the scripted turn is over). */
  stored(text: string): Promise<void>;
  close(): Promise<void>;
};

/** A voice session on the small test graph against a scripted Realtime double, with a recording leg. */
export async function scriptedCall(
  script: DoubleScript,
  options: {
    graph?: VoiceTestGraphOptions;
    config?: Partial<VoiceConfig>;
    paceMs?: number;
    playback?: 'instant' | 'manual';
  } = {},
): Promise<ScriptedCall> {
  const double = await startRealtimeDouble({ msPerChar: 5, script, paceMs: options.paceMs });
  const { graph, refunds } = voiceTestGraph(options.graph);
  const sb = await voiceSwitchboard(graph);
  const leg = new RecordingLeg('audio/pcmu', (options.playback ?? 'instant') === 'instant');
  const call = await VoiceSession.start({
    switchboard: sb,
    config: doubleVoiceConfig(double, options.config),
    leg,
    channel: 'browser',
  });
  const remote = () => double.sessions[0];
  // Connected means the update is sent; wait until the double has applied it.
  await waitFor(
    () => remote()?.sessionHistory.some((s) => s.audio.input.format.type === 'audio/pcmu'),
    'the session config',
  );
  return {
    double,
    sb,
    call,
    leg,
    refunds,
    remote,
    speak(ms = 600) {
      for (const frame of frames(concat(buzz('audio/pcmu', ms), silence('audio/pcmu', 700)), 'audio/pcmu'))
        call.sendAudio(frame);
    },
    received: (type) =>
      remote()
        .received.filter((r) => r.event.type === type)
        .map((r) => r.event),
    async events(type) {
      const all = await sb.store.listEvents(call.conversationId);
      return all.filter((e) => !type || e.type === type) as any;
    },
    async items() {
      return (await sb.store.getItems(call.conversationId)).map((s) => s.item);
    },
    async stored(text) {
      await waitFor(async () => {
        await call.recorder.flush();
        const items = await sb.store.getItems(call.conversationId);
        return items.some(
          (s) => (s.item as any).role === 'assistant' && (s.item as any).content?.[0]?.text === text,
        );
      }, `the assistant's "${text}" to be stored`);
    },
    async close() {
      await call.end('test over');
      await double.close();
    },
  };
}
