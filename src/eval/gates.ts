import type { RoutingSummary } from './types.ts';

/** CI bars: a run below any of them makes `eval routing` exit non-zero. */
export type Gates = { minAccuracy?: number; maxP95Ms?: number; maxCost?: number };

/** One message per bar the run failed; empty when every bar holds. */
export function checkGates(summary: RoutingSummary, gates: Gates): string[] {
  const failures: string[] = [];
  if (gates.minAccuracy !== undefined && summary.accuracy < gates.minAccuracy)
    failures.push(`accuracy ${summary.accuracy.toFixed(3)} is below --min-accuracy ${gates.minAccuracy}`);
  if (gates.maxP95Ms !== undefined && summary.latency.p95Ms > gates.maxP95Ms)
    failures.push(
      `p95 turn latency ${summary.latency.p95Ms.toFixed(1)} ms is above --max-p95-ms ${gates.maxP95Ms}`,
    );
  if (gates.maxCost !== undefined) {
    if (summary.cost === null) failures.push('--max-cost cannot be checked: the model has no known price');
    else if (summary.cost.meanPerConversationUsd > gates.maxCost)
      failures.push(
        `mean cost per conversation $${summary.cost.meanPerConversationUsd.toFixed(6)} is above --max-cost ${gates.maxCost}`,
      );
  }
  return failures;
}
