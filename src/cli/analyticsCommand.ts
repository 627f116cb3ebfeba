import { type Command, InvalidArgumentError } from 'commander';
import { conversationText, summaryText } from '../analytics/analyticsText.ts';
import { analyzeConversation } from '../analytics/analyzeConversation.ts';
import { computeAnalytics, conversationAnalyticsFor } from '../analytics/computeAnalytics.ts';
import { parseSince } from '../analytics/timeRange.ts';
import { templateNames } from '../app/loadGraph.ts';
import { openStore } from '../store/openStore.ts';
import type { ConversationStore } from '../store/types.ts';
import { ADVICE, heldDataDirLine } from './heldDataDir.ts';
import { exitWithError, printJson } from './output.ts';

/** Checks a time option while parsing, so a typo is a usage error (exit 2) and no store is opened. */
const timeOption =
  (name: string) =>
  (value: string): string => {
    try {
      parseSince(value);
    } catch (error) {
      throw new InvalidArgumentError(`${name}: ${(error as Error).message}`);
    }
    return value;
  };

type AnalyticsOptions = {
  graph?: string;
  since?: string;
  until?: string;
  tenant?: string;
  conversation?: string;
  analyze?: boolean;
  json?: boolean;
};

export function registerAnalyticsCommand(program: Command): void {
  program
    .command('analytics')
    .description('conversation analytics: handoffs, trips, escalations, latency, cost, sentiment')
    .option('--graph <name>', 'only this graph')
    .option(
      '--since <when>',
      'conversations created since: 7d, 24h, 30m, 2w or an ISO date',
      timeOption('--since'),
    )
    .option('--until <when>', 'conversations created before (same forms); default now', timeOption('--until'))
    .option('--tenant <tenant>', 'only this tenant')
    .option('--conversation <id>', 'one conversation: trail, visits, tools, tokens, cost, latency, analysis')
    .option('--analyze', 'with --conversation: score sentiment and lead now (stored with the conversation)')
    .option('--json', 'machine-readable output')
    .action(async (opts: AnalyticsOptions) => {
      try {
        if (opts.analyze && !opts.conversation) throw new Error('--analyze needs --conversation <id>');
        const store = await openStore();
        try {
          if (opts.conversation) {
            if (opts.analyze) await analyzeConversation(store, opts.conversation);
            const analytics = await conversationAnalyticsFor(store, opts.conversation);
            if (!analytics) throw new Error(`conversation ${opts.conversation} not found`);
            if (opts.json) printJson(analytics);
            else process.stdout.write(conversationText(analytics));
          } else {
            if (opts.graph !== undefined) await assertKnownGraph(store, opts.graph);
            const summary = await computeAnalytics(store, {
              graph: opts.graph,
              since: opts.since,
              until: opts.until,
              tenant: opts.tenant,
            });
            if (opts.json) printJson(summary);
            else process.stdout.write(summaryText(summary));
          }
        } finally {
          await store.close();
        }
      } catch (error) {
        exitWithError(heldDataDirLine(error, ADVICE.read('analytics', '/v1/analytics')) ?? error);
      }
    });
}

/**
 * A misspelt graph would print a report of zeros that reads like "no traffic": refuse a name that is
 * neither a template nor the graph of any stored conversation (a user's own graph counts once used).
 */
async function assertKnownGraph(store: ConversationStore, graph: string): Promise<void> {
  if (templateNames().includes(graph)) return;
  if ((await store.listConversations({ graph, limit: 1 })).length > 0) return;
  throw new Error(
    `graph "${graph}": not a template (${templateNames().join(', ')}) and no stored conversation uses it`,
  );
}
