import type { ToolDb } from '../../../../src/store/types.ts';
import type { ToolRunContext } from '../../../../src/tools/defineTool.ts';
import type { SalonContext } from '../../../../templates/salon/context.ts';
import { salonSetupSql } from '../../../../templates/salon/setup.ts';
import { seededTemplateDb, templateToolContext } from '../shared/templateTestDb.ts';

export { rows } from '../shared/templateTestDb.ts';

/** Test helper: an in-memory PGlite with the salon tables created and seeded by the template's own SQL. */
export function seededSalonDb(): Promise<{ db: ToolDb; close: () => Promise<void> }> {
  return seededTemplateDb(salonSetupSql);
}

/** The context a tool gets from the runtime, with a fresh state unless one is given. */
export function toolContext(
  db: ToolDb,
  agent: string,
  state: SalonContext = {},
): ToolRunContext<SalonContext> {
  return templateToolContext(db, agent, state);
}
