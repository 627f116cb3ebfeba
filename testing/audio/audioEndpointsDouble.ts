import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveAgentVoices } from '../../src/voice/cascaded/agentVoices.ts';
import { espeakSpeak } from '../../src/voice/cascaded/espeakSpeech.ts';
import { pcm16ToBytes } from '../../src/voice/mulaw.ts';
import { parseWav, WavFormatError, writeWav } from '../../src/voice/wav.ts';

export type TranscriptionRequest = {
  model: string;
  language: string | null;
  responseFormat: string;
  /** Duration of the uploaded audio. */
  audioMs: number;
};
export type SpeechRequest = { model: string; voice: string; input: string; responseFormat: string };

export type AudioEndpointsDouble = {
  /** Base URL, `http://127.0.0.1:<port>/v1`: what `SWITCHBOARD_STT_URL` / `SWITCHBOARD_TTS_URL` take. */
  baseUrl: string;
  transcriptions: TranscriptionRequest[];
  speech: SpeechRequest[];
  close(): Promise<void>;
};

export type AudioEndpointsDoubleOptions = {
  /** What the n-th transcription (from 0) hears; a function sees the request too. */
  transcripts: readonly string[] | ((index: number, request: TranscriptionRequest) => string);
  /** Required `Authorization: Bearer` key; none: open. */
  apiKey?: string;
  /** Wall-clock delay of each answer, to model a remote server in benchmarks (default 0). */
  latencyMs?: number;
  /**
   * `pcm` speech is sent as a stream of 100 ms pieces, this long apart (default 0: back to back), as a
   * streaming server sends audio while it is still synthesizing.
   */
  pcmChunkDelayMs?: number;
};

const SPEECH_RATE = 24000; // OpenAI's speech endpoint: 24 kHz mono

function fail(res: ServerResponse, status: number, message: string, param: string | null = null): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { message, type: 'invalid_request_error', param, code: null } }));
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/**
 * OpenAI's audio endpoints as a local server, answering what a real one would: `POST
 * /v1/audio/transcriptions` (multipart `file` + `model`; `response_format` json → `{text}`,
 * verbose_json → `{task, language, duration, text, segments}`, text → plain text) and `POST
 * /v1/audio/speech` (JSON `{model, input, voice, response_format}` → speech bytes: `wav`, or `pcm`
 * = raw 24 kHz PCM16 little-endian streamed in 100 ms pieces; spoken by espeak-ng, in a voice per `voice` name). Errors have
 * OpenAI's shape (`{error: {message, type, param, code}}`); compressed formats (mp3, opus…) are a 400.
 */
export async function startAudioEndpointsDouble(
  options: AudioEndpointsDoubleOptions,
): Promise<AudioEndpointsDouble> {
  const transcriptions: TranscriptionRequest[] = [];
  const speech: SpeechRequest[] = [];
  const transcriptFor = (index: number, request: TranscriptionRequest) =>
    typeof options.transcripts === 'function'
      ? options.transcripts(index, request)
      : (options.transcripts[index] ?? '');

  const transcribe = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const form = await new Request('http://double/', {
      method: 'POST',
      headers: { 'content-type': String(req.headers['content-type'] ?? '') },
      body,
    })
      .formData()
      .catch(() => null);
    if (!form) return fail(res, 400, 'expected multipart/form-data');
    const file = form.get('file');
    const model = form.get('model');
    if (!(file instanceof Blob)) return fail(res, 400, "you must provide a 'file'", 'file');
    if (typeof model !== 'string' || !model) return fail(res, 400, "you must provide a 'model'", 'model');
    let audioMs: number;
    try {
      const wav = parseWav(new Uint8Array(await file.arrayBuffer()));
      audioMs = (wav.samples.length / wav.sampleRate) * 1000;
    } catch (error) {
      if (error instanceof WavFormatError) return fail(res, 400, 'Invalid file format.', 'file');
      throw error;
    }
    const request: TranscriptionRequest = {
      model,
      language: (form.get('language') as string | null) ?? null,
      responseFormat: (form.get('response_format') as string | null) ?? 'json',
      audioMs,
    };
    const text = transcriptFor(transcriptions.length, request);
    transcriptions.push(request);
    if (request.responseFormat === 'text') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end(text);
    }
    const answer =
      request.responseFormat === 'verbose_json'
        ? {
            task: 'transcribe',
            language: request.language ?? 'english',
            duration: audioMs / 1000,
            text,
            segments: [{ id: 0, seek: 0, start: 0, end: audioMs / 1000, text, no_speech_prob: 0 }],
          }
        : { text };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer));
  };

  const speak = async (res: ServerResponse, body: Buffer) => {
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      return fail(res, 400, 'We could not parse the JSON body of your request.');
    }
    const { model, input, voice } = json;
    const format = (json.response_format as string | undefined) ?? 'mp3';
    if (typeof model !== 'string' || !model) return fail(res, 400, "you must provide a 'model'", 'model');
    if (typeof input !== 'string' || !input) return fail(res, 400, "you must provide an 'input'", 'input');
    if (typeof voice !== 'string' || !voice) return fail(res, 400, "you must provide a 'voice'", 'voice');
    if (format !== 'wav' && format !== 'pcm')
      return fail(
        res,
        400,
        `response_format '${format}' is not served by this double (wav, pcm)`,
        'response_format',
      );
    speech.push({ model, voice, input, responseFormat: format });
    const samples = await espeakSpeak(
      input,
      resolveAgentVoices([{ name: voice }]).get(voice)!.espeak,
      SPEECH_RATE,
    );
    if (format === 'wav') {
      res.writeHead(200, { 'content-type': 'audio/wav' });
      return res.end(writeWav(pcm16ToBytes(samples), 'pcm16', SPEECH_RATE));
    }
    // Chunked, as a streaming server answers: the client can play the first piece at once.
    res.writeHead(200, { 'content-type': 'audio/pcm', 'transfer-encoding': 'chunked' });
    const bytes = pcm16ToBytes(samples);
    const piece = (SPEECH_RATE / 10) * 2;
    for (let i = 0; i < bytes.byteLength; i += piece) {
      if (i > 0 && options.pcmChunkDelayMs) await new Promise((r) => setTimeout(r, options.pcmChunkDelayMs));
      res.write(bytes.subarray(i, i + piece));
    }
    res.end();
  };

  const server = createServer(async (req, res) => {
    try {
      const body = await bodyOf(req);
      if (options.apiKey && req.headers.authorization !== `Bearer ${options.apiKey}`)
        return fail(res, 401, 'Incorrect API key provided.');
      if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
      if (req.method === 'POST' && req.url === '/v1/audio/transcriptions')
        return await transcribe(req, res, body);
      if (req.method === 'POST' && req.url === '/v1/audio/speech') return await speak(res, body);
      fail(res, 404, `Invalid URL (${req.method} ${req.url})`);
    } catch (error) {
      fail(res, 500, (error as Error).message);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    transcriptions,
    speech,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
