import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { twilioSignature } from '../../src/voice/twilioSignature.ts';
import { buzz, concat, frames, silence } from '../audio/callerAudio.ts';
import type { StreamRequest, TwilioRestDouble } from './twilioRestDouble.ts';
import { readTwiml } from './twimlReader.ts';

/**
 * One Twilio Media Streams connection of a call, as Twilio opens it: signed handshake, `connected`,
 * `start` with the call's CallSid and the TwiML's `<Parameter>`s, caller audio as `media` frames,
 * marks echoed at once (instant playback), `stop` when Twilio leaves the stream (a redirect, a hangup).
 */
export class TwilioMediaStream {
  readonly streamSid = `MZ${randomBytes(16).toString('hex')}`;
  /** Agent audio received (mu-law 8 kHz), chunk by chunk. */
  readonly agentAudio: Buffer[] = [];
  readonly closed: Promise<void>;
  /** How the server closed the stream (1008 and the reason when it refused it). */
  readonly closedWith: Promise<{ code: number; reason: string }>;
  private seq = 0;

  private constructor(private readonly socket: WebSocket) {
    this.closedWith = new Promise((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    this.closed = this.closedWith.then(() => {});
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString());
      if (message.event === 'media') this.agentAudio.push(Buffer.from(message.media.payload, 'base64'));
      if (message.event === 'mark')
        this.send({ event: 'mark', streamSid: this.streamSid, mark: message.mark });
    });
  }

  static async open(options: {
    mediaUrl: string;
    authToken: string;
    callSid: string;
    parameters: Record<string, string>;
  }): Promise<TwilioMediaStream> {
    const socket = new WebSocket(options.mediaUrl, {
      headers: { 'x-twilio-signature': twilioSignature(options.authToken, options.mediaUrl) },
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
      socket.once('unexpected-response', (_req, res) =>
        reject(new Error(`stream refused: HTTP ${res.statusCode}`)),
      );
    });
    const stream = new TwilioMediaStream(socket);
    stream.send({ event: 'connected', protocol: 'Call', version: '1.0.0' });
    stream.send({
      event: 'start',
      streamSid: stream.streamSid,
      start: {
        streamSid: stream.streamSid,
        accountSid: 'AC00000000000000000000000000000001',
        callSid: options.callSid,
        tracks: ['inbound'],
        customParameters: options.parameters,
        mediaFormat: { encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 },
      },
    });
    return stream;
  }

  /** The caller says something: speech-like energy, then silence (the double's VAD commits it). */
  speak(ms = 600): void {
    let chunk = 0;
    for (const frame of frames(concat(buzz('audio/pcmu', ms), silence('audio/pcmu', 700)), 'audio/pcmu')) {
      chunk += 1;
      this.send({
        event: 'media',
        streamSid: this.streamSid,
        media: {
          track: 'inbound',
          chunk: String(chunk),
          timestamp: String(chunk * 20),
          payload: Buffer.from(frame).toString('base64'),
        },
      });
    }
  }

  stop(callSid: string): void {
    this.send({ event: 'stop', streamSid: this.streamSid, stop: { accountSid: 'AC', callSid } });
    this.socket.close();
  }

  private send(message: Record<string, unknown>): void {
    this.seq += 1;
    if (this.socket.readyState === WebSocket.OPEN)
      this.socket.send(JSON.stringify({ ...message, sequenceNumber: String(this.seq) }));
  }
}

/**
 * A phone caller whose call lives in the REST double: `start()` has the double post the signed voice
 * webhook, as Twilio does when the call comes in, and the `<Connect><Stream>` it answers opens the first
 * stream; when the double runs TwiML on the call that leaves the stream (a `<Dial>`, a conference), the
 * stream gets `stop`; when TwiML puts the call back on a `<Connect><Stream>` (directly or through a
 * `<Redirect>` to the webhook), a new stream opens with that `<Stream>`'s parameters (its token), as on
 * Twilio. Nothing here makes up a stream parameter.
 */
export class DoubleCaller {
  readonly streams: TwilioMediaStream[] = [];
  callSid: string;
  private opening: Promise<void> = Promise.resolve();

  /**
   * An inbound caller (`from` → `to`), or with `answers`, the person at that number: they pick up the
   * first outbound call the double places to it.
   */
  constructor(
    private readonly double: TwilioRestDouble,
    private readonly mediaUrl: string,
    from = '+15551230001',
    to = '+15550009999',
    answers?: string,
  ) {
    this.callSid = answers ? '' : double.inboundCall(from, to).sid;
    double.on('twiml', ({ callSid, twiml }: { callSid: string; twiml: string }) => {
      if (!this.callSid && answers && double.calls.get(callSid)?.to === answers) this.callSid = callSid;
      if (callSid !== this.callSid) return;
      const verbs = readTwiml(twiml).children.map((c) => c.name);
      if (!verbs.includes('Connect')) this.current()?.stop(this.callSid);
    });
    double.on('stream', (request: StreamRequest) => {
      if (request.callSid !== this.callSid) return;
      this.current()?.stop(this.callSid);
      this.opening = this.open(request.url, request.parameters);
    });
  }

  /** The call comes in: the voice webhook (`query`, e.g. `?graph=desk`) answers, its stream opens. */
  async start(query = ''): Promise<void> {
    const voiceUrl = this.mediaUrl.replace(/^ws/, 'http').replace(/\/twilio\/media$/, '/twilio/voice');
    const sent = await this.double.fetchTwiml(this.callSid, `${voiceUrl}${query}`);
    if (sent.status !== 200)
      throw new Error(`the voice webhook refused the call: ${sent.status} ${sent.body}`);
    await this.opening;
  }

  current(): TwilioMediaStream | undefined {
    return this.streams.at(-1);
  }

  /** The stream opened last, once open. */
  async stream(): Promise<TwilioMediaStream> {
    await this.opening;
    return this.current()!;
  }

  hangup(): void {
    this.current()?.stop(this.callSid);
  }

  private async open(url: string, parameters: Record<string, string>): Promise<void> {
    const stream = await TwilioMediaStream.open({
      mediaUrl: url,
      authToken: this.double.authToken,
      callSid: this.callSid,
      parameters,
    });
    this.streams.push(stream);
  }
}
