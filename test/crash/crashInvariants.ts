import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { CRASH_ENTRY_AGENT, SIDE_EFFECT_TOOLS } from './crashScripts.ts';

/*
 * The harness's verdict, read straight from the database files after the last server stopped: for
 * every conversation, what the client sent is there exactly once, every committed turn is whole,
 * the active agent follows the handoff log, and each side effect happened once — counted as rows in
 * the tool's own table (crash_orders), not in the runtime's bookkeeping.
 */

export type CheckedConversation = {
  id: string;
  /** Every user message the client sent, in order; each was answered (or seen committed) once. */
  texts: readonly string[];
  /** The crash-free conversation of the same script, which this one must equal item for item. */
  referenceId: string;
  /** Turns the client re-sent with an edited text after a kill: the only turns that may have orphans. */
  changedTurns: readonly number[];
};

export type InvariantReport = {
  violations: string[];
  conversations: number;
  turns: number;
  /** Rows in crash_orders, i.e. side effects that really happened. */
  sideEffectRows: number;
  /** Tool results committed with `replayed: true`: effects a retry took from the ledger instead of repeating. */
  replayedResults: number;
  /** `tool.orphaned` events: effects of an abandoned attempt that a changed retry did not repeat. */
  orphanedEffects: number;
};

type Row = Record<string, any>;

/** One comparable line per item: who said what, in which turn; ids other than call ids are ignored. */
function lineOf(row: Row): string {
  const item = row.item as Row;
  const base = `t${row.turn} ${row.agent ?? '-'}`;
  if (item.role === 'user') return `${base} user ${JSON.stringify(item.content)}`;
  if (item.role === 'assistant') return `${base} assistant ${JSON.stringify(item.content)}`;
  if (item.type === 'function_call') return `${base} call ${item.callId} ${item.name}(${item.arguments})`;
  if (item.type === 'function_call_result')
    return `${base} result ${item.callId} ${item.name} ${canonicalOutput(item.output)}`;
  return `${base} ${item.type ?? 'item'}`;
}

/** JSON with sorted keys: jsonb (the ledger) reorders an object's keys, so a replayed result may differ in order only. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, canonical((value as Row)[k])]),
  );
}

function canonicalOutput(output: unknown): string {
  const text = typeof output === 'string' ? output : (output as Row | null)?.text;
  if (typeof text !== 'string') return JSON.stringify(canonical(output));
  try {
    return JSON.stringify(canonical(JSON.parse(text)));
  } catch {
    return JSON.stringify(text);
  }
}

function userText(item: Row): string {
  return typeof item.content === 'string' ? item.content : JSON.stringify(item.content);
}

function groupBy(rows: Row[], key = 'conversation_id'): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const row of rows) {
    const list = out.get(row[key]) ?? [];
    list.push(row);
    out.set(row[key], list);
  }
  return out;
}

type Tables = {
  conversations: Map<string, Row>;
  items: Map<string, Row[]>;
  handoffs: Map<string, Row[]>;
  events: Map<string, Row[]>;
  ledger: Map<string, Row[]>;
  effects: Map<string, Row[]>;
};

/** Where the run's database is: a PGlite data directory, or a PostgreSQL URL whose search_path is the run's schema. */
export type CrashDatabase = { dataDir: string } | { postgresUrl: string };

async function withQuery<T>(
  database: CrashDatabase,
  use: (q: (sql: string) => Promise<Row[]>) => Promise<T>,
) {
  if ('dataDir' in database) {
    const db = await PGlite.create(database.dataDir);
    try {
      return await use(async (sql) => (await db.query<Row>(sql)).rows);
    } finally {
      await db.close();
    }
  }
  const client = new pg.Client({ connectionString: database.postgresUrl });
  await client.connect();
  try {
    return await use(async (sql) => (await client.query(sql)).rows);
  } finally {
    await client.end();
  }
}

function readTables(database: CrashDatabase): Promise<Tables> {
  return withQuery(database, async (q) => {
    const conversations = await q(
      'select id, active_agent, turn_count, handoff_count, tool_call_count, context from conversations',
    );
    return {
      conversations: new Map(conversations.map((c) => [c.id, c])),
      items: groupBy(await q('select conversation_id, seq, turn, agent, item from items order by seq')),
      handoffs: groupBy(
        await q('select conversation_id, seq, turn, from_agent, to_agent, kind from handoffs order by seq'),
      ),
      events: groupBy(await q('select conversation_id, seq, turn, type, data from events order by seq')),
      ledger: groupBy(await q('select conversation_id, call_id, tool, arguments, status from tool_calls')),
      effects: groupBy(await q('select conversation_id, call_id, item from crash_orders order by id')),
    };
  });
}

