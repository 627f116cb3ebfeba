import { sql } from 'drizzle-orm';
import type { Graph } from '../graph/defineGraph.ts';
import { createAgentModelFactory } from '../models/agentModels.ts';
import type { TurnResult } from '../runtime/runTurn.ts';
import { Switchboard } from '../runtime/switchboard.ts';
import { createPgliteStoreTemplate, type PgliteStoreTemplate } from '../store/pgliteStore.ts';
import type { DialogueCheck, DialogueScenario } from './dialogueDataset.ts';

/**
 * Runs dialogue scenarios end to end (the real graph, its tools and seeded tables, the runtime) and
 * measures task completion: whether each scenario's completion checks were met, and whether the
 * assistant looped (said the same thing three times in one conversation).
 */

/** The same reply this many times in one conversation is a loop: the customer is stuck. */
export const LOOP_REPEATS = 3;

export type DialogueTurn = {
  user: string;
  agent: string;
  reply: string;
  handoffs: string[];
  tools: { tool: string; arguments: unknown; result: unknown }[];
};

export type DialogueOutcome = {
  id: string;
  split: 'tune' | 'holdout';
  completed: boolean;
  /** The checks that were not met, in words. */
  unmet: string[];
  /** Replies said LOOP_REPEATS times or more. */
  loops: string[];
  turns: DialogueTurn[];
  error?: string;
};

export type DialogueSplitFigures = { scenarios: number; completed: number; rate: number; loops: number };

export type DialogueReport = {
  graph: string;
  outcomes: DialogueOutcome[];
  all: DialogueSplitFigures;
  tune: DialogueSplitFigures;
  holdout: DialogueSplitFigures;
};

export type DialogueEvalOptions = {
  graph: Graph;
  scenarios: readonly DialogueScenario[];
  /** Model spec for every agent (default offline). */
  model?: string;
  /** The offline model's clock for "tomorrow" and weekdays (default: see dialogueClock). */
  now?: Date;
  /**
   * The graph's seeded database to copy for each scenario (`prepareDialogueDatabase`), when the
   * caller runs many evals of one graph: the caller keeps and closes it. Prepared here otherwise.
   */
  database?: PgliteStoreTemplate;
};

/**
 * The eval's clock: the coming Monday at 09:00 UTC (today when it is Monday). Relative days then mean
 * the same weekday on every run ("tomorrow" is a Tuesday, when every template is open), and never a
 * day before the real today that tools compare dates against.
 */
export function dialogueClock(realNow: Date = new Date()): Date {
  const day = new Date(Date.UTC(realNow.getUTCFullYear(), realNow.getUTCMonth(), realNow.getUTCDate(), 9));
  const ahead = (1 - day.getUTCDay() + 7) % 7;
  return new Date(day.getTime() + ahead * 86_400_000);
}

/**
 * Every scenario runs on a database of its own, seeded fresh: a scenario's outcome never depends on
 * which ran before it (a refund issued in one cannot make another's refund fail). The database is
 * migrated and seeded once, and each scenario gets a copy of it (copying costs a fraction of opening).
 */
export async function runDialogueEval(options: DialogueEvalOptions): Promise<DialogueReport> {
  const now = options.now ?? dialogueClock();
  const models = createAgentModelFactory({ model: options.model ?? 'offline', now: () => now });
  const seeded = options.database ?? (await prepareDialogueDatabase(options.graph));
  const outcomes: DialogueOutcome[] = [];
  try {
    for (const scenario of options.scenarios) {
      const store = await seeded.copy();
      try {
        const switchboard = await Switchboard.create({ graph: options.graph, store, models });
        outcomes.push(await runScenario(switchboard, scenario));
      } finally {
        await store.close();
      }
    }
  } finally {
    if (!options.database) await seeded.close();
  }
  return {
    graph: options.graph.name,
    outcomes,
    all: figures(outcomes),
    tune: figures(outcomes.filter((o) => o.split === 'tune')),
    holdout: figures(outcomes.filter((o) => o.split === 'holdout')),
  };
}

/**
 * The days a seed row relative to the day of setup (`daysFromSetup`, templates/shared/seedSql.ts) moves,
 * so that the rows lie as if set up on the Friday before the eval's clock, whatever day it runs: the clock
 * fixes the caller's weekdays, and the seeds must keep theirs beside it ("the tuesday one" was Marcus
 * Bell's Whitfield visit only when set up on a Friday, and the gate lost rows on a Saturday). Friday is
 * the layout every gate figure was measured on.
 */
export function seedShift(realNow: Date = new Date()): number {
  const midnight = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const friday = midnight(dialogueClock(realNow)) - 3 * 86_400_000;
  return Math.round((friday - midnight(realNow)) / 86_400_000);
}

/** The graph's database, migrated and seeded by its setup SQL, that every scenario starts from a copy of. */
export function prepareDialogueDatabase(graph: Graph): Promise<PgliteStoreTemplate> {
  return createPgliteStoreTemplate(async (store) => {
    await store.migrate();
    // A session setting the seed SQL reads; PGlite has one connection, so the setup below sees it.
    const db = await store.toolDb();
    await db.execute(sql.raw(`SELECT set_config('switchboard.seed_shift', '${seedShift()}', false)`));
    // Creating a Switchboard applies the graph's setup SQL (its tables and seed rows).
    await Switchboard.create({ graph, store, models: createAgentModelFactory({ model: 'offline' }) });
  });
}

