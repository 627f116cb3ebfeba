import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVoiceServer, type VoiceServer } from '../../src/app/voiceServer.ts';
import { twilioSignature } from '../../src/voice/twilioSignature.ts';
import { StreamTokens } from '../../src/voice/twilioStreamToken.ts';
import { type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../support/voice/voiceFixture.ts';

/**
 * Twilio posts its voice webhook as application/x-www-form-urlencoded, always. A JSON or text body
 * parsed to "no parameters" would match a signature over the bare URL and get TwiML; it is refused
 * with 415 instead, signed or not.
 */
describe('POST /twilio/voice takes forms only', () => {
  let double: RealtimeDouble;
  let server: VoiceServer;
  const post = (contentType: string, payload: string, params: Record<string, string> = {}) =>
    server.app.inject({
      method: 'POST',
      url: '/twilio/voice',
      headers: {
        'content-type': contentType,
        'x-twilio-signature': twilioSignature(
          server.config.twilioAuthToken!,
          `${server.config.publicUrl}/twilio/voice`,
          params,
        ),
      },
      payload,
    });

  beforeAll(async () => {
    double = await startRealtimeDouble({ script: { turns: [] } });
    server = await startVoiceServer({
      switchboards: [await voiceSwitchboard('support')],
      config: doubleVoiceConfig(double),
    });
  });
  afterAll(async () => {
    await server?.close();
    await double?.close();
  });

  it.each([
    ['text/plain', 'hello'],
    ['application/json', '{}'],
    ['text/xml', '<Call/>'],
  ])('a correctly signed %s body is a 415 naming the form type', async (contentType, payload) => {
    const res = await post(contentType, payload);
    expect(res.statusCode).toBe(415);
    expect(JSON.parse(res.body).error.message).toBe(
      `POST /twilio/voice takes application/x-www-form-urlencoded (Twilio's webhook format), not "${contentType}"`,
    );
  });

  it('a signed form (with a charset) still gets TwiML', async () => {
    const params = { CallSid: 'CA1', From: '+15550100' };
    const res = await post(
      'application/x-www-form-urlencoded; charset=utf-8',
      new URLSearchParams(params).toString(),
      params,
    );
    expect(res.statusCode, res.body).toBe(200);
    // The form was read: its CallSid is what the stream token is bound to.
    const token = /<Parameter name="token" value="([^"]+)"\/>/.exec(res.body)?.[1];
    expect(await new StreamTokens().check(server.config.twilioAuthToken!, token, 'CA1')).toMatchObject({
      ok: true,
      claims: { callSid: 'CA1', from: '+15550100' },
    });
  });
});
