import { and, eq, sql } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { toolCalls } from './schema.ts';
import type { ConversationStore, ToolCallRecord, ToolDb } from './types.ts';

type ToolKey = Parameters<ConversationStore['runToolOnce']>[0];
type ToolFn = Parameters<ConversationStore['runToolOnce']>[1];

/**
 * What a replay would return: the JSON round-trip of the result (`undefined` and functions become null). The first
 * run returns this too, so a side effect's caller sees the same value whether or not it was replayed.
 */
export function toJsonValue(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? null : JSON.parse(text);
}

/** Recorded so operators can see the attempt; a later `runToolOnce` for the same call runs `fn` again. */
export function failureResult(error: unknown): { error: string } {
  return { error: error instanceof Error ? error.message : String(error) };
}

function byKey(conversationId: string, callId: string) {
  return and(eq(toolCalls.conversationId, conversationId), eq(toolCalls.callId, callId));
}

export async function getToolCallSql(
  db: PgDatabase<any, any>,
  conversationId: string,
  callId: string,
): Promise<ToolCallRecord | null> {
  const [row] = await db.select().from(toolCalls).where(byKey(conversationId, callId));
  return row ?? null;
}

/**
 * At-most-once execution. The ledger row is inserted (or, if another process got there first, waited
 * for: a conflicting uncommitted insert blocks until that transaction ends) and locked in the same
 * transaction that `fn` writes through, so the effect and its "completed" record commit together.
 */
export async function runToolOnceSql(
  db: PgDatabase<any, any>,
  key: ToolKey,
  fn: ToolFn,
): Promise<{ result: unknown; replayed: boolean }> {
  let fnFailed = false;
  try {
    return await db.transaction(async (tx) => {
      await tx
        .insert(toolCalls)
        .values({
          conversationId: key.conversationId,
          callId: key.callId,
          tool: key.tool,
          agent: key.agent,
          arguments: toJsonValue(key.arguments),
          status: 'started',
        })
        .onConflictDoNothing();
      const [row] = await tx
        .select({ status: toolCalls.status, result: toolCalls.result })
        .from(toolCalls)
        .where(byKey(key.conversationId, key.callId))
        .for('update');
      if (row.status === 'completed') return { result: row.result, replayed: true };
      let result: unknown;
      try {
        result = toJsonValue(await fn(tx as ToolDb));
      } catch (error) {
        fnFailed = true;
        throw error;
      }
      await tx
        .update(toolCalls)
        .set({ status: 'completed', result, completedAt: sql`now()` })
        .where(byKey(key.conversationId, key.callId));
      return { result, replayed: false };
    });
  } catch (error) {
    if (fnFailed) await recordFailure(db, key, error);
    throw error;
  }
}

async function recordFailure(db: PgDatabase<any, any>, key: ToolKey, error: unknown): Promise<void> {
  try {
    await db
      .insert(toolCalls)
      .values({
        conversationId: key.conversationId,
        callId: key.callId,
        tool: key.tool,
        agent: key.agent,
        arguments: toJsonValue(key.arguments),
        result: failureResult(error),
        status: 'failed',
      })
      .onConflictDoUpdate({
        target: [toolCalls.conversationId, toolCalls.callId],
        set: { status: 'failed', result: failureResult(error) },
        // A concurrent caller may have completed the call meanwhile; never downgrade that record.
        setWhere: sql`${toolCalls.status} <> 'completed'`,
      });
  } catch {
    // Best effort: the caller gets the tool's own error, which matters more than the audit row.
  }
}
