import { afterHoursGraph } from './graph.ts';

export { type AfterHoursContext, afterHoursContext } from './context.ts';
export { afterHoursGraph } from './graph.ts';
export { afterHoursSetupSql } from './setup.ts';

/** The entry `templates/index.ts` registers under the name `after-hours`. */
export const afterHoursTemplate = {
  spec: afterHoursGraph,
  summary:
    'After-hours ladder: Root → ClinicalLead (Scheduler, NurseLine), OperationsLead (Billing, Insurance), SLAs up to Human',
};
