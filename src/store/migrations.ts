import { sql } from 'drizzle-orm';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import type { Migration } from './migration.ts';
import { schemaMigrations } from './schema.ts';
import { rowsOf, schemaLock } from './sqlHelpers.ts';
import { STORED_JSON_VERSIONS_MIGRATION } from './storedJsonMigration.ts';
import { TRACE_BATCH_MIGRATION } from './traceBatchMigration.ts';

export type { Migration } from './migration.ts';

type AnyPgDatabase = PgDatabase<any, any>;

/** Created before anything else so applied versions can be recorded; the same shape as `schemaMigrations`. */
const CREATE_SCHEMA_MIGRATIONS = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY NOT NULL,
  name text NOT NULL,
  applied_at timestamp with time zone DEFAULT now() NOT NULL
)`;

/**
 * A turn's whole commit as one server-side call (see turnCommitSql.ts for why). PL/pgSQL caches the
 * plans of its statements per connection, which halves the cost of a commit on PGlite compared with the
 * same work as one ad-hoc statement. In READ COMMITTED each statement takes a fresh snapshot, so the
 * inserts, running after the UPDATE has locked the row, see every seq committed before them.
 * Returns the updated row, or no row when the version did not match (then nothing was written).
 */
const COMMIT_TURN_FUNCTION = `CREATE FUNCTION switchboard_commit_turn(
  p_id text, p_expected_version integer, p_turn integer, p_active_agent text, p_status text,
  p_context jsonb, p_handoffs_counted integer, p_tool_calls_added integer,
  p_items jsonb, p_handoffs jsonb, p_events jsonb
) RETURNS SETOF conversations LANGUAGE plpgsql AS $fn$
DECLARE
  updated conversations;
BEGIN
  UPDATE conversations SET
    active_agent = p_active_agent, status = p_status, context = p_context,
    handoff_count = handoff_count + p_handoffs_counted,
    tool_call_count = tool_call_count + p_tool_calls_added,
    turn_count = p_turn, version = version + 1, updated_at = now()
  WHERE id = p_id AND version = p_expected_version
  RETURNING * INTO updated;
  IF NOT FOUND THEN RETURN; END IF;
  IF jsonb_array_length(p_items) > 0 THEN
    INSERT INTO items (conversation_id, seq, turn, agent, item)
    SELECT p_id, coalesce((SELECT max(seq) FROM items WHERE conversation_id = p_id), 0) + x.ord,
      p_turn, x.v->>'agent', x.v->'item'
    FROM jsonb_array_elements(p_items) WITH ORDINALITY AS x(v, ord);
  END IF;
  IF jsonb_array_length(p_handoffs) > 0 THEN
    INSERT INTO handoffs (conversation_id, seq, turn, from_agent, to_agent, reason, intent, kind)
    SELECT p_id, coalesce((SELECT max(seq) FROM handoffs WHERE conversation_id = p_id), 0) + x.ord,
      (x.v->>'turn')::integer, x.v->>'from', x.v->>'to', x.v->>'reason', x.v->>'intent', x.v->>'kind'
    FROM jsonb_array_elements(p_handoffs) WITH ORDINALITY AS x(v, ord);
  END IF;
  IF jsonb_array_length(p_events) > 0 THEN
    INSERT INTO events (conversation_id, seq, turn, type, data)
    SELECT p_id, coalesce((SELECT max(seq) FROM events WHERE conversation_id = p_id), 0) + x.ord,
      (x.v->>'turn')::integer, x.v->>'type', x.v->'data'
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(v, ord);
  END IF;
  RETURN NEXT updated;
