/**
 * The few calls of Twilio's REST API that telephony needs: create a call, update (redirect) a live
 * call, fetch one. Form-encoded POSTs with HTTP Basic auth (account SID + auth token), JSON answers.
 * The base URL is configurable (`TWILIO_API_BASE_URL`) so tests run against the local double and
 * deployments can go through a proxy.
 */

export const DEFAULT_TWILIO_API_BASE_URL = 'https://api.twilio.com';

export type TwilioRestConfig = { accountSid: string; authToken: string; baseUrl: string };

/** Twilio's call resource, as far as Switchboard reads it. */
export type TwilioCall = {
  sid: string;
  account_sid: string;
  to: string;
  from: string;
  status: string;
  direction: string;
  parent_call_sid: string | null;
  [key: string]: unknown;
};

export type CreateCallParams = {
  to: string;
  from: string;
  twiml?: string;
  url?: string;
  statusCallback?: string;
  statusCallbackEvent?: string[];
  /** Seconds to let the call ring before giving up (Twilio's `Timeout`). */
  timeout?: number;
  machineDetection?: 'Enable' | 'DetectMessageEnd';
  asyncAmd?: boolean;
  asyncAmdStatusCallback?: string;
};

export type UpdateCallParams = { twiml?: string; url?: string; status?: 'completed' | 'canceled' };

export class TelephonyConfigError extends Error {
  override name = 'TelephonyConfigError';
}

/** A refused or failed Twilio request: HTTP status, Twilio's error code and its explanation. */
export class TwilioApiError extends Error {
  override name = 'TwilioApiError';
  constructor(
    message: string,
    readonly status: number | null,
    readonly code: number | null = null,
    readonly moreInfo: string | null = null,
  ) {
    super(message);
  }
}

/**
 * `TWILIO_ACCOUNT_SID`, `TWILIO_AUTH_TOKEN`, `TWILIO_API_BASE_URL` (default Twilio's). Null when the
 * account is not configured (telephony is then off); a malformed value is an error naming the variable.
 */
export function twilioRestConfigFromEnv(env: NodeJS.ProcessEnv = process.env): TwilioRestConfig | null {
  const accountSid = env.TWILIO_ACCOUNT_SID?.trim();
  const authToken = env.TWILIO_AUTH_TOKEN?.trim();
  if (!accountSid && !authToken) return null;
  if (!accountSid) throw new TelephonyConfigError('TWILIO_ACCOUNT_SID is required with TWILIO_AUTH_TOKEN');
  if (!authToken) throw new TelephonyConfigError('TWILIO_AUTH_TOKEN is required with TWILIO_ACCOUNT_SID');
  if (!/^AC[0-9a-fA-F]{32}$/.test(accountSid))
    throw new TelephonyConfigError('TWILIO_ACCOUNT_SID must look like AC followed by 32 hex digits');
  const baseUrl = (env.TWILIO_API_BASE_URL?.trim() || DEFAULT_TWILIO_API_BASE_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(baseUrl))
    throw new TelephonyConfigError('TWILIO_API_BASE_URL must be an http(s) URL');
  return { accountSid, authToken, baseUrl };
}

export class TwilioRestClient {
  constructor(
    readonly config: TwilioRestConfig,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  createCall(params: CreateCallParams): Promise<TwilioCall> {
    if (!params.twiml === !params.url) throw new TypeError('createCall takes exactly one of twiml or url');
    return this.post('Calls.json', {
      To: params.to,
      From: params.from,
      Twiml: params.twiml,
      Url: params.url,
      StatusCallback: params.statusCallback,
      StatusCallbackEvent: params.statusCallbackEvent,
      Timeout: params.timeout,
      MachineDetection: params.machineDetection,
      AsyncAmd: params.asyncAmd === undefined ? undefined : String(params.asyncAmd),
      AsyncAmdStatusCallback: params.asyncAmdStatusCallback,
    });
  }

  /** Redirects a live call to new TwiML (or a URL), or ends it. */
  updateCall(callSid: string, params: UpdateCallParams): Promise<TwilioCall> {
    return this.post(`Calls/${encodeURIComponent(callSid)}.json`, {
      Twiml: params.twiml,
      Url: params.url,
      Status: params.status,
    });
  }

  fetchCall(callSid: string): Promise<TwilioCall> {
    return this.request('GET', `Calls/${encodeURIComponent(callSid)}.json`, undefined);
  }

  private post(resource: string, fields: Record<string, string | number | string[] | undefined>) {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      // Repeated parameters (StatusCallbackEvent) are sent once per value, as Twilio expects.
      for (const v of Array.isArray(value) ? value : [value]) body.append(name, String(v));
    }
    return this.request('POST', resource, body);
  }

  private async request(method: string, resource: string, body: URLSearchParams | undefined) {
    const { accountSid, authToken, baseUrl } = this.config;
    const url = `${baseUrl}/2010-04-01/Accounts/${accountSid}/${resource}`;
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers: {
          authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
          accept: 'application/json',
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: body?.toString(),
      });
    } catch (error) {
      throw new TwilioApiError(`Twilio API unreachable at ${baseUrl}: ${(error as Error).message}`, null);
    }
    const text = await response.text();
    let json: Record<string, unknown> | null = null;
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    } catch {
      json = null;
    }
    if (!response.ok) {
      const detail =
        typeof json?.message === 'string' ? json.message : text.slice(0, 200) || response.statusText;
      throw new TwilioApiError(
        `Twilio API ${method} ${resource} failed (${response.status}): ${detail}`,
        response.status,
        typeof json?.code === 'number' ? json.code : null,
        typeof json?.more_info === 'string' ? json.more_info : null,
      );
    }
    if (!json)
      throw new TwilioApiError(`Twilio API ${method} ${resource} answered without JSON`, response.status);
    return json as TwilioCall;
  }
}
