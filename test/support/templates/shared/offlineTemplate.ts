import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { loadGraph } from '../../../../src/app/loadGraph.ts';
import { createAgentModelFactory } from '../../../../src/models/agentModels.ts';
import { Switchboard } from '../../../../src/runtime/switchboard.ts';
import type { ConversationStore } from '../../../../src/store/types.ts';
import { setEvalDay } from '../../evalCalendar.ts';
import { seededDatabaseFor } from './seededDatabases.ts';

/** Set once the hooks have run: read the fields inside tests, never at module load. */
export type OfflineTemplate = { store: ConversationStore; switchboard: Switchboard };

/**
 * A built-in template as `switchboard chat --graph <name>` runs it — the real graph, the offline model
 * for every agent, the runtime — over an in-memory PGlite seeded by the template's setup SQL (a copy of
 * the process's prepared one: seededDatabases.ts). One
 * database for the file by default (each test works in its own conversation and rows); `perTest` opens
 * a fresh one for every test, for files whose tests must not see each other's writes.
 */
export function useOfflineTemplate(
  name: string,
  options: {
    perTest?: boolean;
    /**
     * The offline model's clock. Default the process's, which runs on the eval's day while the template is
     * open (evalCalendar.ts: the database's today is the model's); `dialogueClock` (the coming Monday, 09:00 UTC) for
     * tests whose "tomorrow" must be a day the business is open (the salon closes Sunday and Monday:
     * "a haircut for tomorrow afternoon" failed when the tests ran on a Saturday).
     */
    now?: () => Date;
  } = {},
): OfflineTemplate {
  const t = {} as OfflineTemplate;
  let restoreClock = () => {};
  const open = async () => {
    restoreClock = setEvalDay();
    const graph = await loadGraph(name);
    t.store = await (await seededDatabaseFor(graph)).copy();
    t.switchboard = await Switchboard.create({
      graph,
      store: t.store,
      models: createAgentModelFactory({ model: 'offline', ...(options.now ? { now: options.now } : {}) }),
    });
  };
  const close = async () => {
    await t.store?.close();
    restoreClock();
  };
  if (options.perTest) {
    beforeEach(open);
    afterEach(close);
  } else {
    beforeAll(open);
    afterAll(close);
  }
  return t;
}
