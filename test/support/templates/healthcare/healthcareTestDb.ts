import type { ToolDb } from '../../../../src/store/types.ts';
import type { ToolRunContext } from '../../../../src/tools/defineTool.ts';
import type { HealthcareContext } from '../../../../templates/healthcare/context.ts';
import { healthcareSetupSql } from '../../../../templates/healthcare/setup.ts';
import { seededTemplateDb, templateToolContext } from '../shared/templateTestDb.ts';

export { rows } from '../shared/templateTestDb.ts';

/**
 * Test helper: an in-memory PGlite with the healthcare tables created and seeded by the template's own
 * SQL (or by `setupSql`, e.g. the statements of an earlier release).
 */
export function seededHealthcareDb(
  setupSql: readonly string[] = healthcareSetupSql,
): Promise<{ db: ToolDb; close: () => Promise<void> }> {
  return seededTemplateDb(setupSql);
}

/** The context a tool gets from the runtime, with a fresh state unless one is given. */
export function toolContext(
  db: ToolDb,
  agent: string,
  state: HealthcareContext = {},
): ToolRunContext<HealthcareContext> {
  return templateToolContext(db, agent, state);
}

/** A state as `verify_identity` leaves it for a seeded patient. */
export function verifiedAs(patientId: string, patientName: string, planId?: string): HealthcareContext {
  return { identityVerified: true, patientId, patientName, ...(planId ? { planId } : {}) };
}
