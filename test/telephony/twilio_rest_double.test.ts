import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizePhoneTarget } from '../../src/graph/phoneTarget.ts';
import {
  TelephonyConfigError,
  TwilioApiError,
  TwilioRestClient,
  twilioRestConfigFromEnv,
} from '../../src/telephony/twilioRestClient.ts';
import { coldTransferTwiml, redirectToStreamTwiml } from '../../src/telephony/twiml.ts';
import { connectStreamTwiml } from '../../src/voice/twilioRoutes.ts';
import { isValidTwilioSignature } from '../../src/voice/twilioSignature.ts';
import { startTwilioRestDouble, type TwilioRestDouble } from '../../testing/twilio/twilioRestDouble.ts';
import { readTwiml } from '../../testing/twilio/twimlReader.ts';

/** The app side: records Twilio's webhooks, checks their signature, answers TwiML for action URLs. */
let app: Server;
let appUrl = '';
const hooks: { path: string; params: Record<string, string>; signed: boolean }[] = [];
let double: TwilioRestDouble;
let client: TwilioRestClient;

beforeAll(async () => {
  double = await startTwilioRestDouble({
    outcomes: { '+15550000001': 'no-answer', '+15550000002': 'busy', '+15550000003': 'voicemail' },
    ringMs: 5,
    talkMs: 5,
  });
  app = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const params = Object.fromEntries(new URLSearchParams(body));
      const signed = isValidTwilioSignature(
        double.authToken,
        req.headers['x-twilio-signature'],
        `${appUrl}${req.url}`,
        params,
      );
      hooks.push({ path: req.url ?? '', params, signed });
      if (req.url?.startsWith('/action')) res.end(redirectToStreamTwiml(appUrl, 'desk', 'conv_1'));
      else if (req.url?.startsWith('/twilio/voice'))
        res.end(connectStreamTwiml('wss://app.example/twilio/media', { token: `tok_${params.CallSid}` }));
      else res.end('');
    });
  });
  await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  client = new TwilioRestClient(twilioRestConfigFromEnv(double.env())!);
});
afterAll(async () => {
  await double.close();
  await new Promise((r) => app.close(r));
});

