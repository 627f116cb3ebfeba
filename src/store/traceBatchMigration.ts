import type { Migration } from './migration.ts';

/*
 * Migration 8: a batch of traces written trace by trace, each in a subtransaction, so one bad or
 * already stored trace loses nothing else. This is what lets queued traces ride on a turn's commit
 * (traceWriteBatch.ts): a failing trace can never abort the conversation's own writes beside it.
 * Returns how many traces are stored (one found already there, from a retried batch, counts).
 */
export const TRACE_BATCH_MIGRATION: Migration = {
  version: 8,
  name: 'trace_batches',
  statements: [
    `CREATE FUNCTION switchboard_record_traces(p_batch jsonb)
RETURNS integer LANGUAGE plpgsql AS $fn$
DECLARE
  b jsonb;
  stored integer := 0;
BEGIN
  FOR b IN SELECT value FROM jsonb_array_elements(p_batch) LOOP
    BEGIN
      PERFORM switchboard_record_trace(b->'trace', b->'spans');
      stored := stored + 1;
    EXCEPTION
      WHEN unique_violation THEN stored := stored + 1;
      WHEN others THEN NULL;
    END;
  END LOOP;
  RETURN stored;
END
$fn$`,
  ],
};
