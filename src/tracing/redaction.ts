/**
 * PII masking for everything Switchboard writes *about* a conversation: stored spans, exported spans,
 * analysis reasons and its own log lines (`SWITCHBOARD_REDACT=pii`). The transcript itself is not
 * touched here: agents need it to continue the conversation.
 */

export type RedactionMode = 'off' | 'pii';

/** `SWITCHBOARD_REDACT=pii` turns masking on; anything else (unset, `off`, `0`) leaves values as they are. */
export function redactionModeFrom(env: NodeJS.ProcessEnv = process.env): RedactionMode {
  const value = env.SWITCHBOARD_REDACT?.trim().toLowerCase();
  return value === 'pii' || value === '1' || value === 'true' ? 'pii' : 'off';
}

/** Luhn checksum: tells a payment card number from an order number of the same length. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

const onlyDigits = (text: string): string => text.replace(/\D/g, '');

type Rule = { label: string; pattern: RegExp; accept?: (match: string) => boolean };

/*
 * Order matters: IBANs contain card-length digit runs, and cards are long digit runs that the phone rule would otherwise claim
 * half of; dates are excluded from phones because `2025-04-14` is not personal data; IPv4 addresses go before
 * phones, which would otherwise take their digits.
 */
const RULES: Rule[] = [
  { label: 'iban', pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g },
  {
    label: 'card',
    pattern: /(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g,
    accept: (m) => luhnValid(onlyDigits(m)),
  },
  { label: 'ssn', pattern: /\b\d{3}-\d{2}-\d{4}\b/g },
  { label: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  { label: 'ip', pattern: /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g },
  {
    label: 'phone',
    // Not inside hyphenated ids (UUIDs, order numbers): no `-x` right before or after the digits.
    pattern:
      /(?<![\w+-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){1,4}(?!\w|-\w)/g,
    accept: (m) => {
      const digits = onlyDigits(m).length;
      if (digits < 7 || digits > 15) return false;
      if (/^\d{4}-\d{2}-\d{2}$/.test(m.trim())) return false; // ISO date
      if (/^\d+$/.test(m) && !m.startsWith('0') && digits < 10) return false; // a bare amount or count
      return true;
    },
  },
];

/** Replaces every email, phone number, card number, IBAN, SSN and IPv4 address with `[label]`. */
export function redactText(text: string): string {
  let out = text;
  for (const rule of RULES) {
    out = out.replace(rule.pattern, (match) =>
      !rule.accept || rule.accept(match) ? `[${rule.label}]` : match,
    );
  }
  return out;
}

/**
 * A deep copy of `value` with every string (and every number that reads as a card or phone number)
 * masked. Object keys are kept: they are field names chosen by code, not customer data.
 */
export function redactValue<T>(value: T): T {
  return redactAny(value, 0) as T;
}

function redactAny(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || Math.abs(value) < 1_000_000) return value;
    const masked = redactText(String(value));
    return masked === String(value) ? value : masked;
  }
  if (value === null || typeof value !== 'object' || depth > 32) return value;
  if (Array.isArray(value)) return value.map((v) => redactAny(v, depth + 1));
  if (value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactAny(v, depth + 1);
  return out;
}

/** What the tracing and analytics code calls: the identity when masking is off. */
export type Redactor = <T>(value: T) => T;

export const noRedaction: Redactor = (value) => value;

export function redactorFor(mode: RedactionMode): Redactor {
  return mode === 'pii' ? redactValue : noRedaction;
}
