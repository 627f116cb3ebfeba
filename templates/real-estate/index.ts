import { realEstateGraph } from './graph.ts';

export { type RealEstateContext, realEstateContext } from './context.ts';
export { realEstateGraph } from './graph.ts';
export { realEstateSetupSql } from './setup.ts';

/** The entry `templates/index.ts` registers under the name `real-estate`. */
export const realEstateTemplate = {
  spec: realEstateGraph,
  summary:
    'Real estate: Triage → 9 specialists (buyers, sellers, tours, financing, comps, areas, photos, CRM, escalation)',
};
