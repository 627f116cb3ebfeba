import { HUMAN_AGENT, type PhoneTarget, type PhoneTargetSpec } from './types.ts';

// The types live with the graph's (types.ts), which a graph declares them in.
export type { PhoneTarget, PhoneTargetSpec } from './types.ts';

export const DEFAULT_RING_TIMEOUT_SEC = 20;
const E164 = /^\+[1-9]\d{6,14}$/;
// sip:user@host[:port][;params] — what Twilio's <Sip> noun accepts (sips: too).
const SIP_URI = /^sips?:[^\s@<>"]+@[A-Za-z0-9.-]+(:\d{1,5})?(;[^\s<>"]*)?$/;

export function isE164(value: unknown): value is string {
  return typeof value === 'string' && E164.test(value);
}

/** Every problem with a phone target, as messages naming where it was declared (`where`). */
export function phoneTargetProblems(spec: unknown, where: string): string[] {
  if (!spec || typeof spec !== 'object')
    return [`${where} must be an object like { target: "+14155550100" }`];
  const s = spec as Record<string, unknown>;
  const problems: string[] = [];
  const known = new Set(['target', 'callerId', 'timeoutSec', 'mode']);
  for (const key of Object.keys(s))
    if (!known.has(key))
      problems.push(`${where} has unknown option "${key}" (allowed: target, callerId, timeoutSec, mode)`);
  if (typeof s.target !== 'string' || !(E164.test(s.target) || SIP_URI.test(s.target)))
    problems.push(
      `${where}.target "${String(s.target)}" must be an E.164 number (+14155550100) or a SIP URI (sip:desk@pbx.example.com)`,
    );
  if (s.callerId !== undefined && !isE164(s.callerId))
    problems.push(`${where}.callerId "${String(s.callerId)}" must be an E.164 number`);
  if (
    s.timeoutSec !== undefined &&
    !(Number.isInteger(s.timeoutSec) && (s.timeoutSec as number) >= 5 && (s.timeoutSec as number) <= 120)
  )
    problems.push(`${where}.timeoutSec must be a whole number of seconds between 5 and 120`);
  if (s.mode !== undefined && s.mode !== 'cold' && s.mode !== 'warm')
    problems.push(`${where}.mode must be "cold" or "warm" (got "${String(s.mode)}")`);
  return problems;
}

export function normalizePhoneTarget(spec: PhoneTargetSpec, source: PhoneTarget['source']): PhoneTarget {
  return {
    target: spec.target,
    kind: spec.target.startsWith('+') ? 'number' : 'sip',
    callerId: spec.callerId ?? null,
    timeoutSec: spec.timeoutSec ?? DEFAULT_RING_TIMEOUT_SEC,
    mode: spec.mode ?? 'cold',
    source,
  };
}

/**
 * The default target of `Human` from the environment: `SWITCHBOARD_TRANSFER_NUMBER` (number or SIP
 * URI), with `SWITCHBOARD_TRANSFER_MODE` (cold|warm), `SWITCHBOARD_TRANSFER_CALLER_ID` and
 * `SWITCHBOARD_TRANSFER_TIMEOUT` (seconds). Returns the spec to validate, or null when unset.
 */
export function humanPhoneFromEnv(env: NodeJS.ProcessEnv = process.env): PhoneTargetSpec | null {
  const target = env.SWITCHBOARD_TRANSFER_NUMBER?.trim();
  if (!target) return null;
  const spec: PhoneTargetSpec = { target };
  if (env.SWITCHBOARD_TRANSFER_MODE) spec.mode = env.SWITCHBOARD_TRANSFER_MODE as PhoneTargetSpec['mode'];
  if (env.SWITCHBOARD_TRANSFER_CALLER_ID) spec.callerId = env.SWITCHBOARD_TRANSFER_CALLER_ID;
  if (env.SWITCHBOARD_TRANSFER_TIMEOUT) spec.timeoutSec = Number(env.SWITCHBOARD_TRANSFER_TIMEOUT);
  return spec;
}

/** Phone targets of a graph spec (by node name), with the environment's default for Human added. */
export function phoneTargetSpecs(
  declared: Record<string, PhoneTargetSpec> | undefined,
  env: NodeJS.ProcessEnv = process.env,
): { specs: Record<string, PhoneTargetSpec>; sources: Record<string, PhoneTarget['source']> } {
  const specs: Record<string, PhoneTargetSpec> = { ...(declared ?? {}) };
  const sources: Record<string, PhoneTarget['source']> = {};
  for (const name of Object.keys(specs)) sources[name] = 'graph';
  const fromEnv = humanPhoneFromEnv(env);
  if (fromEnv && !specs[HUMAN_AGENT]) {
    specs[HUMAN_AGENT] = fromEnv;
    sources[HUMAN_AGENT] = 'env';
  }
  return { specs, sources };
}

/**
 * Chat has no phone leg to transfer: the same edge tells the customer a person will reply here and
 * offers the number to call (a number only: a SIP URI means nothing to a customer) or a callback.
 */
export function chatHumanReply(base: string, target: PhoneTarget): string {
  const call = target.kind === 'number' ? ` If you'd rather talk now, call us at ${target.target}.` : '';
  return `${base}${call} Or leave your phone number here and a member of our team will call you back.`;
}
