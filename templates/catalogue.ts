import type { GraphSpec } from '../src/authoring.ts';

/**
 * The built-in templates by name, each loaded when it is used: `--graph support` reads the support
 * template's modules only, not every template's (what `templates/index.ts` does, for code that wants
 * them all at once). `template_catalogue.test.ts` holds both lists to the same templates.
 */
export const TEMPLATE_LOADERS: Record<string, () => Promise<GraphSpec<any>>> = {
  support: async () => (await import('./support/index.ts')).supportGraph,
  salon: async () => (await import('./salon/index.ts')).salonTemplate.spec,
  'real-estate': async () => (await import('./real-estate/index.ts')).realEstateTemplate.spec,
  healthcare: async () => (await import('./healthcare/index.ts')).healthcareTemplate.spec,
  'after-hours': async () => (await import('./after-hours/index.ts')).afterHoursTemplate.spec,
};
