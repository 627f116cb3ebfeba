import { encodeAudio, sampleRateOf, type VoiceAudioFormat } from '../../src/voice/audioFormat.ts';
import { resolveAgentVoices } from '../../src/voice/cascaded/agentVoices.ts';
import { espeakSpeak } from '../../src/voice/cascaded/espeakSpeech.ts';

/**
 * The double speaking words: `text` by espeak-ng in the offline voice derived from the Realtime voice
 * name (`marin`, `cedar`…), in the session's output format. Like the real API, one voice per call.
 */
export async function espeakAudio(
  text: string,
  voice: string,
  format: VoiceAudioFormat,
): Promise<Uint8Array> {
  const espeak = resolveAgentVoices([{ name: voice }]).get(voice)!.espeak;
  return encodeAudio(format, await espeakSpeak(text, espeak, sampleRateOf(format)));
}
