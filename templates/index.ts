import type { GraphSpec } from '../src/authoring.ts';
import { afterHoursTemplate } from './after-hours/index.ts';
import { healthcareTemplate } from './healthcare/index.ts';
import { realEstateTemplate } from './real-estate/index.ts';
import { salonTemplate } from './salon/index.ts';
import { supportGraph } from './support/index.ts';

/**
 * Built-in templates, by the name used with `--graph`. Static imports, not top-level await: a user's
 * graph module outside a `"type": "module"` package is loaded as CommonJS, where TLA is a syntax error.
 */
export const TEMPLATES: Record<string, { spec: GraphSpec<any>; summary: string }> = {
  support: {
    spec: supportGraph,
    summary: 'Customer support: Triage → Billing, TechSupport, Sales (+ Human)',
  },
  salon: salonTemplate,
  'real-estate': realEstateTemplate,
  healthcare: healthcareTemplate,
  'after-hours': afterHoursTemplate,
};
