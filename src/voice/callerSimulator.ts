import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { MULAW_BYTES_PER_MS, MULAW_SILENCE } from './mulaw.ts';
import { twilioSignature } from './twilioSignature.ts';

/** One thing the caller says: mu-law 8 kHz audio (see `wavToMulaw8k`). */
export type CallerTurn = {
  audio: Uint8Array;
  label?: string;
  /** Start once this much of the agent's answer (of the greeting, for the first turn) has played, instead of waiting for it to finish (barge-in). */
  bargeInAfterMs?: number;
  /** Keypad digits pressed right after the speech. */
  dtmf?: string;
};

export type CallerSimulatorOptions = {
  /** `wss://host/twilio/media`. */
  url: string;
  /** Signs the handshake (`X-Twilio-Signature`) as Twilio would; the server must know the same token. */
  authToken?: string;
  /** The URL Twilio signs (the public stream URL); defaults to `url`. */
  signedUrl?: string;
  /**
   * `graph` and optionally `conversation`: as Twilio does, the caller first posts the signed voice
   * webhook (`/twilio/voice?graph=…`, derived from `url` and `signedUrl`) and streams with the
   * `<Parameter>`s of the TwiML it answers (the stream token). With `webhook: false`, these are sent
   * as the stream's parameters as they are (hostile-input tests).
   */
  parameters?: Record<string, string>;
  /** The webhook's call details, or `false` to skip the webhook. */
  webhook?: false | { to?: string; from?: string; direction?: string };
  /** Added to the stream's `<Parameter>`s after the webhook's (a test forging one). */
  extraParameters?: Record<string, string>;
  turns: CallerTurn[];
  /** 1 streams and plays in real time; 4 four times faster (the server cannot tell). Default 1. */
  speed?: number;
  /** Agent silence (ms of call time) that means it has finished answering. Default 1200. */
  quietMs?: number;
  /** Give up waiting for an answer after this much call time. Default 20000. */
  answerTimeoutMs?: number;
  /** Call time before the first turn (a greeting, if any, is waited out first). Default 400. */
  leadInMs?: number;
  /** The call's CallSid (default a fresh one): a Twilio REST double that plays the call knows it. */
  callSid?: string;
  /** Twilio took the call off the stream (a transfer's redirect): the stream stops, as Twilio's does. */
  leave?: AbortSignal;
};

export type TurnTiming = {
  turn: number;
  label: string | null;
  speechMs: number;
  /** Call time (ms from the start of the stream) when the caller started and stopped speaking. */
  startMs: number;
  endMs: number | null;
  bargeIn: boolean;
  /** Agent audio of the previous answer heard before this turn cut in (barge-in only). */
  heardBeforeMs: number | null;
  /** First agent audio after the caller stopped: call time, and wall-clock latency. */
  firstAgentAudioMs: number | null;
  latencyMs: number | null;
};

export type AgentChunk = { atMs: number; itemId: string | null; audio: Uint8Array; played: boolean };

export type CallResult = {
  streamSid: string;
  callSid: string;
  turns: TurnTiming[];
  /** Every `clear` the server sent: when, and how much of the item then playing had been heard. */
  clears: { atMs: number; itemId: string | null; heardMs: number }[];
  /** Agent audio as received, per chunk, with the assistant item it belongs to (from the marks). */
  chunks: AgentChunk[];
  /** What the caller heard: played agent audio, mu-law 8 kHz. */
  heard: Uint8Array;
  marks: { received: number; echoed: number };
  durationMs: number;
  closedBy: 'caller' | 'server';
};

const FRAME_MS = 20;
const FRAME_BYTES = FRAME_MS * MULAW_BYTES_PER_MS;

type Queued = { kind: 'audio'; chunk: AgentChunk; offset: number } | { kind: 'mark'; name: string };

/**
 * A phone caller on Twilio Media Streams, for tests, the CLI and benchmarks: sends `connected`/`start`,
 * then one 20 ms mu-law frame per tick (the turns' speech, silence in between), plays the agent's audio
 * at the same pace, echoes marks when the audio before them has played, honours `clear` (and echoes the
 * cleared marks, as Twilio does), presses keys, and hangs up with `stop` after the last answer.
 * Time is counted in call time (frames), so a faster `speed` changes nothing but the wall clock.
 */
