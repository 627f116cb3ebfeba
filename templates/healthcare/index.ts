import { healthcareGraph } from './graph.ts';

export { type HealthcareContext, healthcareContext } from './context.ts';
export { healthcareGraph } from './graph.ts';
export { healthcareSetupSql } from './setup.ts';

/** The entry `templates/index.ts` registers under the name `healthcare`. */
export const healthcareTemplate = {
  spec: healthcareGraph,
  summary:
    'Clinic: Receptionist (records, appointments, insurance, billing desks as tools) → Clinical (+ Human)',
};
