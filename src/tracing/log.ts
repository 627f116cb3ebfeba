import { redactionModeFrom, redactText } from './redaction.ts';

/**
 * Switchboard's own warning lines (a trace that could not be stored or exported). They can quote
 * customer data (an error message naming a value), so they are masked like spans under
 * `SWITCHBOARD_REDACT=pii`.
 */
export function logWarning(message: string, env: NodeJS.ProcessEnv = process.env): void {
  const line = redactionModeFrom(env) === 'pii' ? redactText(message) : message;
  process.stderr.write(`switchboard: warning: ${line}\n`);
}
