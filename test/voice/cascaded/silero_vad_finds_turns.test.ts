import { describe, expect, it } from 'vitest';
import type { VadEvent } from '../../../src/voice/cascaded/energyVad.ts';
import { sileroTurnDetector } from '../../../src/voice/cascaded/sileroTurnDetector.ts';
import {
  DEFAULT_TURN_DETECTION,
  energyTurnDetector,
  type TurnDetector,
} from '../../../src/voice/cascaded/turnDetector.ts';
import { mulawToPcm16 } from '../../../src/voice/mulaw.ts';
import { buzz, concat, frames, silence, speakMulaw } from '../../../testing/audio/callerAudio.ts';

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

  it('keeps each call apart while all calls share one model session', async () => {
    // Two calls at once, frame by frame interleaved: one caller speaks, the other line hums.
    const speech = concat(speakMulaw('I was charged twice for my subscription'), silence('audio/pcmu', 1000));
    const hum = concat(buzz('audio/pcmu', speech.byteLength / 8 - 1000), silence('audio/pcmu', 1000));
    const [speaking, humming] = await Promise.all([
      sileroTurnDetector(8000, DEFAULT_TURN_DETECTION),
      sileroTurnDetector(8000, DEFAULT_TURN_DETECTION),
    ]);
    const a = frames(speech, 'audio/pcmu');
    const b = frames(hum, 'audio/pcmu');
    const heard: { speaking: VadEvent[]; humming: VadEvent[] } = { speaking: [], humming: [] };
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const [x, y] = await Promise.all([
        a[i] ? speaking.push(mulawToPcm16(a[i])) : [],
        b[i] ? humming.push(mulawToPcm16(b[i])) : [],
      ]);
      heard.speaking.push(...x);
      heard.humming.push(...y);
    }
    expect(heard.speaking.map((e) => e.type)).toEqual(['speech_started', 'speech_stopped']);
    expect(heard.humming).toEqual([]);
  });
});
