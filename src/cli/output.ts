import { InvalidArgumentError } from 'commander';
import { GraphValidationError } from '../graph/graphValidation.ts';

/** One clear line on stderr and a non-zero exit; a stack trace only with SWITCHBOARD_DEBUG=1. */
/**
 * drizzle wraps a database error as "Failed query: <sql>\nparams: <values>" and keeps the database's
 * own reason in `cause`: show the reason and the statement's start, never the parameters (a
 * customer's words may be among them).
 */
export function databaseReason(error: Error): string | null {
  if (!error.message.startsWith('Failed query: ') || !(error.cause instanceof Error)) return null;
  const statement = error.message.slice('Failed query: '.length).split('\n')[0].trim();
  const shown = statement.length > 60 ? `${statement.slice(0, 60)}…` : statement;
  return `database error: ${error.cause.message} (while running: ${shown})`;
}

export function exitWithError(error: unknown, code = 1): never {
  const message =
    error instanceof GraphValidationError
      ? error.message
      : error instanceof Error
        ? (databaseReason(error) ?? error.message)
        : String(error);
  process.stderr.write(`switchboard: ${message}\n`);
  if (process.env.SWITCHBOARD_DEBUG === '1' && error instanceof Error && error.stack)
    process.stderr.write(`${error.stack}\n`);
  process.exit(code);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

const useColor = process.stdout.isTTY && !process.env.NO_COLOR && !process.argv.includes('--no-color');
const paint = (code: number) => (text: string) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);
export const dim = paint(2);
export const bold = paint(1);
export const cyan = paint(36);
export const yellow = paint(33);

/** Parses a positive integer option or fails with a message naming the option. */
export function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0)
      throw new InvalidArgumentError(`${name} must be a positive integer (got "${value}")`);
    return n;
  };
}
