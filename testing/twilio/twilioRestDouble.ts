import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { twilioSignature } from '../../src/voice/twilioSignature.ts';
import {
  callJson,
  callParams,
  type DialOutcome,
  type DoubleCall,
  type RecordedTwilioRequest,
  type SentCallback,
  type StreamRequest,
  type TwilioRestDoubleOptions,
  twilioError,
} from './twilioRestShapes.ts';
import { findAll, findFirst, readTwiml, type TwimlNode } from './twimlReader.ts';

export type {
  DialOutcome,
  DoubleCall,
  RecordedTwilioRequest,
  SentCallback,
  StreamRequest,
  TwilioRestDoubleOptions,
} from './twilioRestShapes.ts';

/**
 * A local stand-in for Twilio's REST API (`/2010-04-01/Accounts/{sid}/Calls…`), answering with
 * Twilio's JSON shapes and error bodies, recording every request, and playing out calls: dials per
 * number (answer / no-answer / busy / voicemail / failed), the status, AMD and `<Dial action>`
 * callbacks it posts back signed with `X-Twilio-Signature`, the TwiML those callbacks answer,
 * conferences, `<Say>` text heard by each leg and `<Connect><Stream>` requests (event `stream`).
 */
export class TwilioRestDouble extends EventEmitter {
  readonly accountSid: string;
  readonly authToken: string;
  readonly requests: RecordedTwilioRequest[] = [];
  readonly callbacks: SentCallback[] = [];
  readonly calls = new Map<string, DoubleCall>();
  readonly streams: StreamRequest[] = [];
  /** Conference rooms and the calls in them. */
  readonly conferences = new Map<string, string[]>();
  url = '';
  private server: Server;
  private readonly outcomes: Map<string, DialOutcome>;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly options: TwilioRestDoubleOptions = {}) {
    super();
    this.accountSid = options.accountSid ?? `AC${'0'.repeat(31)}1`;
    this.authToken = options.authToken ?? 'twilio-test-token';
    this.outcomes = new Map(Object.entries(options.outcomes ?? {}));
    this.server = createServer((req, res) => {
      void this.handle(req)
        .then(({ status, body }) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body));
        })
        .catch((error) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ code: 20500, message: String(error), status: 500 }));
        });
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Environment for the code under test: the client and the webhook signatures use these. */
  env(): Record<string, string> {
    return {
      TWILIO_ACCOUNT_SID: this.accountSid,
      TWILIO_AUTH_TOKEN: this.authToken,
      TWILIO_API_BASE_URL: this.url,
    };
  }

  setOutcome(target: string, outcome: DialOutcome): void {
    this.outcomes.set(target, outcome);
  }

  /** A caller's call Twilio would have: its CallSid is what the media stream's `start` carries. */
  inboundCall(from: string, to: string, sid?: string): DoubleCall {
    const call = this.addCall({ to, from, direction: 'inbound', status: 'in-progress', parentCallSid: null });
    if (!sid) return call;
    // A caller simulated elsewhere (`switchboard call`) chose its CallSid already.
    this.calls.delete(call.sid);
    call.sid = sid;
    this.calls.set(sid, call);
    return call;
  }

  /** The person or machine on a call hangs up. */
  async hangup(callSid: string): Promise<void> {
    const call = this.calls.get(callSid);
    if (call) call.status = 'completed';
  }

  /** Waits until every callback the double has started has been answered. */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  async close(): Promise<void> {
    await this.settle();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private addCall(
    fields: Omit<DoubleCall, 'sid' | 'twiml' | 'heard' | 'generation' | 'answeredBy'>,
  ): DoubleCall {
    const call: DoubleCall = {
      sid: `CA${randomBytes(16).toString('hex')}`,
      answeredBy: null,
      twiml: [],
      heard: [],
      generation: 0,
      ...fields,
    };
    this.calls.set(call.sid, call);
    return call;
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const raw = await new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (c) => (text += c));
      req.on('end', () => resolve(text));
    });
    const form = new URLSearchParams(raw);
    const params: Record<string, string | string[]> = {};
    for (const key of new Set(form.keys())) {
      const all = form.getAll(key);
      params[key] = all.length > 1 ? all : all[0];
    }
    const path = (req.url ?? '').split('?')[0];
    this.requests.push({ method: req.method ?? 'GET', path, params });
    const expected = `Basic ${Buffer.from(`${this.accountSid}:${this.authToken}`).toString('base64')}`;
    if (req.headers.authorization !== expected) return twilioError(401, 20003, 'Authenticate');
    const prefix = `/2010-04-01/Accounts/${this.accountSid}/`;
    if (!path.startsWith(prefix))
      return twilioError(404, 20404, `The requested resource ${path} was not found`);
    const resource = path.slice(prefix.length);
    const one = (name: string) =>
      (Array.isArray(params[name]) ? params[name][0] : params[name]) as string | undefined;
    if (resource === 'Calls.json' && req.method === 'POST') return this.create(one);
    const match = /^Calls\/(CA[0-9a-f]{32})\.json$/.exec(resource);
    const call = match ? this.calls.get(match[1]) : undefined;
    if (!call) return twilioError(404, 20404, `The requested resource ${path} was not found`);
    if (req.method === 'GET') return { status: 200, body: callJson(this.accountSid, call) };
    if (req.method !== 'POST') return twilioError(405, 20004, 'Method not allowed');
    if (call.status === 'completed' || call.status === 'canceled')
      return twilioError(400, 21220, 'Call is not in-progress. Cannot redirect.');
    const status = one('Status');
    if (status === 'completed' || status === 'canceled') {
      call.status = status;
      call.generation += 1;
      return { status: 200, body: callJson(this.accountSid, call) };
    }
    const twiml = one('Twiml');
    const url = one('Url');
    if (!twiml && !url) return twilioError(400, 21205, 'Url parameter is required.');
    if (twiml) {
      const problem = this.execute(call, twiml);
      if (problem) return twilioError(400, 12100, `Document parse failure: ${problem}`);
    } else if (url) this.track(this.fetchTwiml(call, url));
    return { status: 200, body: callJson(this.accountSid, call) };
  }

  /**
   * Twilio answering a call with a voice webhook: posts `url` signed, with the call's parameters, and
   * runs the TwiML it answers (the first webhook of an inbound call, a `<Redirect>`, an update's `Url`).
   */
  async fetchTwiml(callOrSid: DoubleCall | string, url: string): Promise<SentCallback> {
    const call = typeof callOrSid === 'string' ? this.calls.get(callOrSid) : callOrSid;
    if (!call) throw new Error(`no call ${String(callOrSid)} in the Twilio double`);
    const sent = await this.post(url, callParams(this.accountSid, call, { CallStatus: call.status }));
    if (sent.status === 200 && sent.body.includes('<Response')) this.execute(call, sent.body);
    return sent;
  }

  private create(one: (name: string) => string | undefined): { status: number; body: unknown } {
    const to = one('To');
    const from = one('From');
    if (!to || !/^(\+[1-9]\d{6,14}|sips?:\S+@\S+|client:\S+)$/.test(to))
      return twilioError(400, 21211, `Invalid 'To' Phone Number: ${to ?? ''}`);
    if (!from) return twilioError(400, 21603, "A 'From' phone number is required.");
    const twiml = one('Twiml');
    if (!twiml && !one('Url')) return twilioError(400, 21205, 'Url parameter is required.');
    if (twiml) {
      try {
        readTwiml(twiml);
      } catch (error) {
        return twilioError(400, 12100, `Document parse failure: ${(error as Error).message}`);
      }
    }
    const call = this.addCall({ to, from, direction: 'outbound-api', status: 'queued', parentCallSid: null });
    const body = callJson(this.accountSid, call); // as created: the simulation changes its status right away
    this.track(this.placeCall(call, twiml ?? null, one('Url') ?? null, one));
    return { status: 201, body };
  }

  /** An outbound call: it rings, then the outcome; answered calls run their TwiML. */
  private async placeCall(
    call: DoubleCall,
    twiml: string | null,
    url: string | null,
    one: (n: string) => string | undefined,
  ) {
    const status = one('StatusCallback');
    const amd = one('MachineDetection') ? one('AsyncAmdStatusCallback') : undefined;
    const outcome = this.outcomeOf(call.to);
    const report = (callStatus: string, extra: Record<string, string> = {}) => {
      call.status = callStatus;
      return status
        ? this.post(status, callParams(this.accountSid, call, { CallStatus: callStatus, ...extra }))
        : null;
    };
    await report('initiated');
    await report('ringing');
    await delay(this.options.ringMs ?? 40);
    if (outcome === 'no-answer' || outcome === 'busy' || outcome === 'failed') {
      await report(outcome);
      return;
    }
    call.status = 'in-progress';
    call.answeredBy = outcome === 'voicemail' ? 'machine_end_beep' : 'human';
    await report('in-progress');
    const generation = call.generation;
    // AsyncAmd: the answer to this callback is ignored (the call runs its own TwiML meanwhile).
    if (amd) await this.post(amd, callParams(this.accountSid, call, { AnsweredBy: call.answeredBy }));
    // The AMD answer may have redirected the call already (e.g. to leave a voicemail).
    if (call.generation !== generation) return;
    if (twiml) this.execute(call, twiml);
    else if (url) await this.fetchTwiml(call, url);
  }

  /**
   * Runs a TwiML document on a call: Say, Dial (Number, Sip, Conference), Connect Stream, Hangup, and
   * Redirect (the verbs after it never run; its URL's answer is the call's next document).
   */
  private execute(call: DoubleCall, twiml: string): string | null {
    let doc: TwimlNode;
    try {
      doc = readTwiml(twiml);
    } catch (error) {
      return (error as Error).message;
    }
    call.generation += 1;
    call.twiml.push(twiml);
    this.emit('twiml', { callSid: call.sid, twiml });
    for (const verb of doc.children) {
      if (verb.name === 'Say') call.heard.push(verb.text.trim());
      if (verb.name === 'Hangup') call.status = 'completed';
      if (verb.name === 'Redirect') {
        if ((verb.attrs.method ?? 'POST').toUpperCase() !== 'POST')
          return 'the Twilio double follows <Redirect method="POST"> only';
        this.track(this.fetchTwiml(call, verb.text.trim()));
        break;
      }
      if (verb.name === 'Connect') {
        const stream = findFirst(verb, 'Stream');
        if (!stream) continue;
        const parameters = Object.fromEntries(
          findAll(stream, 'Parameter').map((p) => [p.attrs.name ?? '', p.attrs.value ?? '']),
        );
        const request = { callSid: call.sid, url: stream.attrs.url ?? '', parameters };
        this.streams.push(request);
        this.emit('stream', request);
      }
      if (verb.name === 'Dial') {
        const room = findFirst(verb, 'Conference');
        if (room) {
          const name = room.text.trim();
          this.conferences.set(name, [...(this.conferences.get(name) ?? []), call.sid]);
          this.emit('conference', { room: name, callSid: call.sid });
          continue;
        }
        const noun = findFirst(verb, 'Number') ?? findFirst(verb, 'Sip');
        if (noun) this.track(this.dial(call, verb, noun));
      }
    }
    return null;
  }

  /** `<Dial><Number|Sip>`: a child leg per outcome, its status and AMD callbacks, then the action URL. */
  private async dial(parent: DoubleCall, dial: TwimlNode, noun: TwimlNode): Promise<void> {
    const generation = parent.generation;
    const target = noun.text.trim();
    const outcome = this.outcomeOf(target);
    const child = this.addCall({
      to: target,
      from: dial.attrs.callerId ?? parent.to,
      direction: 'outbound-dial',
      status: 'initiated',
      parentCallSid: parent.sid,
    });
    const live = () => parent.generation === generation && parent.status !== 'completed';
    const status = (callStatus: string) => {
      child.status = callStatus;
      return noun.attrs.statusCallback
        ? this.post(
            noun.attrs.statusCallback,
            callParams(this.accountSid, child, { CallStatus: callStatus, ParentCallSid: parent.sid }),
          )
        : null;
    };
    await status('initiated');
    await status('ringing');
    await delay(this.options.ringMs ?? 40);
    if (!live()) return;
    let dialStatus: string = outcome;
    if (outcome === 'answer' || outcome === 'voicemail') {
      child.answeredBy = outcome === 'voicemail' ? 'machine_start' : 'human';
      await status('in-progress');
      if (noun.attrs.amdStatusCallback)
        await this.post(
          noun.attrs.amdStatusCallback,
          callParams(this.accountSid, child, { AnsweredBy: child.answeredBy }),
        );
      await delay(this.options.talkMs ?? 60);
      if (!live()) return; // the app took the caller back (a voicemail) or redirected them
      await status('completed');
      dialStatus = 'completed';
    } else await status(outcome);
    if (!dial.attrs.action) return;
    await this.respond(
      parent,
      dial.attrs.action,
      callParams(this.accountSid, parent, {
        DialCallStatus: dialStatus,
        DialCallSid: child.sid,
        ...(dialStatus === 'completed' ? { DialCallDuration: '1' } : {}),
      }),
    );
  }

  /** Posts a webhook whose answer is TwiML for `call` (a `<Dial action>`), and runs that TwiML. */
  private async respond(call: DoubleCall, url: string, params: Record<string, string>): Promise<void> {
    const sent = await this.post(url, params);
    if (sent.status === 200 && sent.body.includes('<Response')) this.execute(call, sent.body);
  }

  private async post(url: string, params: Record<string, string>): Promise<SentCallback> {
    let sent: SentCallback;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': twilioSignature(this.authToken, url, params),
        },
        body: new URLSearchParams(params).toString(),
      });
      sent = { url, params, status: response.status, body: await response.text() };
    } catch (error) {
      sent = { url, params, status: 0, body: String(error) };
    }
    this.callbacks.push(sent);
    this.emit('callback', sent);
    return sent;
  }

  private track(work: Promise<unknown>): void {
    const tracked = work
      .catch((error) => this.emit('error', error))
      .finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  private outcomeOf(target: string): DialOutcome {
    return this.outcomes.get(target) ?? this.options.defaultOutcome ?? 'answer';
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a Twilio REST double on a free local port. */
export function startTwilioRestDouble(options: TwilioRestDoubleOptions = {}): Promise<TwilioRestDouble> {
  return new TwilioRestDouble(options).listen();
}
