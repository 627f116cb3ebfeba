import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Twilio's request signature: base64(HMAC-SHA1(auth token, full URL + every POST parameter sorted
 * by name, each as name followed by value)). The URL is the one Twilio called, as configured in the
 * console (scheme, host, path and query string), not the one a proxy forwarded to us.
 */
export function twilioSignature(authToken: string, url: string, params: Record<string, string> = {}): string {
  const data =
    url +
    Object.keys(params)
      .sort()
      .map((name) => name + params[name])
      .join('');
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

/** Constant-time comparison against the `X-Twilio-Signature` header; a missing header is invalid. */
export function isValidTwilioSignature(
  authToken: string,
  signature: string | string[] | undefined,
  url: string,
  params: Record<string, string> = {},
): boolean {
  if (typeof signature !== 'string' || signature === '') return false;
  const expected = Buffer.from(twilioSignature(authToken, url, params));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
