import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import type { ToolDb } from '../../src/store/types.ts';
import type { ToolRunContext } from '../../src/tools/defineTool.ts';
import type { HealthcareContext } from './context.ts';
import { healthcareSetupSql } from './setup.ts';

/** Test helper: an in-memory PGlite with the healthcare tables created and seeded by the template's own SQL. */
export async function seededHealthcareDb(): Promise<{ db: ToolDb; close: () => Promise<void> }> {
  const client = new PGlite();
  const db = drizzle(client);
  for (const statement of healthcareSetupSql) await db.execute(sql.raw(statement));
  return { db, close: () => client.close() };
}

/** The context a tool gets from the runtime, with a fresh state unless one is given. */
export function toolContext(
  db: ToolDb,
  agent: string,
  state: HealthcareContext = {},
): ToolRunContext<HealthcareContext> {
  return { state, conversationId: 'c1', callId: 'x', agent, db };
}

/** A state as `verify_identity` leaves it for a seeded patient. */
export function verifiedAs(patientId: string, patientName: string, planId?: string): HealthcareContext {
  return { identityVerified: true, patientId, patientName, ...(planId ? { planId } : {}) };
}

/** Rows of a raw query, for assertions against what the tools wrote. */
export async function rows<T = Record<string, unknown>>(db: ToolDb, query: string): Promise<T[]> {
  const result = (await db.execute(sql.raw(query))) as unknown as { rows: T[] };
  return result.rows;
}
