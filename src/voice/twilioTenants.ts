/**
 * Which tenant a phone call belongs to. A Twilio number is the operator's configuration, not the
 * caller's: `SWITCHBOARD_TWILIO_NUMBERS` maps each of the deployment's numbers (E.164, as Twilio writes
 * it) to a tenant, `*` matching any number not listed. The number is the one of ours on the call: the
 * number called (`To`) for an inbound call, the number calling out (`From`) for an outbound one (Twilio's
 * `Direction` is `outbound-api` / `outbound-dial` then). Both come from the signed webhook, so a call can
 * only land in a tenant the operator routed that number to.
 */
export type TwilioNumberMap = Readonly<Record<string, string>>;

export class TwilioNumbersError extends Error {
  override name = 'TwilioNumbersError';
}

const E164 = /^\+[1-9]\d{1,14}$/;
const TENANT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** `+15550002222=acme,+15550003333=globex,*=acme` → { '+15550002222': 'acme', … }. */
export function parseTwilioNumbers(text: string | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const entry of (text ?? '').split(',')) {
    if (entry.trim() === '') continue;
    const [number, tenant, ...rest] = entry.split('=').map((s) => s.trim());
    if (!number || !tenant || rest.length > 0)
      throw new TwilioNumbersError(
        `SWITCHBOARD_TWILIO_NUMBERS entry "${entry}" must be +number=tenant (or *=tenant)`,
      );
    if (number !== '*' && !E164.test(number))
      throw new TwilioNumbersError(
        `SWITCHBOARD_TWILIO_NUMBERS: "${number}" is not an E.164 number like +15550002222 (or *)`,
      );
    if (!TENANT.test(tenant))
      throw new TwilioNumbersError(`SWITCHBOARD_TWILIO_NUMBERS: tenant "${tenant}" is not a tenant name`);
    if (Object.hasOwn(map, number))
      throw new TwilioNumbersError(`SWITCHBOARD_TWILIO_NUMBERS lists ${number} twice`);
    map[number] = tenant;
  }
  return map;
}

/** Our number on the call, from the webhook's form parameters. */
export function ourNumber(params: Record<string, string>): string | null {
  const outbound = (params.Direction ?? '').startsWith('outbound');
  return (outbound ? params.From : params.To) || null;
}

/** The tenant of the call's conversation; null when the number is not mapped (and no `*` entry exists). */
export function tenantOfCall(numbers: TwilioNumberMap, params: Record<string, string>): string | null {
  const number = ourNumber(params);
  // Own keys only: a hostile `To` such as "constructor" must not find Object.prototype's members.
  if (number !== null && Object.hasOwn(numbers, number)) return numbers[number];
  return Object.hasOwn(numbers, '*') ? numbers['*'] : null;
}
