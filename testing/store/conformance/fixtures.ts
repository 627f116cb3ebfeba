import { randomUUID } from 'node:crypto';
import type { AgentInputItem } from '@openai/agents';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { rowsOf } from '../../../src/store/sqlHelpers.ts';
import {
  type ConversationRecord,
  type ConversationStore,
  type TurnCommit,
  turnCommitOf,
} from '../../../src/store/types.ts';

/**
 * The one store of a suite (call it inside its `describe`): made by `factory` before the suite's tests
 * and closed after them. The function returned reads it.
 */
export function suiteStore(factory: () => Promise<ConversationStore>): () => ConversationStore {
  let store: ConversationStore | undefined;
  beforeAll(async () => {
    store = await factory();
  });
  afterAll(async () => {
    await store?.close();
  });
  return () => {
    if (!store) throw new Error('store factory failed');
    return store;
  };
}

/** Tests share one store per backend; unique names keep their rows apart. */
export function unique(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
}

export const user = (text: string): AgentInputItem => ({ role: 'user', content: text });

export const assistant = (text: string): AgentInputItem => ({
  role: 'assistant',
  status: 'completed',
  content: [{ type: 'output_text', text }],
});

export const transferCall = (callId: string, to: string): AgentInputItem => ({
  type: 'function_call',
  callId,
  name: `transfer_to_${to}`,
  arguments: '{"reason":"billing question"}',
  status: 'completed',
});

export async function newConversation(
  store: ConversationStore,
  overrides: Partial<Parameters<ConversationStore['createConversation']>[0]> = {},
): Promise<ConversationRecord> {
  return store.createConversation({
    graph: unique('graph'),
    activeAgent: 'triage',
    context: {},
    ...overrides,
  });
}

/** A turn commit from `record`'s current version; override any field. */
export function turnOf(record: ConversationRecord, overrides: Partial<TurnCommit> = {}): TurnCommit {
  const turn = overrides.turn ?? record.turnCount + 1;
  return turnCommitOf(record, turn, {
    items: [
      { agent: null, item: user(`question ${turn}`) },
      { agent: 'triage', item: assistant(`answer ${turn}`) },
    ],
    ...overrides,
  });
}

/** Rows of a tool table, read through the store's tool database. */
export async function countRows(store: ConversationStore, table: string): Promise<number> {
  const db = await store.toolDb();
  const [row] = rowsOf<{ n: number }>(await db.execute(sql.raw(`select count(*)::int as n from ${table}`)));
  return row.n;
}

export async function captureError(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
