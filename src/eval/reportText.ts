import { parseModelSpec } from '../models/modelSpec.ts';
import type { EvalReport, EvalSettings, RoutingSummary, TurnOutcome } from './types.ts';

const f3 = (x: number) => x.toFixed(3);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const MAX_FAILURES_SHOWN = 15;

/**
 * What actually routed the turns. The offline model always routes with its own local classifier,
 * whatever the graph's mode says, so printing "routing llm" there would name something that did not run.
 */
export function routingLabel(settings: Pick<EvalSettings, 'model' | 'routing'>): string {
  const { mode, threshold } = settings.routing;
  if (parseModelSpec(settings.model).provider === 'offline')
    return `local classifier of the offline model (the graph's ${mode} mode applies to LLM runs only)`;
  if (mode === 'llm') return 'llm (the model chooses every handoff)';
  if (mode === 'local') return 'local (the local classifier makes every routing decision)';
  return `${mode} (the local classifier when its confidence reaches ${threshold}, else the LLM)`;
}

/** The human-readable report printed to stdout. The first line is always `accuracy: 0.xxx (n=N)`. */
export function formatReport(report: EvalReport): string {
  const { summary: s, settings } = report;
  const out: string[] = [];
  out.push(`accuracy: ${f3(s.accuracy)} (n=${s.n})`);
  out.push(
    `graph ${settings.graph} · dataset ${settings.dataset} · model ${settings.model} · routing ${routingLabel(settings)}` +
      (settings.noise ? ` · noise ${settings.noise.kind} (seed ${settings.noise.seed})` : ''),
  );
  out.push(
    `conversations: ${s.conversations} · all turns correct: ${s.conversationsCorrect} (${f3(ratio(s.conversationsCorrect, s.conversations))})` +
      (s.pathChecked > 0 ? ` · expected paths matched: ${s.pathCorrect}/${s.pathChecked}` : ''),
  );
  if (report.malformed.length > 0) {
    out.push(`malformed lines: ${report.malformed.length}`);
    for (const m of report.malformed) out.push(`  line ${m.line}: ${m.message}`);
  } else out.push('malformed lines: 0');
  if (s.errors > 0) out.push(`turns that failed with an error: ${s.errors}`);

  out.push('', ...perAgentTable(s), '', ...confusionTable(s), '');
  const went = Object.entries(s.outOfScope.wentTo)
    .sort((a, b) => b[1] - a[1])
    .map(([agent, count]) => `${agent} ${count}`)
    .join(', ');
  out.push(
    `out of scope (expected ${s.outOfScope.entry}): ${s.outOfScope.n} turns, stayed ${s.outOfScope.stayed} (${f3(s.outOfScope.rate)})` +
      (went ? `; went to ${went}` : ''),
  );
  out.push(`handoffs per conversation: ${s.meanHandoffsPerConversation.toFixed(2)} (mean)`);
  out.push(`loop-cap trips: ${s.loopCapTrips}`);
  out.push(
    `latency per turn: mean ${ms(s.latency.meanMs)} · p50 ${ms(s.latency.p50Ms)} · p95 ${ms(s.latency.p95Ms)}`,
  );
  out.push(
    s.cost
      ? `cost per conversation: $${s.cost.meanPerConversationUsd.toFixed(6)} (mean) · total $${s.cost.totalUsd.toFixed(4)}`
      : `cost per conversation: unknown (no price for ${settings.model} in src/analytics/pricing.ts)`,
  );
  if (settings.routing.mode === 'hybrid') {
    out.push(
      `hybrid routing: ${f3(s.local.share)} of turns routed locally (${s.local.routed}/${s.n}), precision ${f3(s.local.precision)} (${s.local.correct}/${s.local.routed})`,
    );
  }
  if (report.baseline) out.push('', ...baselineTable(s, report.baseline.summary, report.baseline.agent));
  if (report.judge) {
    const j = report.judge;
    out.push(
      '',
      j.available
        ? `judge (${j.model}): mean handoff-reason score ${j.meanScore === null ? 'n/a' : f3(j.meanScore)} over ${j.judged} handoffs` +
            (j.failed > 0 ? ` (${j.failed} unscored)` : '')
        : `judge: unavailable — ${j.reason}`,
    );
  }
  const failures = report.cases.flatMap((c) => c.turns).filter((t) => !t.correct);
  if (failures.length > 0) out.push('', ...failureLines(failures));
  if (report.notes.length > 0) out.push('', ...report.notes.map((n) => `note: ${n}`));
  return `${out.join('\n')}\n`;
}

function perAgentTable(s: RoutingSummary): string[] {
  const width = Math.max(12, ...s.perAgent.map((a) => a.agent.length + 2));
  return [
    `${'per agent'.padEnd(width)} precision  recall      f1  support`,
    ...s.perAgent.map(
      (a) =>
        `  ${a.agent.padEnd(width - 2)} ${f3(a.precision).padStart(9)} ${f3(a.recall).padStart(7)} ${f3(a.f1).padStart(7)} ${String(a.support).padStart(8)}`,
    ),
  ];
}

function confusionTable(s: RoutingSummary): string[] {
  const { labels, matrix } = s.confusion;
  const head = 'expected \\ actual';
  const first = Math.max(head.length, ...labels.map((l) => l.length));
  const cols = labels.map((l) => Math.max(l.length, 4));
  return [
    'confusion matrix (rows: expected agent, columns: actual agent)',
    [head.padEnd(first), ...labels.map((l, i) => l.padStart(cols[i]))].join('  '),
    ...labels.map((l, r) =>
      [l.padEnd(first), ...matrix[r].map((v, c) => String(v).padStart(cols[c]))].join('  '),
    ),
  ];
}

function baselineTable(graph: RoutingSummary, mega: RoutingSummary, agent: string): string[] {
  return [
    `baseline: one mega-agent ("${agent}") with every specialist's tools and instructions, same model`,
    `${''.padEnd(26)}${'triage graph'.padStart(13)}${'mega-agent'.padStart(13)}`,
    `${'  routing accuracy'.padEnd(26)}${f3(graph.accuracy).padStart(13)}${f3(mega.accuracy).padStart(13)}`,
    `${'  out-of-scope stayed'.padEnd(26)}${f3(graph.outOfScope.rate).padStart(13)}${f3(mega.outOfScope.rate).padStart(13)}`,
    `${'  p95 latency (ms)'.padEnd(26)}${graph.latency.p95Ms.toFixed(1).padStart(13)}${mega.latency.p95Ms.toFixed(1).padStart(13)}`,
    `${'  turns'.padEnd(26)}${String(graph.n).padStart(13)}${String(mega.n).padStart(13)}`,
  ];
}

function failureLines(failures: TurnOutcome[]): string[] {
  const shown = failures.slice(0, MAX_FAILURES_SHOWN).map((t) => {
    const text = t.input.length > 70 ? `${t.input.slice(0, 69)}…` : t.input;
    const where = t.turn > 1 || t.caseId !== `line-${t.line}` ? `${t.caseId}#${t.turn}` : `line ${t.line}`;
    const got = t.error ? `error: ${t.error}` : `got ${t.path.join(' → ') || t.actual}`;
    return `  ${where}: "${text}" expected ${t.expected.join('|')}${t.expectedPath ? ` via ${t.expectedPath.join(' → ')}` : ''}, ${got}`;
  });
  const more = failures.length - shown.length;
  return [
    `misrouted turns (${failures.length}):`,
    ...shown,
    ...(more > 0 ? [`  … ${more} more (see --json)`] : []),
  ];
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}
