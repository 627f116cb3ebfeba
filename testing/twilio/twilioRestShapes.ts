/**
 * Twilio's REST shapes as the local double speaks them: its options, the calls it plays out, the JSON
 * of a call resource, the form parameters of the webhooks it posts, and Twilio's error bodies.
 */

/** What happens when the double dials a number: who (or what) picks up. */
export type DialOutcome = 'answer' | 'no-answer' | 'busy' | 'voicemail' | 'failed';

export type TwilioRestDoubleOptions = {
  accountSid?: string;
  authToken?: string;
  /** Outcome per dialled number or SIP URI; others get `defaultOutcome` (default `answer`). */
  outcomes?: Record<string, DialOutcome>;
  defaultOutcome?: DialOutcome;
  /** Simulated ringing before the outcome (default 40 ms). */
  ringMs?: number;
  /** How long an answered cold transfer's person stays on the line before hanging up (default 60 ms). */
  talkMs?: number;
};

export type RecordedTwilioRequest = {
  method: string;
  path: string;
  params: Record<string, string | string[]>;
};
/** A webhook the double posted, like Twilio does, with the app's answer. */
export type SentCallback = { url: string; params: Record<string, string>; status: number; body: string };
export type DoubleCall = {
  sid: string;
  to: string;
  from: string;
  direction: 'inbound' | 'outbound-api' | 'outbound-dial';
  status: string;
  parentCallSid: string | null;
  answeredBy: string | null;
  /** Every TwiML document this call was given, in order (create, updates, webhook answers). */
  twiml: string[];
  /** Text spoken to this call by `<Say>`. */
  heard: string[];
  /** Bumped by each redirect: a simulation running for an older document stops. */
  generation: number;
};
export type StreamRequest = { callSid: string; url: string; parameters: Record<string, string> };

const ERROR_DOCS = 'https://www.twilio.com/docs/errors/';

/** Twilio's error body: `{code, message, more_info, status}`. */
export function twilioError(status: number, code: number, message: string) {
  return { status, body: { code, message, more_info: `${ERROR_DOCS}${code}`, status } };
}

/** The form parameters Twilio posts to a webhook about `call`. */
export function callParams(
  accountSid: string,
  call: DoubleCall,
  extra: Record<string, string>,
): Record<string, string> {
  return {
    AccountSid: accountSid,
    CallSid: call.sid,
    From: call.from,
    To: call.to,
    Direction: call.direction,
    ApiVersion: '2010-04-01',
    ...extra,
  };
}

/** A call resource as Twilio's REST API returns it. */
export function callJson(accountSid: string, call: DoubleCall) {
  return {
    sid: call.sid,
    account_sid: accountSid,
    to: call.to,
    from: call.from,
    status: call.status,
    direction: call.direction,
    parent_call_sid: call.parentCallSid,
    answered_by: call.answeredBy,
    api_version: '2010-04-01',
    uri: `/2010-04-01/Accounts/${accountSid}/Calls/${call.sid}.json`,
  };
}
