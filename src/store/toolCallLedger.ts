import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { toolCalls } from './schema.ts';
import { readStoredJson, STORED_JSON_VERSIONS } from './storedJson.ts';
import type { ConversationStore, ToolCallKey, ToolCallRecord, ToolDb } from './types.ts';

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

/**
 * The arguments' hash, computed by the database: jsonb's text form orders keys and drops whitespace, so
 * `{"b":1,"a":2}` and `{"a":2, "b":1}` hash alike. Migration 4 hashes the rows it backfills the same way.
 */
function argsHashOf(key: ToolCallKey): SQL {
  return sql`md5(${JSON.stringify(toJsonValue(key.arguments))}::jsonb::text)`;
}

function byKey(key: ToolCallKey) {
  return and(
    eq(toolCalls.conversationId, key.conversationId),
    eq(toolCalls.turn, key.turn ?? 0),
    eq(toolCalls.tool, key.tool),
    eq(toolCalls.argsHash, argsHashOf(key)),
    eq(toolCalls.occurrence, key.occurrence ?? 1),
  );
}

const RECORD_COLUMNS = {
  conversationId: toolCalls.conversationId,
  callId: toolCalls.callId,
  turn: toolCalls.turn,
  occurrence: toolCalls.occurrence,
  tool: toolCalls.tool,
  agent: toolCalls.agent,
  arguments: toolCalls.arguments,
  result: toolCalls.result,
  resultVersion: toolCalls.resultVersion,
  status: toolCalls.status,
  createdAt: toolCalls.createdAt,
  completedAt: toolCalls.completedAt,
};

/** A ledger row as callers see it: the result read in its stored schema version. */
export function toolCallFromRow(row: ToolCallRecord & { resultVersion: number }): ToolCallRecord {
  const { resultVersion, ...record } = row;
  return { ...record, result: resultOf(row, resultVersion) };
}

function resultOf(row: { conversationId: string; callId: string; result: unknown }, version: number) {
  return readStoredJson(
    'toolResult',
    version,
    row.result,
    `tool call ${row.callId} of ${row.conversationId}`,
  );
}

export async function getToolCallSql(
  db: PgDatabase<any, any>,
  conversationId: string,
  callId: string,
): Promise<ToolCallRecord | null> {
  const [row] = await db
    .select(RECORD_COLUMNS)
    .from(toolCalls)
    .where(and(eq(toolCalls.conversationId, conversationId), eq(toolCalls.callId, callId)))
    .orderBy(desc(toolCalls.createdAt), desc(toolCalls.turn))
    .limit(1);
  return row ? toolCallFromRow(row) : null;
}

/**
 * Async on purpose: a drizzle query is a thenable that runs again on every `then`, and the turn both
 * attaches a `catch` early and awaits later — returned bare, the ledger was read twice per turn.
 */
export async function listToolCallsSql(
  db: PgDatabase<any, any>,
  conversationId: string,
  turn: number,
): Promise<ToolCallRecord[]> {
  const rows = await db
    .select(RECORD_COLUMNS)
    .from(toolCalls)
    .where(and(eq(toolCalls.conversationId, conversationId), eq(toolCalls.turn, turn)))
    .orderBy(asc(toolCalls.createdAt), asc(toolCalls.tool), asc(toolCalls.occurrence));
  return rows.map(toolCallFromRow);
}

function newRow(key: ToolCallKey) {
  return {
    conversationId: key.conversationId,
    callId: key.callId,
    turn: key.turn ?? 0,
    occurrence: key.occurrence ?? 1,
    argsHash: argsHashOf(key),
    tool: key.tool,
    agent: key.agent,
    arguments: toJsonValue(key.arguments),
    resultVersion: STORED_JSON_VERSIONS.toolResult,
  };
}

/**
 * At-most-once execution. The ledger row is inserted (or, if another process got there first, waited
 * for: a conflicting uncommitted insert blocks until that transaction ends) and locked in the same
 * transaction that `fn` writes through, so the effect and its "completed" record commit together.
 */
export async function runToolOnceSql(
  db: PgDatabase<any, any>,
  key: ToolCallKey,
  fn: ToolFn,
): Promise<{ result: unknown; replayed: boolean; callId: string }> {
  let fnFailed = false;
  try {
    return await db.transaction(async (tx) => {
      await tx
        .insert(toolCalls)
        .values({ ...newRow(key), status: 'started' })
        .onConflictDoNothing();
      const [row] = await tx
        .select({
          status: toolCalls.status,
          result: toolCalls.result,
          resultVersion: toolCalls.resultVersion,
          callId: toolCalls.callId,
        })
        .from(toolCalls)
        .where(byKey(key))
        .for('update');
      if (row.status === 'completed') {
        const replayed = resultOf({ ...row, conversationId: key.conversationId }, row.resultVersion);
        return { result: replayed, replayed: true, callId: row.callId };
      }
      let result: unknown;
      try {
        result = toJsonValue(await fn(tx as ToolDb));
      } catch (error) {
        fnFailed = true;
        throw error;
      }
      // The call that ran the effect owns the record (a failed earlier attempt may have left its id).
      await tx
        .update(toolCalls)
        .set({
          status: 'completed',
          result,
          resultVersion: STORED_JSON_VERSIONS.toolResult,
          callId: key.callId,
          agent: key.agent,
          completedAt: sql`now()`,
        })
        .where(byKey(key));
      return { result, replayed: false, callId: key.callId };
    });
  } catch (error) {
    if (fnFailed) await recordFailure(db, key, error);
    throw error;
  }
}

async function recordFailure(db: PgDatabase<any, any>, key: ToolCallKey, error: unknown): Promise<void> {
  try {
    await db
      .insert(toolCalls)
      .values({ ...newRow(key), result: failureResult(error), status: 'failed' })
      .onConflictDoUpdate({
        target: [
          toolCalls.conversationId,
          toolCalls.turn,
          toolCalls.tool,
          toolCalls.argsHash,
          toolCalls.occurrence,
        ],
        set: {
          status: 'failed',
          result: failureResult(error),
          resultVersion: STORED_JSON_VERSIONS.toolResult,
        },
        // A concurrent caller may have completed the call meanwhile; never downgrade that record.
        setWhere: sql`${toolCalls.status} <> 'completed'`,
      });
  } catch {
    // Best effort: the caller gets the tool's own error, which matters more than the audit row.
  }
}