export async function simulateTwilioCall(options: CallerSimulatorOptions): Promise<CallResult> {
  const speed = options.speed ?? 1;
  const quietMs = options.quietMs ?? 1200;
  const answerTimeoutMs = options.answerTimeoutMs ?? 20_000;
  const leadInMs = options.leadInMs ?? 400;
  const streamSid = `MZ${randomBytes(16).toString('hex')}`;
  const callSid = options.callSid ?? `CA${randomBytes(16).toString('hex')}`;
  const { graph, conversation, pipeline, ...rest } = options.parameters ?? {};
  const customParameters =
    options.webhook === false
      ? { ...options.parameters, ...options.extraParameters }
      : {
          ...(await fetchStreamParameters({
            mediaUrl: options.url,
            signedMediaUrl: options.signedUrl,
            authToken: options.authToken ?? '',
            callSid,
            graph,
            conversation,
            pipeline,
            ...options.webhook,
          })),
          ...rest,
          ...options.extraParameters,
        };
  const headers: Record<string, string> = {};
  if (options.authToken)
    headers['x-twilio-signature'] = twilioSignature(options.authToken, options.signedUrl ?? options.url);
  const socket = new WebSocket(options.url, { headers });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_req, res) =>
      reject(Object.assign(new Error(`stream refused: HTTP ${res.statusCode}`), { status: res.statusCode })),
    );
    socket.once('error', reject);
  });

  let now = 0; // call time, ms
  let seq = 0;
  const send = (message: Record<string, unknown>) => {
    seq += 1;
    if (socket.readyState === socket.OPEN)
      socket.send(JSON.stringify({ ...message, sequenceNumber: String(seq) }));
  };
  const queue: Queued[] = [];
  const chunks: AgentChunk[] = [];
  const heard: Uint8Array[] = [];
  const clears: CallResult['clears'] = [];
  const marks = { received: 0, echoed: 0 };
  let lastAgentAudioAt = Number.NEGATIVE_INFINITY;
  let playing: string | null = null;
  const heardOf = new Map<string, number>();
  let closedBy: CallResult['closedBy'] = 'caller';
  let closed = false;
  let hungUp = false; // the caller sent `stop`: the server closing after it is the caller's doing

  const turns: TurnTiming[] = [];
  // Assigned by startTurn (a closure): typed with `as` so the loop does not narrow it to null.
  let current = null as { timing: TurnTiming; spec: CallerTurn; offset: number } | null;
  let answerStartHeard = 0; // agent audio heard when the current answer began
  let waitingSince = 0;
  const onAgentAudio = (wall: number) => {
    const last = turns.at(-1);
    if (last && last.endMs !== null && last.firstAgentAudioMs === null && current === null) {
      last.firstAgentAudioMs = now;
      last.latencyMs = Math.round(wall - lastEndWall);
    }
  };
  let lastEndWall = 0;
  const echo = (name: string) => {
    marks.echoed += 1;
    send({ event: 'mark', streamSid, mark: { name } });
  };
  socket.on('message', (data) => {
    let message: any;
    try {
      message = JSON.parse(data.toString());
    } catch {
      return;
    }
    if (message.event === 'media') {
      const chunk: AgentChunk = {
        atMs: now,
        itemId: null,
        audio: new Uint8Array(Buffer.from(message.media.payload, 'base64')),
        played: false,
      };
      chunks.push(chunk);
      queue.push({ kind: 'audio', chunk, offset: 0 });
      lastAgentAudioAt = now;
      onAgentAudio(performance.now());
    } else if (message.event === 'mark') {
      marks.received += 1;
      const itemId = String(message.mark.name).split(':')[0];
      for (let i = chunks.length - 1; i >= 0 && chunks[i].itemId === null; i--) chunks[i].itemId = itemId;
      queue.push({ kind: 'mark', name: message.mark.name });
    } else if (message.event === 'clear') {
      clears.push({ atMs: now, itemId: playing, heardMs: playing ? (heardOf.get(playing) ?? 0) : 0 });
      for (const entry of queue.splice(0)) if (entry.kind === 'mark') echo(entry.name);
    }
  });
  socket.on('close', () => {
    if (!closed && !hungUp) closedBy = 'server';
    closed = true;
  });

  /** Plays one frame of agent audio; marks reached on the way are echoed. */
  const playFrame = () => {
    let budget = FRAME_BYTES;
    while (queue.length > 0) {
      const head = queue[0];
      if (head.kind === 'mark') {
        queue.shift();
        echo(head.name);
        continue;
      }
      if (budget === 0) break;
      const { chunk } = head;
      const take = Math.min(budget, chunk.audio.byteLength - head.offset);
      heard.push(chunk.audio.subarray(head.offset, head.offset + take));
      chunk.played = true;
      playing = chunk.itemId;
      if (playing) heardOf.set(playing, (heardOf.get(playing) ?? 0) + take / MULAW_BYTES_PER_MS);
      head.offset += take;
      budget -= take;
      if (head.offset >= chunk.audio.byteLength) queue.shift();
    }
  };

  send({ event: 'connected', protocol: 'Call', version: '1.0.0' });
  send({
    event: 'start',
    streamSid,
    start: {
      streamSid,
      accountSid: `AC${randomBytes(16).toString('hex')}`,
      callSid,
      tracks: ['inbound'],
      customParameters,
      mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 },
    },
  });

  const heardMs = () => heard.reduce((n, part) => n + part.byteLength, 0) / MULAW_BYTES_PER_MS;
  const quiet = () => queue.length === 0 && now - lastAgentAudioAt >= quietMs;

  const startTurn = (index: number, bargeIn: boolean) => {
    const spec = options.turns[index];
    const previous = turns.at(-1);
    turns.push({
      turn: index + 1,
      label: spec.label ?? null,
      speechMs: spec.audio.byteLength / MULAW_BYTES_PER_MS,
      startMs: now,
      endMs: null,
      bargeIn,
      heardBeforeMs: bargeIn && previous ? heardMs() - answerStartHeard : null,
      firstAgentAudioMs: null,
      latencyMs: null,
    });
    current = { timing: turns.at(-1)!, spec, offset: 0 };
  };

  const started = performance.now();
  let next = 0;
  for (let tick = 0; !closed && !options.leave?.aborted; tick++) {
    now = tick * FRAME_MS;
    let frame: Uint8Array;
    if (current) {
      frame = current.spec.audio.subarray(current.offset, current.offset + FRAME_BYTES);
      current.offset += FRAME_BYTES;
      if (current.offset >= current.spec.audio.byteLength) {
        current.timing.endMs = now + FRAME_MS;
        lastEndWall = performance.now();
        for (const digit of current.spec.dtmf ?? '')
          send({ event: 'dtmf', streamSid, dtmf: { track: 'inbound_track', digit } });
        current = null;
        answerStartHeard = heardMs();
        waitingSince = now;
      }
    } else frame = new Uint8Array(0);
    const padded = new Uint8Array(FRAME_BYTES).fill(MULAW_SILENCE);
    padded.set(frame.subarray(0, FRAME_BYTES));
    send({
      event: 'media',
      streamSid,
      media: {
        track: 'inbound',
        chunk: String(tick + 1),
        timestamp: String(now),
        payload: Buffer.from(padded).toString('base64'),
      },
    });
    playFrame();

    if (!current) {
      const spec = options.turns[next];
      const answered = next === 0 || turns.at(-1)?.firstAgentAudioMs !== null;
      const timedOut = next > 0 && now - waitingSince >= answerTimeoutMs;
      const played = heardMs() - answerStartHeard;
      if (spec) {
        const leadIn = next > 0 || now >= leadInMs;
        const cutIn = spec.bargeInAfterMs !== undefined && answered && played >= spec.bargeInAfterMs;
        // A first turn with `bargeInAfterMs` talks over the greeting: it waits for that much of it.
        const finished = answered && quiet() && !(next === 0 && spec.bargeInAfterMs !== undefined);
        if (leadIn && (finished || cutIn || timedOut)) startTurn(next++, cutIn && !finished);
      } else if ((answered && quiet()) || timedOut) break;
    }
    const due = started + ((tick + 1) * FRAME_MS) / speed;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    else await new Promise((resolve) => setImmediate(resolve)); // behind schedule: still let socket events in
  }

  if (!closed) {
    hungUp = true;
    send({ event: 'stop', streamSid, stop: { accountSid: 'AC', callSid } });
    await sleep(20);
    closed = true;
    socket.close();
  }
  const total = new Uint8Array(heard.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const part of heard) {
    total.set(part, offset);
    offset += part.byteLength;
  }
  return { streamSid, callSid, turns, clears, chunks, heard: total, marks, durationMs: now, closedBy };
}

