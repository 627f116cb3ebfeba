import type { Command } from 'commander';
import { exitWithError, printJson } from './output.ts';

export type DialOptions = {
  graph: string;
  to: string;
  from?: string;
  context?: string;
  server: string;
  apiKey?: string;
};

/**
 * Places an outbound call through a running server (`POST /v1/calls`): the server is where Twilio's
 * callbacks and the call's media stream arrive, so the CLI only asks it. Returns the server's answer.
 */
export async function dial(
  opts: DialOptions,
): Promise<{ callId: string; callSid: string; conversationId: string }> {
  if (!/^\+[1-9]\d{6,14}$/.test(opts.to))
    throw new Error(`--to "${opts.to}" must be an E.164 number like +14155550100`);
  let context: unknown;
  if (opts.context !== undefined) {
    try {
      context = JSON.parse(opts.context);
    } catch {
      throw new Error('--context must be a JSON object, e.g. \'{"name":"Ada"}\'');
    }
    if (!context || typeof context !== 'object' || Array.isArray(context))
      throw new Error('--context must be a JSON object, e.g. \'{"name":"Ada"}\'');
  }
  const url = `${opts.server.replace(/\/+$/, '')}/v1/calls`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {}),
      },
      body: JSON.stringify({ graph: opts.graph, to: opts.to, from: opts.from, context }),
    });
  } catch (error) {
    throw new Error(
      `no server at ${opts.server} (${(error as Error).message}); start one with switchboard serve`,
    );
  }
  const body = (await response.json().catch(() => null)) as Record<string, any> | null;
  if (!response.ok)
    throw new Error(
      `the server refused the call (${response.status}): ${body?.error?.message ?? response.statusText}`,
    );
  return body as { callId: string; callSid: string; conversationId: string };
}

export function registerDialCommand(program: Command): void {
  program
    .command('dial')
    .description('place an outbound phone call (Twilio) whose conversation starts with the given context')
    .requiredOption('--graph <name>', 'graph served by the server')
    .requiredOption('--to <number>', 'E.164 number to call')
    .option('--from <number>', 'our Twilio number (default: the server’s TWILIO_FROM_NUMBER)')
    .option('--context <json>', 'structured context of the conversation, a JSON object')
    .option(
      '--server <url>',
      'the running switchboard serve',
      process.env.SWITCHBOARD_URL ?? 'http://127.0.0.1:8484',
    )
    .option('--api-key <key>', 'API key (default SWITCHBOARD_API_KEY)', process.env.SWITCHBOARD_API_KEY)
    .action(async (opts: DialOptions) => {
      try {
        printJson(await dial(opts));
      } catch (error) {
        exitWithError(error);
      }
    });
}