describe('Twilio REST client against the REST double', () => {
  it('reads its configuration from the environment, with clear errors', () => {
    expect(twilioRestConfigFromEnv({})).toBeNull();
    expect(
      twilioRestConfigFromEnv({ TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`, TWILIO_AUTH_TOKEN: 't' }),
    ).toEqual({
      accountSid: `AC${'a'.repeat(32)}`,
      authToken: 't',
      baseUrl: 'https://api.twilio.com',
    });
    expect(() => twilioRestConfigFromEnv({ TWILIO_AUTH_TOKEN: 't' })).toThrow(
      new TelephonyConfigError('TWILIO_ACCOUNT_SID is required with TWILIO_AUTH_TOKEN'),
    );
    expect(() => twilioRestConfigFromEnv({ TWILIO_ACCOUNT_SID: 'nope', TWILIO_AUTH_TOKEN: 't' })).toThrow(
      /TWILIO_ACCOUNT_SID must look like AC/,
    );
  });

  it('creates a call form-encoded with Basic auth and gets Twilio’s call JSON back', async () => {
    const call = await client.createCall({
      to: '+15551230000',
      from: '+15559990000',
      twiml: '<Response><Say>hi</Say></Response>',
      statusCallbackEvent: ['initiated', 'answered'],
    });
    expect(call).toMatchObject({ to: '+15551230000', status: 'queued', direction: 'outbound-api' });
    expect(call.sid).toMatch(/^CA[0-9a-f]{32}$/);
    const request = double.requests.at(-1)!;
    expect(request.path).toBe(`/2010-04-01/Accounts/${double.accountSid}/Calls.json`);
    expect(request.params).toMatchObject({
      To: '+15551230000',
      StatusCallbackEvent: ['initiated', 'answered'],
    });
    await expect(client.fetchCall(call.sid)).resolves.toMatchObject({ sid: call.sid });
  });

  it('Twilio’s errors arrive as TwilioApiError with status, code and message', async () => {
    const wrong = new TwilioRestClient({ ...client.config, authToken: 'wrong' });
    const denied = await wrong.fetchCall(`CA${'0'.repeat(32)}`).catch((e) => e);
    expect(denied).toBeInstanceOf(TwilioApiError);
    expect(denied).toMatchObject({ status: 401, code: 20003 });
    const missing = await client.updateCall(`CA${'0'.repeat(32)}`, { twiml: '<Response/>' }).catch((e) => e);
    expect(missing).toMatchObject({ status: 404, code: 20404 });
    const badTo = await client.createCall({ to: '555', from: '+1555', twiml: '<Response/>' }).catch((e) => e);
    expect(badTo.message).toBe("Twilio API POST Calls.json failed (400): Invalid 'To' Phone Number: 555");
    const offline = new TwilioRestClient({ ...client.config, baseUrl: 'http://127.0.0.1:1' });
    await expect(offline.fetchCall('CA1')).rejects.toThrow(
      /Twilio API unreachable at http:\/\/127\.0\.0\.1:1/,
    );
  });

  it.each([
    ['+15550000001', 'no-answer'],
    ['+15550000002', 'busy'],
    ['+15559999999', 'completed'],
  ])(
    'a <Dial> to %s: signed status callbacks, then the action URL with DialCallStatus=%s',
    async (number, status) => {
      const caller = double.inboundCall('+15551112222', '+15553334444');
      const target = normalizePhoneTarget({ target: number, timeoutSec: 15 }, 'graph');
      const twiml = coldTransferTwiml(target, '+15553334444', {
        action: `${appUrl}/action/${number}`,
        status: `${appUrl}/status`,
        amd: `${appUrl}/amd`,
      });
      await client.updateCall(caller.sid, { twiml });
      await double.settle();
      const action = hooks.find((h) => h.path === `/action/${number}`)!;
      expect(action.params).toMatchObject({ CallSid: caller.sid, DialCallStatus: status });
      expect(action.signed).toBe(true);
      expect(
        hooks
          .filter((h) => h.path === '/status' && h.params.ParentCallSid === caller.sid)
          .every((h) => h.signed),
      ).toBe(true);
      // The action's answer (a <Redirect> to the voice webhook) is what the call runs next, as on
      // Twilio: the webhook is posted signed with the call's parameters, and its <Stream> opens.
      const voice = hooks.find(
        (h) => h.path === '/twilio/voice?graph=desk&conversation=conv_1' && h.params.CallSid === caller.sid,
      )!;
      expect(voice.signed).toBe(true);
      expect(voice.params).toMatchObject({ From: caller.from, To: caller.to, Direction: 'inbound' });
      expect(double.streams.at(-1)).toEqual({
        callSid: caller.sid,
        url: 'wss://app.example/twilio/media',
        parameters: { token: `tok_${caller.sid}` },
      });
      const dial = readTwiml(double.calls.get(caller.sid)!.twiml[0]).children[0];
      expect(dial.attrs).toMatchObject({ timeout: '15', callerId: '+15553334444' });
    },
  );

  it('a voicemail picking up a dial is reported by the AMD callback', async () => {
    const caller = double.inboundCall('+15551112222', '+15553334444');
    const target = normalizePhoneTarget({ target: '+15550000003' }, 'graph');
    await client.updateCall(caller.sid, {
      twiml: coldTransferTwiml(target, null, {
        action: `${appUrl}/action/vm`,
        status: `${appUrl}/status`,
        amd: `${appUrl}/amd`,
      }),
    });
    await double.settle();
    const amd = hooks.filter((h) => h.path === '/amd').at(-1)!;
    expect(amd.params.AnsweredBy).toBe('machine_start');
    expect(double.calls.get(amd.params.CallSid)!.parentCallSid).toBe(caller.sid);
  });
});
