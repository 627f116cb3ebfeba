import type { Command } from 'commander';

type Register = (program: Command) => void;

type CommandEntry = {
  summary: string;
  load: () => Promise<Register>;
  /**
   * Runs for minutes or more and many queries (a server, an evaluation, a simulated call): it keeps
   * V8's optimising WebAssembly tier for the embedded database. Other commands do not (see main.ts).
   */
  longRunning?: true;
};

/**
 * Every top-level command: its one-line summary and how to load it. Loading a command pulls in the
 * SDK, the store and the server, which takes a second or more; `switchboard --help` needs only the
 * summaries, and `switchboard chat` only the chat command, so each is imported when it is used.
 * `command_table.test.ts` holds each summary to the description the command itself registers.
 */
export const COMMANDS: Record<string, CommandEntry> = {
  chat: {
    summary: 'talk to an assistant in the terminal (interactive, or one turn with --message)',
    load: async () => (await import('./chatCommand.ts')).registerChatCommand,
  },
  graph: {
    summary: 'inspect a graph',
    load: async () => (await import('./graphCommand.ts')).registerGraphCommand,
  },
  init: {
    summary: 'scaffold a graph module (agents, tools, context schema, examples, routing dataset) to edit',
    load: async () => (await import('./initCommand.ts')).registerInitCommand,
  },
  conversations: {
    summary: 'list and inspect stored conversations',
    load: async () => (await import('./conversationsCommand.ts')).registerConversationsCommand,
  },
  db: {
    summary: 'database maintenance',
    load: async () => (await import('./dbCommand.ts')).registerDbCommand,
  },
  eval: {
    summary: 'evaluate a graph (routing accuracy, threshold calibration, dialogue completion)',
    load: async () => (await import('./evalCommand.ts')).registerEvalCommand,
    longRunning: true,
  },
  analytics: {
    summary: 'conversation analytics: handoffs, trips, escalations, latency, cost, sentiment',
    load: async () => (await import('./analyticsCommand.ts')).registerAnalyticsCommand,
  },
  serve: {
    summary: 'run the HTTP API (conversations, SSE, WebSocket, OpenAI-compatible, operator inbox)',
    load: async () => (await import('./serveCommand.ts')).registerServeCommand,
    longRunning: true,
  },
  call: {
    summary:
      'simulate a phone call (Twilio Media Streams) against a graph; writes the agent audio and a timeline',
    load: async () => (await import('./callCommand.ts')).registerCallCommand,
    longRunning: true,
  },
  router: {
    summary: 'the local router learnt from traffic',
    load: async () => (await import('./routerCommand.ts')).registerRouterCommand,
  },
  approvals: {
    summary: 'tool calls waiting for a person: list them, approve or deny (the conversation resumes)',
    load: async () => (await import('./approvalsCommand.ts')).registerApprovalsCommand,
  },
  dial: {
    summary: 'place an outbound phone call (Twilio) whose conversation starts with the given context',
    load: async () => (await import('./dialCommand.ts')).registerDialCommand,
  },
  keys: {
    summary: 'API keys for the HTTP server (scoped to a tenant)',
    load: async () => (await import('./keysCommand.ts')).registerKeysCommand,
  },
};

/** The command a command line names (`switchboard [options] NAME …`, `switchboard help NAME`), if any. */
export function commandNamed(args: string[]): string | undefined {
  const words = args.filter((arg) => !arg.startsWith('-'));
  const name = words[0] === 'help' ? words[1] : words[0];
  return name !== undefined && Object.hasOwn(COMMANDS, name) ? name : undefined;
}
