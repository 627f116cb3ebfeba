import type { PhoneTarget } from '../graph/phoneTarget.ts';

/**
 * TwiML documents for transfers and outbound calls. Each builder returns a whole `<Response>`; every
 * attribute and text is escaped. Kept to the verbs and attributes Twilio documents for them.
 */

const xmlEscape = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

type Attrs = Record<string, string | number | boolean | undefined | null>;

function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([name, v]) => ` ${name}="${xmlEscape(String(v))}"`)
    .join('');
}

function element(name: string, values: Attrs, body?: string): string {
  return body === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${body}</${name}>`;
}

function response(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${body}</Response>`;
}

export type ColdTransferUrls = {
  /** `<Dial action>`: Twilio posts the dial's outcome here when the dial ends. */
  action: string;
  /** Status of the person's leg (ringing, answered, completed): time to answer. */
  status: string;
  /** Answering-machine result of the person's leg: a voicemail is a failed transfer. */
  amd: string;
};

/** The noun that rings the target: `<Number>` for E.164, `<Sip>` for a SIP URI. */
function targetNoun(target: PhoneTarget, urls: { status: string; amd?: string }): string {
  const common = {
    statusCallback: urls.status,
    statusCallbackEvent: 'initiated ringing answered completed',
    statusCallbackMethod: 'POST',
  };
  if (target.kind === 'sip') return element('Sip', common, xmlEscape(target.target));
  return element(
    'Number',
    {
      ...common,
      ...(urls.amd
        ? { machineDetection: 'Enable', amdStatusCallback: urls.amd, amdStatusCallbackMethod: 'POST' }
        : {}),
    },
    xmlEscape(target.target),
  );
}

/** Cold transfer: the caller's live call is replaced by a `<Dial>` to the target (after `say`, if any). */
export function coldTransferTwiml(
  target: PhoneTarget,
  callerId: string | null,
  urls: ColdTransferUrls,
  say?: string,
): string {
  return response(
    (say ? element('Say', {}, xmlEscape(say)) : '') +
      element(
        'Dial',
        { action: urls.action, method: 'POST', timeout: target.timeoutSec, callerId: callerId ?? undefined },
        targetNoun(target, urls),
      ),
  );
}

/**
 * Back to the assistant: the call is redirected to the signed voice webhook (`POST /twilio/voice`) for
 * the conversation, which checks it (tenant of the call's number, graph) and answers the
 * `<Connect><Stream>` with a stream token for this CallSid. TwiML never opens a stream itself: a
 * stream without the webhook's token is refused (twilioBridge.ts).
 */
export function voiceWebhookUrl(publicUrl: string, graph: string, conversationId: string): string {
  const query = new URLSearchParams({ graph, conversation: conversationId });
  return `${publicUrl}/twilio/voice?${query}`;
}

export function redirectToStreamTwiml(publicUrl: string, graph: string, conversationId: string): string {
  return response(
    element('Redirect', { method: 'POST' }, xmlEscape(voiceWebhookUrl(publicUrl, graph, conversationId))),
  );
}

export type ConferenceOptions = {
  room: string;
  /** Hold audio the caller hears until the person joins (`waitUrl`). */
  waitUrl?: string;
  /** The caller's conference: ends when the person (the last to join) leaves. */
  endOnExit?: boolean;
  startOnEnter?: boolean;
  statusCallback?: string;
};

function conference(options: ConferenceOptions): string {
  return element(
    'Dial',
    {},
    element(
      'Conference',
      {
        waitUrl: options.waitUrl,
        startConferenceOnEnter: options.startOnEnter,
        endConferenceOnExit: options.endOnExit,
        statusCallback: options.statusCallback,
        statusCallbackEvent: options.statusCallback ? 'start end join leave' : undefined,
        beep: false,
      },
      xmlEscape(options.room),
    ),
  );
}

/** Warm transfer, caller side: on hold in the conference room until the person joins. */
export function holdInConferenceTwiml(options: ConferenceOptions): string {
  return response(conference({ ...options, startOnEnter: false }));
}

/** Warm transfer, person side: the briefing is spoken to them first, then they join the caller. */
export function briefThenJoinTwiml(briefing: string, options: ConferenceOptions): string {
  return response(
    `${element('Say', {}, xmlEscape(briefing))}${conference({ ...options, startOnEnter: true, endOnExit: true })}`,
  );
}

/** A voicemail left by an outbound call: the message, then hang up. */
export function voicemailTwiml(message: string): string {
  return response(`${element('Say', {}, xmlEscape(message))}${element('Hangup', {})}`);
}

/** DTMF a `<Play digits>` accepts: digits, `*`, `#`, `w`/`W` pauses. */
export function isDtmfSequence(digits: unknown): digits is string {
  return typeof digits === 'string' && /^[0-9*#wW]{1,64}$/.test(digits);
}
