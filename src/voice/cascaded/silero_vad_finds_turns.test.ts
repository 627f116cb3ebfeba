import { describe, expect, it } from 'vitest';
import { mulawToPcm16 } from '../mulaw.ts';
import type { VadEvent } from '../realtimeDouble/energyVad.ts';
import { buzz, concat, frames, silence, speakMulaw } from '../testing/callerAudio.ts';
import { sileroTurnDetector } from './sileroTurnDetector.ts';
import { DEFAULT_TURN_DETECTION, energyTurnDetector, type TurnDetector } from './turnDetector.ts';

/** Streams mu-law audio through a detector in Twilio's 20 ms frames. */
async function detect(detector: TurnDetector, audio: Uint8Array): Promise<VadEvent[]> {
  const events: VadEvent[] = [];
  for (const frame of frames(audio, 'audio/pcmu')) events.push(...(await detector.push(mulawToPcm16(frame))));
  await detector.close?.();
  return events;
}

describe('Silero VAD (local ONNX model, onnxruntime-node)', () => {
  it('finds two spoken turns, each ended by the end-of-turn silence, at the right audio times', async () => {
    const first = speakMulaw('I was charged twice for my subscription');
    const second = speakMulaw('invoice two zero four one');
    const audio = concat(
      silence('audio/pcmu', 500),
      first,
      silence('audio/pcmu', 1200),
      second,
      silence('audio/pcmu', 1000),
    );
    const events = await detect(await sileroTurnDetector(8000, DEFAULT_TURN_DETECTION), audio);
    expect(events.map((e) => e.type)).toEqual([
      'speech_started',
      'speech_stopped',
      'speech_started',
      'speech_stopped',
    ]);
    const firstEnd = 500 + first.byteLength / 8;
    const secondStart = firstEnd + 1200;
    const [, stop1, start2, stop2] = events as [
      VadEvent,
      { audioEndMs: number },
      { audioStartMs: number },
      { audioEndMs: number },
    ];
    // espeak pads its output with a little silence: the speech ends up to ~250 ms before the file does.
    expect(Math.abs(stop1.audioEndMs - firstEnd)).toBeLessThan(300);
    expect(Math.abs(start2.audioStartMs + DEFAULT_TURN_DETECTION.prefixPaddingMs - secondStart)).toBeLessThan(
      300,
    );
    expect(Math.abs(stop2.audioEndMs - (secondStart + second.byteLength / 8))).toBeLessThan(300);
  });

  it('hears no speech in a loud hum, which the energy VAD takes for a caller', async () => {
    const hum = concat(buzz('audio/pcmu', 2000), silence('audio/pcmu', 800));
    expect(await detect(await sileroTurnDetector(8000, DEFAULT_TURN_DETECTION), hum)).toEqual([]);
    expect((await detect(energyTurnDetector(8000, DEFAULT_TURN_DETECTION), hum)).length).toBe(2);
  });

  it('ignores speech shorter than the minimum', async () => {
    const word = speakMulaw('hm');
    const audio = concat(silence('audio/pcmu', 300), word, silence('audio/pcmu', 800));
    const events = await detect(
      await sileroTurnDetector(8000, { ...DEFAULT_TURN_DETECTION, minSpeechMs: 2000 }),
      audio,
    );
    expect(events).toEqual([]);
  });
});