END
$fn$`;

/**
 * A turn's trace and all its spans in one call, for the same reason as the commit function: a cached
 * plan makes the write ~25% cheaper on PGlite than the same INSERTs as one ad-hoc statement.
 */
const RECORD_TRACE_FUNCTION = `CREATE FUNCTION switchboard_record_trace(p_trace jsonb, p_spans jsonb)
RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO traces (trace_id, conversation_id, turn, graph, name, started_at, ended_at, metadata)
  VALUES (p_trace->>'traceId', p_trace->>'conversationId', (p_trace->>'turn')::integer, p_trace->>'graph',
    p_trace->>'name', (p_trace->>'startedAt')::timestamptz, (p_trace->>'endedAt')::timestamptz,
    p_trace->'metadata');
  INSERT INTO trace_spans (trace_id, span_id, parent_id, kind, name, started_at, ended_at, error, data)
  SELECT p_trace->>'traceId', x->>'spanId', x->>'parentId', x->>'kind', x->>'name',
    (x->>'startedAt')::timestamptz, (x->>'endedAt')::timestamptz, nullif(x->'error', 'null'::jsonb), x->'data'
  FROM jsonb_array_elements(p_spans) AS x;
END
$fn$`;

/** Append-only: never edit an entry that has shipped, add a new version instead. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'conversation_store',
    statements: [
      `CREATE TABLE conversations (
        id text PRIMARY KEY NOT NULL,
        tenant text,
        graph text NOT NULL,
        active_agent text NOT NULL,
        status text NOT NULL,
        context jsonb NOT NULL,
        handoff_count integer DEFAULT 0 NOT NULL,
        tool_call_count integer DEFAULT 0 NOT NULL,
        turn_count integer DEFAULT 0 NOT NULL,
        version integer DEFAULT 0 NOT NULL,
        created_at timestamp with time zone DEFAULT now() NOT NULL,
        updated_at timestamp with time zone DEFAULT now() NOT NULL
      )`,
      'CREATE INDEX conversations_graph_status_idx ON conversations USING btree (graph, status)',
      'CREATE INDEX conversations_tenant_idx ON conversations USING btree (tenant)',
      `CREATE TABLE items (
        conversation_id text NOT NULL,
        seq integer NOT NULL,
        turn integer NOT NULL,
        agent text,
        item jsonb NOT NULL,
        created_at timestamp with time zone DEFAULT now() NOT NULL,
        CONSTRAINT items_pk PRIMARY KEY (conversation_id, seq),
        CONSTRAINT items_conversation_id_conversations_id_fk FOREIGN KEY (conversation_id)
          REFERENCES conversations (id) ON DELETE CASCADE
      )`,
      `CREATE TABLE handoffs (
        conversation_id text NOT NULL,
        seq integer NOT NULL,
        turn integer NOT NULL,
        from_agent text NOT NULL,
        to_agent text NOT NULL,
        reason text NOT NULL,
        intent text,
        kind text NOT NULL,
        created_at timestamp with time zone DEFAULT now() NOT NULL,
        CONSTRAINT handoffs_pk PRIMARY KEY (conversation_id, seq),
        CONSTRAINT handoffs_conversation_id_conversations_id_fk FOREIGN KEY (conversation_id)
          REFERENCES conversations (id) ON DELETE CASCADE
      )`,
      `CREATE TABLE events (
        conversation_id text NOT NULL,
        seq integer NOT NULL,
        turn integer NOT NULL,
        type text NOT NULL,
        data jsonb NOT NULL,
        created_at timestamp with time zone DEFAULT now() NOT NULL,
        CONSTRAINT events_pk PRIMARY KEY (conversation_id, seq),
        CONSTRAINT events_conversation_id_conversations_id_fk FOREIGN KEY (conversation_id)
          REFERENCES conversations (id) ON DELETE CASCADE
      )`,
      `CREATE TABLE tool_calls (
        conversation_id text NOT NULL,
        call_id text NOT NULL,
        tool text NOT NULL,
        agent text NOT NULL,
        arguments jsonb,
        result jsonb,
        status text NOT NULL,
        created_at timestamp with time zone DEFAULT now() NOT NULL,
        completed_at timestamp with time zone,
        CONSTRAINT tool_calls_pk PRIMARY KEY (conversation_id, call_id)
      )`,
      `CREATE TABLE setup_runs (
        key text PRIMARY KEY NOT NULL,
        applied_at timestamp with time zone DEFAULT now() NOT NULL
      )`,
      COMMIT_TURN_FUNCTION,
    ],
  },
  {
    version: 2,
    name: 'api_keys',
    statements: [
      `CREATE TABLE api_keys (
        id text PRIMARY KEY NOT NULL,
        tenant text NOT NULL,
        name text,
        prefix text NOT NULL,
        key_hash text NOT NULL,
        created_at timestamp with time zone DEFAULT now() NOT NULL,
        revoked_at timestamp with time zone
      )`,
      'CREATE UNIQUE INDEX api_keys_key_hash_idx ON api_keys USING btree (key_hash)',
      'CREATE INDEX api_keys_tenant_idx ON api_keys USING btree (tenant)',
    ],
  },
  {
    version: 3,
    name: 'traces_and_analyses',
    statements: [
      `CREATE TABLE traces (
        trace_id text PRIMARY KEY NOT NULL,
        conversation_id text NOT NULL,
        turn integer NOT NULL,
        graph text NOT NULL,
        name text NOT NULL,
        started_at timestamp with time zone NOT NULL,
        ended_at timestamp with time zone NOT NULL,
        metadata jsonb NOT NULL,
        CONSTRAINT traces_conversation_id_conversations_id_fk FOREIGN KEY (conversation_id)
          REFERENCES conversations (id) ON DELETE CASCADE
      )`,
      'CREATE INDEX traces_conversation_idx ON traces USING btree (conversation_id, turn)',
      `CREATE TABLE trace_spans (
        trace_id text NOT NULL,
        span_id text NOT NULL,
        parent_id text,
        kind text NOT NULL,
        name text NOT NULL,
        started_at timestamp with time zone,
        ended_at timestamp with time zone,
        error jsonb,
        data jsonb NOT NULL,
        CONSTRAINT trace_spans_pk PRIMARY KEY (trace_id, span_id),
        CONSTRAINT trace_spans_trace_id_traces_trace_id_fk FOREIGN KEY (trace_id)
          REFERENCES traces (trace_id) ON DELETE CASCADE
      )`,
      `CREATE TABLE conversation_analyses (
        conversation_id text PRIMARY KEY NOT NULL,
        sentiment double precision NOT NULL,
        sentiment_reasons jsonb NOT NULL,
        lead_score integer NOT NULL,
        lead_reasons jsonb NOT NULL,
        method text NOT NULL,
        model text,
        analyzed_at timestamp with time zone DEFAULT now() NOT NULL,
        CONSTRAINT conversation_analyses_conversation_id_conversations_id_fk FOREIGN KEY (conversation_id)
          REFERENCES conversations (id) ON DELETE CASCADE
      )`,
      RECORD_TRACE_FUNCTION,
    ],
  },
  {
    version: 4,
    name: 'tool_ledger_keyed_by_call',
    statements: [
      'ALTER TABLE tool_calls ADD COLUMN turn integer',
      'ALTER TABLE tool_calls ADD COLUMN args_hash text',
      'ALTER TABLE tool_calls ADD COLUMN occurrence integer',
      // A committed call's turn is in its tool.call event; a call with none belongs to the turn that
      // was running when it was recorded and never committed, which is the next one (its retry still
      // replays it after the upgrade).
      `UPDATE tool_calls t SET
        turn = coalesce(
          (SELECT e.turn FROM events e WHERE e.conversation_id = t.conversation_id AND e.type = 'tool.call'
            AND e.data->>'callId' = t.call_id ORDER BY e.seq LIMIT 1),
          (SELECT c.turn_count + 1 FROM conversations c WHERE c.id = t.conversation_id),
          0),
        args_hash = md5(coalesce(t.arguments, 'null'::jsonb)::text)`,
      `UPDATE tool_calls t SET occurrence = n.occurrence FROM (
        SELECT conversation_id, call_id, row_number() OVER (
          PARTITION BY conversation_id, turn, tool, args_hash ORDER BY created_at, call_id) AS occurrence
        FROM tool_calls) n
      WHERE t.conversation_id = n.conversation_id AND t.call_id = n.call_id`,
      'ALTER TABLE tool_calls ALTER COLUMN turn SET NOT NULL',
      'ALTER TABLE tool_calls ALTER COLUMN args_hash SET NOT NULL',
      'ALTER TABLE tool_calls ALTER COLUMN occurrence SET NOT NULL',
      'ALTER TABLE tool_calls DROP CONSTRAINT tool_calls_pk',
      `ALTER TABLE tool_calls ADD CONSTRAINT tool_calls_pk
        PRIMARY KEY (conversation_id, turn, tool, args_hash, occurrence)`,
      'CREATE INDEX tool_calls_call_idx ON tool_calls USING btree (conversation_id, call_id)',
    ],
  },
  {
    version: 5,
    name: 'learned_routers',
    statements: [
      `CREATE TABLE learned_routers (
        graph text NOT NULL,
        version integer NOT NULL,
        rows jsonb NOT NULL,
        training_size integer NOT NULL,
        held_out jsonb NOT NULL,
        threshold double precision,
        source text NOT NULL,
        created_at timestamp with time zone DEFAULT now() NOT NULL,
        CONSTRAINT learned_routers_graph_version_pk PRIMARY KEY (graph, version)
      )`,
    ],
  },
  {
    version: 6,
    name: 'approvals',
    statements: [
      `CREATE TABLE approvals (
        id text PRIMARY KEY NOT NULL,
        tenant text,
        conversation_id text NOT NULL,
        graph text NOT NULL,
        turn integer NOT NULL,
        call_id text NOT NULL,
        request jsonb NOT NULL,
        status text NOT NULL,
        created_at timestamp with time zone DEFAULT now() NOT NULL,
        decided_at timestamp with time zone,
        decided_by text,
        note text,
        CONSTRAINT approvals_conversation_id_conversations_id_fk FOREIGN KEY (conversation_id)
          REFERENCES conversations (id) ON DELETE CASCADE
      )`,
      'CREATE UNIQUE INDEX approvals_call_idx ON approvals USING btree (conversation_id, turn, call_id)',
      'CREATE INDEX approvals_tenant_status_idx ON approvals USING btree (tenant, status)',
    ],
  },
  STORED_JSON_VERSIONS_MIGRATION,
  TRACE_BATCH_MIGRATION,
];

export const LATEST_SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1].version;

async function appliedVersions(db: AnyPgDatabase): Promise<Set<number>> {
  const [{ present }] = rowsOf<{ present: boolean }>(
    await db.execute(sql`select to_regclass('schema_migrations') is not null as present`),
  );
  if (!present) return new Set();
  const rows = await db.select({ version: schemaMigrations.version }).from(schemaMigrations);
  return new Set(rows.map((r) => r.version));
}

/** Migrations not yet recorded in `schema_migrations`, in the order they would be applied. */
export async function pendingMigrations(db: AnyPgDatabase): Promise<Migration[]> {
  const applied = await appliedVersions(db);
  return MIGRATIONS.filter((m) => !applied.has(m.version));
}

/**
 * Applies pending migrations, each in its own transaction. The advisory lock makes concurrent callers
 * (two processes starting at once) wait, then find the version recorded and skip it.
 */
export async function migrate(db: AnyPgDatabase): Promise<void> {
  const pending = await pendingMigrations(db);
  for (const migration of pending) {
    await db.transaction(async (tx) => {
      await tx.execute(schemaLock('switchboard.migrate'));
      await tx.execute(sql.raw(CREATE_SCHEMA_MIGRATIONS));
      const done = rowsOf<{ version: number }>(
        await tx.execute(sql`select version from schema_migrations where version = ${migration.version}`),
      );
      if (done.length > 0) return;
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.insert(schemaMigrations).values({ version: migration.version, name: migration.name });
    });
  }
}
