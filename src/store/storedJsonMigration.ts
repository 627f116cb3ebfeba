import type { Migration } from './migration.ts';

/*
 * Migration 7: every stored JSON the runtime reads back (context, event data, tool results) records
 * the schema version it was written in (storedJson.ts). Rows already stored get 1, the column
 * default: the shape every release before this one wrote. The commit function is redefined to
 * take the versions its caller writes, so a release that bumps one writes the new number itself.
 */
export const STORED_JSON_VERSIONS_MIGRATION: Migration = {
  version: 7,
  name: 'stored_json_versions',
  statements: [
    'ALTER TABLE conversations ADD COLUMN context_version integer DEFAULT 1 NOT NULL',
    'ALTER TABLE events ADD COLUMN data_version integer DEFAULT 1 NOT NULL',
    'ALTER TABLE tool_calls ADD COLUMN result_version integer DEFAULT 1 NOT NULL',
    `DROP FUNCTION switchboard_commit_turn(text, integer, integer, text, text, jsonb, integer, integer,
      jsonb, jsonb, jsonb)`,
    `CREATE FUNCTION switchboard_commit_turn(
  p_id text, p_expected_version integer, p_turn integer, p_active_agent text, p_status text,
  p_context jsonb, p_handoffs_counted integer, p_tool_calls_added integer,
  p_items jsonb, p_handoffs jsonb, p_events jsonb, p_context_version integer, p_data_version integer
) RETURNS SETOF conversations LANGUAGE plpgsql AS $fn$
DECLARE
  updated conversations;
BEGIN
  UPDATE conversations SET
    active_agent = p_active_agent, status = p_status, context = p_context,
    context_version = p_context_version,
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
    INSERT INTO events (conversation_id, seq, turn, type, data, data_version)
    SELECT p_id, coalesce((SELECT max(seq) FROM events WHERE conversation_id = p_id), 0) + x.ord,
      (x.v->>'turn')::integer, x.v->>'type', x.v->'data', p_data_version
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(v, ord);
  END IF;
  RETURN NEXT updated;
END
$fn$`,
  ],
};