async function runScenario(switchboard: Switchboard, scenario: DialogueScenario): Promise<DialogueOutcome> {
  const turns: DialogueTurn[] = [];
  let error: string | undefined;
  try {
    const { id } = await switchboard.createConversation({ context: scenario.context });
    for (const user of scenario.turns) turns.push(describeTurn(user, await switchboard.send(id, user)));
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const unmet = error ? [`error: ${error}`] : scenario.done.flatMap((check) => unmetCheck(check, turns));
  const loops = repeatedReplies(turns);
  return {
    id: scenario.id,
    split: scenario.split,
    completed: unmet.length === 0,
    unmet,
    loops,
    turns,
    error,
  };
}

function describeTurn(user: string, result: TurnResult): DialogueTurn {
  return {
    user,
    agent: result.agent,
    reply: result.reply,
    handoffs: result.handoffs.filter((h) => h.kind !== 'rejected').map((h) => `${h.from}->${h.to}`),
    tools: result.toolCalls.map((c) => ({ tool: c.tool, arguments: c.arguments, result: c.result })),
  };
}

/** Why `check` is not met by the conversation, or nothing when it is. */
export function unmetCheck(check: DialogueCheck, turns: readonly DialogueTurn[]): string[] {
  const unmet: string[] = [];
  const calls = turns.flatMap((t) => t.tools);
  if (check.tool) {
    const ran = calls.filter((c) => c.tool === check.tool);
    const fits = ran.some((c) => !check.result || containsSubset(c.result, check.result));
    if (!fits)
      unmet.push(
        ran.length === 0
          ? `${check.tool} never ran`
          : `${check.tool} ran but no result had ${JSON.stringify(check.result)}`,
      );
  }
  if (check.handoff && !turns.some((t) => t.handoffs.some((h) => h.endsWith(`->${check.handoff}`))))
    unmet.push(`never handed to ${check.handoff}`);
  if (check.reply) {
    const pattern = new RegExp(check.reply, 'i');
    if (!turns.some((t) => pattern.test(t.reply))) unmet.push(`no reply matched /${check.reply}/`);
  }
  for (const tool of check.never_tools ?? [])
    if (calls.some((c) => c.tool === tool)) unmet.push(`${tool} ran but must not`);
  return unmet;
}

function containsSubset(value: unknown, subset: Record<string, unknown>): boolean {
  const parsed = typeof value === 'string' ? safeJson(value) : value;
  if (!parsed || typeof parsed !== 'object') return false;
  const record = parsed as Record<string, unknown>;
  return Object.entries(subset).every(([k, v]) => JSON.stringify(record[k]) === JSON.stringify(v));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Replies given LOOP_REPEATS times or more in the conversation. */
export function repeatedReplies(turns: readonly DialogueTurn[]): string[] {
  const counts = new Map<string, number>();
  for (const t of turns) {
    const said = t.reply.trim();
    if (said !== '') counts.set(said, (counts.get(said) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= LOOP_REPEATS).map(([reply]) => reply);
}

function figures(outcomes: readonly DialogueOutcome[]): DialogueSplitFigures {
  const completed = outcomes.filter((o) => o.completed).length;
  return {
    scenarios: outcomes.length,
    completed,
    rate: outcomes.length === 0 ? 1 : completed / outcomes.length,
    loops: outcomes.filter((o) => o.loops.length > 0).length,
  };
}

/**
 * The report as text: one line per scenario, the unmet checks and loops under it, then the figures.
 * A held-out scenario shows only its line unless `showHeldOut`: its transcript is what someone tuning
 * the model must not read, and the report is what they run.
 */
export function formatDialogueReport(
  report: DialogueReport,
  options: { verbose?: boolean; showHeldOut?: boolean } = {},
): string {
  const lines = [`dialogues · ${report.graph}`];
  for (const o of report.outcomes) {
    lines.push(`${o.completed ? '✓' : '✗'} ${o.id}${o.split === 'holdout' ? ' (holdout)' : ''}`);
    if (o.split === 'holdout' && !options.showHeldOut) continue;
    for (const u of o.unmet) lines.push(`    unmet: ${u}`);
    for (const l of o.loops) lines.push(`    loop: said ${LOOP_REPEATS}+ times: "${l}"`);
    if (options.verbose || !o.completed || o.loops.length > 0)
      for (const t of o.turns) {
        lines.push(`    you › ${t.user}`);
        for (const h of t.handoffs) lines.push(`      ↪ ${h}`);
        for (const c of t.tools) lines.push(`      ⚙ ${c.tool}(${JSON.stringify(c.arguments)})`);
        lines.push(`    ${t.agent} › ${t.reply}`);
      }
  }
  const line = (name: string, f: DialogueSplitFigures) =>
    `${name}: ${f.completed}/${f.scenarios} complete (${(f.rate * 100).toFixed(1)}%), ${f.loops} with loops`;
  lines.push(line('tuned', report.tune), line('holdout', report.holdout), line('all', report.all));
  return lines.join('\n');
}