export type StreamParameterRequest = {
  /** `ws(s)://host/twilio/media`: the webhook is `http(s)://host/twilio/voice`. */
  mediaUrl: string;
  /** The public stream URL Twilio signs; the webhook's signed URL is derived the same way. */
  signedMediaUrl?: string;
  authToken: string;
  callSid: string;
  graph?: string;
  conversation?: string;
  /** `?pipeline=` on the webhook: the call's pipeline, carried in its stream token. */
  pipeline?: string;
  to?: string;
  from?: string;
  direction?: string;
};

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/**
 * What Twilio does before it opens a media stream: posts the signed voice webhook and reads the
 * `<Parameter>`s of the `<Stream>` in the TwiML answer. A refused webhook throws with its `status`.
 */
export async function fetchStreamParameters(
  request: StreamParameterRequest,
): Promise<Record<string, string>> {
  const webhookOf = (media: string) => {
    const url = new URL(media.replace(/^ws/, 'http').replace(/\/twilio\/media$/, '/twilio/voice'));
    if (request.graph) url.searchParams.set('graph', request.graph);
    if (request.conversation) url.searchParams.set('conversation', request.conversation);
    if (request.pipeline) url.searchParams.set('pipeline', request.pipeline);
    return url.toString();
  };
  const form: Record<string, string> = {
    CallSid: request.callSid,
    AccountSid: 'ACsimulated',
    From: request.from ?? '+15550100000',
    To: request.to ?? '+15550200000',
    Direction: request.direction ?? 'inbound',
    CallStatus: 'ringing',
  };
  const response = await fetch(webhookOf(request.mediaUrl), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilioSignature(
        request.authToken,
        webhookOf(request.signedMediaUrl ?? request.mediaUrl),
        form,
      ),
    },
    body: new URLSearchParams(form).toString(),
  });
  const body = await response.text();
  if (response.status !== 200)
    throw Object.assign(new Error(`webhook refused: HTTP ${response.status} ${body.slice(0, 200)}`), {
      status: response.status,
    });
  const unescapeXml = (text: string) =>
    text.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => XML_ENTITIES[e]);
  return Object.fromEntries(
    [...body.matchAll(/<Parameter name="([^"]*)" value="([^"]*)"\/>/g)].map((m) => [
      unescapeXml(m[1]),
      unescapeXml(m[2]),
    ]),
  );
}
