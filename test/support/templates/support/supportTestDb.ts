import type { ToolDb } from '../../../../src/store/types.ts';
import type { ToolRunContext } from '../../../../src/tools/defineTool.ts';
import type { SupportContext } from '../../../../templates/support/context.ts';
import { supportSetupSql } from '../../../../templates/support/setup.ts';
import { seededTemplateDb, templateToolContext } from '../shared/templateTestDb.ts';

export { rows } from '../shared/templateTestDb.ts';

/** Test helper: an in-memory PGlite with the support tables created and seeded by the template's own SQL. */
export function seededSupportDb(): Promise<{ db: ToolDb; close: () => Promise<void> }> {
  return seededTemplateDb(supportSetupSql);
}

/** The context a tool gets from the runtime, with a fresh state unless one is given. */
export function toolContext(
  db: ToolDb,
  agent: string,
  state: SupportContext = {},
): ToolRunContext<SupportContext> {
  return templateToolContext(db, agent, state);
}
