import { type Command, InvalidArgumentError } from 'commander';
import { templateNames } from '../app/loadGraph.ts';
import { DEFAULT_HOST, DEFAULT_PORT, type RunningServer, startServer } from '../app/startServer.ts';
import { webBuildState } from '../dashboard/webBuild.ts';
import { defaultModelSpec, describeModelSpec, parseModelSpec } from '../models/modelSpec.ts';
import { DEFAULT_BODY_LIMIT } from '../server/app.ts';
import { DEFAULT_RATE_LIMIT } from '../server/rateLimit.ts';
import { ADVICE, heldDataDirLine } from './heldDataDir.ts';
import { bold, dim, exitWithError, positiveInt, yellow } from './output.ts';

type ServeOptions = {
  port: number;
  host: string;
  graph: string[];
  model?: string;
  bodyLimit: number;
  rateLimit: number;
  logLevel: string;
  allowedHost?: string[];
};

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError(`--port must be 0-65535 (got "${value}")`);
  return n;
}

function nonNegativeInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
      throw new InvalidArgumentError(`${name} must be 0 or more (got "${value}")`);
    return n;
  };
}

/** `--graph` is repeatable; the first one given replaces the default. */
function collect(value: string, previous: string[], defaults: string[]): string[] {
  return previous === defaults ? [value] : [...previous, value];
}

export function registerServeCommand(program: Command): void {
  const defaultGraphs = ['support'];
  program
    .command('serve')
    .description('run the HTTP API (conversations, SSE, WebSocket, OpenAI-compatible, operator inbox)')
    .option('--port <n>', 'port (0 = any free port)', port, DEFAULT_PORT)
    .option('--host <address>', 'address to bind', DEFAULT_HOST)
    .option(
      '--graph <name|path>',
      'graph to serve: template name, module path or `all` (every template); repeatable',
      (v: string, prev: string[]) => collect(v, prev, defaultGraphs),
      defaultGraphs,
    )
    .option('--model <spec>', 'offline | openai:<model> (default: SWITCHBOARD_MODEL or offline)')
    .option('--body-limit <bytes>', 'largest request body', positiveInt('--body-limit'), DEFAULT_BODY_LIMIT)
    .option(
      '--rate-limit <n>',
      'requests per minute per API key (0 = off)',
      nonNegativeInt('--rate-limit'),
      DEFAULT_RATE_LIMIT.max,
    )
    .option('--log-level <level>', 'fatal | error | warn | info | debug', 'warn')
    .option(
      '--allowed-host <name>',
      'another host name clients may address the server by (Host, browser Origin); repeatable, `*` = any (default: SWITCHBOARD_ALLOWED_HOSTS)',
      (v: string, prev: string[] | undefined) => [...(prev ?? []), v],
    )
    .action(async (opts: ServeOptions) => {
      try {
        const model = opts.model ?? defaultModelSpec();
        parseModelSpec(model);
        const running = await startServer({
          graphs: opts.graph.flatMap((g) => (g === 'all' ? templateNames() : [g])),
          model,
          host: opts.host,
          port: opts.port,
          bodyLimit: opts.bodyLimit,
          rateLimit: opts.rateLimit === 0 ? false : { max: opts.rateLimit, windowMs: 60_000 },
          logLevel: opts.logLevel,
          extraHosts: opts.allowedHost,
          // PostgreSQL down at start: answer 503 meanwhile and take over once it is back (no restart).
          waitForDatabase: (standIn, error) =>
            process.stderr.write(
              `switchboard: ${error.message}\nswitchboard: answering 503 on ${standIn} until the database is back, retrying every second\n`,
            ),
        });
        printBanner(running, model);
        handleSignals(running);
      } catch (error) {
        exitWithError(heldDataDirLine(error, ADVICE.serve) ?? error);
      }
    });
}

function printBanner(running: RunningServer, model: string): void {
  const graphs = [...running.context.graphs.keys()].join(', ');
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(
    `${bold('Switchboard server')} ${dim(`· graphs ${graphs} · model ${describeModelSpec(model)} · store ${running.store.kind}`)}`,
  );
  // Tests and scripts find the address on this line.
  out(`listening on ${running.url}`);
  const unbuilt = webBuildState() === 'missing' ? yellow(' (not built yet: npm run build:web)') : '';
  out(`dashboard    ${running.url}/${unbuilt}`);
  out(`API          ${running.url}/v1 ${dim(`(OpenAPI: ${running.url}/openapi.json)`)}`);
  if (running.access === 'open')
    out(
      yellow('access OPEN: no API key exists, every request is served as tenant null (loopback only).') +
        dim(' Lock it: switchboard keys create --tenant NAME'),
    );
  else out(dim('access: API keys required (Authorization: Bearer sb_…)'));
}

/** SIGTERM/SIGINT: stop accepting, let running turns finish and commit, close the database, exit 0. */
function handleSignals(running: RunningServer): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      process.stderr.write('switchboard: second signal, exiting without waiting\n');
      process.exit(1);
    }
    stopping = true;
    process.stdout.write(dim(`${signal}: finishing running turns, then closing the database…\n`));
    try {
      await running.close();
      process.stdout.write('stopped\n');
      process.exit(0);
    } catch (error) {
      exitWithError(error);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
