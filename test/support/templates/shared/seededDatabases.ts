import { createHash } from 'node:crypto';
import { prepareDialogueDatabase } from '../../../../src/eval/dialogueEval.ts';
import type { Graph } from '../../../../src/graph/defineGraph.ts';
import type { PgliteStoreTemplate } from '../../../../src/store/pgliteStore.ts';

/**
 * Each template's seeded database, prepared once per test process: most of a one-conversation test's
 * time was preparing it (migrations, the template's tables and rows, the dump every copy loads), and
 * test files that share a process (vitest.config.ts) converse on the same five templates. Every caller
 * still gets a copy of its own (`copy()`), as every scenario of the dialogue eval does.
 */
const prepared = new Map<string, Promise<PgliteStoreTemplate>>();

export function seededDatabaseFor(graph: Graph): Promise<PgliteStoreTemplate> {
  // The day the seeds were laid from is part of the key: a process that runs past midnight into another
  // eval week lays them again (evalCalendar.ts).
  const day = new Date().toISOString().slice(0, 10);
  const key = `${graph.name}:${day}:${createHash('sha256').update(graph.setupSql.join('\n')).digest('hex')}`;
  let database = prepared.get(key);
  if (!database) {
    database = prepareDialogueDatabase(graph);
    // A failed preparation is not kept: the next caller tries again.
    database.catch(() => prepared.delete(key));
    prepared.set(key, database);
  }
  return database;
}
