import type { GraphSpec } from '../src/graph/types.ts';
import { supportGraph } from './support/index.ts';

/** Built-in templates, by the name used with `--graph`. */
export const TEMPLATES: Record<string, { spec: GraphSpec<any>; summary: string }> = {
  support: {
    spec: supportGraph,
    summary: 'Customer support: Triage → Billing, TechSupport, Sales (+ Human)',
  },
};
