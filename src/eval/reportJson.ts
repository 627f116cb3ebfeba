import { writeFile } from 'node:fs/promises';
import type { EvalReport } from './types.ts';

/** The machine-readable report: settings, summary, every scored turn as one row, and the baseline. */
export function toJsonReport(report: EvalReport) {
  return {
    settings: report.settings,
    summary: report.summary,
    malformed: report.malformed,
    rows: report.cases.flatMap((c) => c.turns),
    ...(report.baseline
      ? {
          baseline: {
            agent: report.baseline.agent,
            summary: report.baseline.summary,
            rows: report.baseline.cases.flatMap((c) => c.turns),
          },
        }
      : {}),
    ...(report.judge ? { judge: report.judge } : {}),
    notes: report.notes,
  };
}

export async function writeJsonReport(path: string, report: EvalReport): Promise<void> {
  await writeFile(path, `${JSON.stringify(toJsonReport(report), null, 2)}\n`);
}
