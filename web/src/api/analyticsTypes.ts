import type { AnalyticsSummary as Summary } from '../../../src/analytics/types.ts';

/** GET /v1/analytics: the analytics module's own result type (src/analytics/types.ts). */
export type AnalyticsSummary = Summary;