/** Violations of one conversation, each prefixed with its id. */
function checkConversation(c: CheckedConversation, t: Tables, report: InvariantReport): string[] {
  const v: string[] = [];
  const conv = t.conversations.get(c.id);
  if (!conv) return [`conversation missing from the database`];
  const items = t.items.get(c.id) ?? [];
  const turnCount = conv.turn_count as number;
  report.turns += turnCount;

  // 1. Every user message exactly once, in the order sent: nothing lost, nothing duplicated.
  const users = items.filter((r) => r.item.role === 'user').map((r) => userText(r.item));
  if (JSON.stringify(users) !== JSON.stringify(c.texts))
    v.push(`user messages ${JSON.stringify(users)} != sent ${JSON.stringify(c.texts)}`);
  if (turnCount !== c.texts.length) v.push(`turn_count ${turnCount} != ${c.texts.length} messages sent`);

  // 2. Whole turns only: contiguous seqs, one user message opening each turn, nothing past turn_count.
  items.forEach((r, i) => {
    if (r.seq !== i + 1) v.push(`item seq ${r.seq} at position ${i + 1} (gap or duplicate)`);
  });
  for (let turn = 1; turn <= turnCount; turn++) {
    const of = items.filter((r) => r.turn === turn);
    if (of.length === 0 || of[0].item.role !== 'user')
      v.push(`turn ${turn} does not open with the user message`);
    if (of.filter((r) => r.item.role === 'user').length !== 1) v.push(`turn ${turn}: not one user message`);
    const last = of.at(-1)?.item;
    if (last?.role !== 'assistant') v.push(`turn ${turn} is half-written: it does not end with a reply`);
    const calls = of.filter((r) => r.item.type === 'function_call').map((r) => r.item.callId);
    const results = of.filter((r) => r.item.type === 'function_call_result').map((r) => r.item.callId);
    if (JSON.stringify([...calls].sort()) !== JSON.stringify([...results].sort()))
      v.push(`turn ${turn}: tool calls ${calls} without exactly one result each (${results})`);
    const metrics = (t.events.get(c.id) ?? []).filter((e) => e.turn === turn && e.type === 'turn.metrics');
    if (metrics.length !== 1) v.push(`turn ${turn}: ${metrics.length} turn.metrics events (want 1)`);
  }
  for (const [name, rows] of [
    ['items', items],
    ['handoffs', t.handoffs.get(c.id) ?? []],
    ['events', t.events.get(c.id) ?? []],
  ] as const) {
    const beyond = rows.filter((r) => r.turn > turnCount || r.turn < 1);
    if (beyond.length > 0) v.push(`${beyond.length} ${name} outside committed turns 1..${turnCount}`);
  }
  const callIds = items.filter((r) => r.item.type === 'function_call').map((r) => r.item.callId as string);
  if (new Set(callIds).size !== callIds.length) v.push(`duplicated call ids in the transcript: ${callIds}`);
  const toolCalls = items.filter(
    (r) => r.item.type === 'function_call' && !String(r.item.name).startsWith('transfer_to_'),
  );
  if (conv.tool_call_count !== toolCalls.length)
    v.push(`tool_call_count ${conv.tool_call_count} != ${toolCalls.length} tool calls in the transcript`);

  // 3. The active agent is where the handoff log says the conversation went; the log matches the transcript.
  const handoffs = (t.handoffs.get(c.id) ?? []).filter((h) => h.kind !== 'rejected');
  const expectedAgent = handoffs.at(-1)?.to_agent ?? CRASH_ENTRY_AGENT;
  if (conv.active_agent !== expectedAgent)
    v.push(`active agent ${conv.active_agent} but the handoff log ends at ${expectedAgent}`);
  if (conv.handoff_count !== handoffs.length)
    v.push(`handoff_count ${conv.handoff_count} != ${handoffs.length} handoffs logged`);
  const transfers = items
    .filter((r) => r.item.type === 'function_call' && String(r.item.name).startsWith('transfer_to_'))
    .map((r) => `t${r.turn}>${String(r.item.name).slice('transfer_to_'.length)}`);
  const logged = handoffs.map((h) => `t${h.turn}>${h.to_agent}`);
  if (JSON.stringify(transfers) !== JSON.stringify(logged))
    v.push(`handoff log ${logged} does not match the transfers in the transcript ${transfers}`);

  // 4. Side effects exactly once. An effect is (call id, item): the call id alone is not enough, since a
  //    changed retry can reuse one for another item. Every crash_orders row is a completed ledger call
  //    and either a side-effecting call of the transcript (under the id of the call that ran it, when
  //    the transcript's call replayed it) or an orphan the client was told about; nothing else.
  const effectOf = (callId: string, tool: string, args: Row | null) =>
    `${callId}|${tool === 'start_return' ? 'return:' : ''}${args?.item}`;
  const effects = (t.effects.get(c.id) ?? []).map((e) => `${e.call_id}|${e.item}`);
  report.sideEffectRows += effects.length;
  if (new Set(effects).size !== effects.length) v.push(`side effect repeated: crash_orders ${effects}`);
  const completed = (t.ledger.get(c.id) ?? [])
    .filter((l) => l.status === 'completed')
    .map((l) => effectOf(l.call_id, l.tool, l.arguments));
  const events = t.events.get(c.id) ?? [];
  const ranAs = new Map<string, string>(
    events.filter((e) => e.type === 'tool.result' && e.data?.ranAs).map((e) => [e.data.callId, e.data.ranAs]),
  );
  const committed = toolCalls
    .filter((r) => (SIDE_EFFECT_TOOLS as readonly string[]).includes(r.item.name))
    .map((r) =>
      effectOf(
        ranAs.get(r.item.callId) ?? r.item.callId,
        r.item.name,
        JSON.parse(r.item.arguments ?? 'null'),
      ),
    );
  const orphans = events.filter((e) => e.type === 'tool.orphaned');
  report.orphanedEffects += orphans.length;
  const orphaned = orphans.map((e) => effectOf(e.data.callId, e.data.tool, e.data.arguments));
  const sorted = (ids: string[]) => JSON.stringify([...ids].sort());
  if (sorted(effects) !== sorted(completed))
    v.push(`crash_orders rows ${effects} != completed ledger calls ${completed}`);
  if (sorted(effects) !== sorted([...committed, ...orphaned]))
    v.push(
      `crash_orders rows ${effects} != side-effecting calls in the transcript ${committed} + orphans ${orphaned}`,
    );
  const unexplained = orphans.filter((e) => !c.changedTurns.includes(e.turn)).map((e) => e.turn);
  if (unexplained.length > 0)
    v.push(`orphans reported in turns ${unexplained} that were not retried with a change`);
  if (orphans.some((e) => e.data?.v !== 1)) v.push('a tool.orphaned event without schema version 1');
  // Orphaned orders happened but their context update never committed.
  const orphanOrders = orphans.filter((e) => e.data.tool === 'place_order').length;
  const orders = effects.filter((e) => !e.includes('|return:')).length - orphanOrders;
  if ((conv.context?.orders ?? 0) !== orders)
    v.push(`context.orders ${conv.context?.orders} != ${orders} order rows of committed turns`);
  report.replayedResults += events.filter(
    (e) => e.type === 'tool.result' && e.data?.replayed === true,
  ).length;

  // 5. The conversation reads as if nothing had crashed: item for item the crash-free reference of the
  //    texts sent. Orphaned rows are real rows, so count_orders (and the reply quoting it) counts them.
  const countTurns = new Set(
    items
      .filter((r) => r.item.type === 'function_call_result' && r.item.name === 'count_orders')
      .map((r) => r.turn),
  );
  const withoutOrphans = (row: Row): string => {
    const k = orphans.filter((e) => e.turn <= row.turn).length;
    const line = lineOf(row);
    if (k === 0 || !countTurns.has(row.turn)) return line;
    return line.replace(
      /("count":|placed )(\d+)/g,
      (_m, prefix: string, n: string) => `${prefix}${Number(n) - k}`,
    );
  };
  const reference = (t.items.get(c.referenceId) ?? []).map(lineOf);
  const actual = items.map(withoutOrphans);
  const differs = actual.findIndex((line, i) => line !== reference[i]);
  if (differs >= 0 || actual.length !== reference.length) {
    const at = differs >= 0 ? differs : Math.min(actual.length, reference.length);
    v.push(`transcript differs from the crash-free run at item ${at + 1}: ${actual[at]} vs ${reference[at]}`);
  }
  return v.map((line) => `conversation ${c.id}: ${line}`);
}

/** Reads the database (a PGlite directory must not be open in a server) and checks every conversation. */
export async function checkInvariants(
  database: CrashDatabase,
  conversations: readonly CheckedConversation[],
): Promise<InvariantReport> {
  const tables = await readTables(database);
  const report: InvariantReport = {
    violations: [],
    conversations: conversations.length,
    turns: 0,
    sideEffectRows: 0,
    replayedResults: 0,
    orphanedEffects: 0,
  };
  for (const c of conversations) report.violations.push(...checkConversation(c, tables, report));
  return report;
}
