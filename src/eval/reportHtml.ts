import { writeFile } from 'node:fs/promises';
import type { EvalReport, RoutingSummary, TurnOutcome } from './types.ts';

const f3 = (x: number) => x.toFixed(3);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A self-contained page (no scripts, no external assets): summary, per-agent scores, confusion matrix, rows. */
export function renderHtmlReport(report: EvalReport): string {
  const { summary: s, settings } = report;
  const rows = report.cases.flatMap((c) => c.turns);
  const title = `Routing eval · ${settings.graph} · ${settings.dataset}`;
  const facts: [string, string][] = [
    ['accuracy', `${f3(s.accuracy)} (n=${s.n})`],
    ['model', settings.model],
    ['routing', `${settings.routing.mode} (threshold ${settings.routing.threshold})`],
    ['noise', settings.noise ? `${settings.noise.kind} (seed ${settings.noise.seed})` : 'none'],
    ['conversations fully correct', `${s.conversationsCorrect}/${s.conversations}`],
    ['out of scope stayed', `${s.outOfScope.stayed}/${s.outOfScope.n} (${f3(s.outOfScope.rate)})`],
    ['handoffs per conversation', s.meanHandoffsPerConversation.toFixed(2)],
    ['loop-cap trips', String(s.loopCapTrips)],
    ['latency p50 / p95', `${s.latency.p50Ms.toFixed(1)} ms / ${s.latency.p95Ms.toFixed(1)} ms`],
    ['cost per conversation', s.cost ? `$${s.cost.meanPerConversationUsd.toFixed(6)}` : 'unknown'],
    ['malformed lines', String(report.malformed.length)],
  ];
  if (report.baseline) facts.push(['mega-agent baseline accuracy', f3(report.baseline.summary.accuracy)]);
  if (report.judge)
    facts.push([
      'judge',
      report.judge.available
        ? `${report.judge.meanScore === null ? 'n/a' : f3(report.judge.meanScore)} mean over ${report.judge.judged}`
        : `unavailable: ${report.judge.reason}`,
    ]);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:right}
th{background:#f4f4f4}td.l,th.l{text-align:left}.ok{color:#176f2c}.bad{color:#b00020}
td.diag{background:#e3f4e6;font-weight:bold}td.off{background:#fde8e8}
</style></head><body>
<h1>${escapeHtml(title)}</h1>
<table>${facts.map(([k, v]) => `<tr><th class="l">${escapeHtml(k)}</th><td class="l">${escapeHtml(v)}</td></tr>`).join('')}</table>
<h2>Per agent</h2>
${perAgentHtml(s)}
<h2>Confusion matrix</h2>
<p>Rows: expected agent; columns: the agent that answered.</p>
${confusionHtml(s)}
${report.malformed.length > 0 ? `<h2>Malformed lines</h2><ul>${report.malformed.map((m) => `<li>line ${m.line}: ${escapeHtml(m.message)}</li>`).join('')}</ul>` : ''}
<h2>Rows</h2>
${rowsHtml(rows)}
${report.notes.length > 0 ? `<h2>Notes</h2><ul>${report.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : ''}
</body></html>
`;
}

export async function writeHtmlReport(path: string, report: EvalReport): Promise<void> {
  await writeFile(path, renderHtmlReport(report));
}

function perAgentHtml(s: RoutingSummary): string {
  return `<table><tr><th class="l">agent</th><th>precision</th><th>recall</th><th>F1</th><th>support</th></tr>${s.perAgent
    .map(
      (a) =>
        `<tr><td class="l">${escapeHtml(a.agent)}</td><td>${f3(a.precision)}</td><td>${f3(a.recall)}</td><td>${f3(a.f1)}</td><td>${a.support}</td></tr>`,
    )
    .join('')}</table>`;
}

function confusionHtml(s: RoutingSummary): string {
  const { labels, matrix } = s.confusion;
  const head = `<tr><th class="l">expected \\ actual</th>${labels.map((l) => `<th>${escapeHtml(l)}</th>`).join('')}</tr>`;
  const body = labels
    .map(
      (l, r) =>
        `<tr><th class="l">${escapeHtml(l)}</th>${matrix[r]
          .map((v, c) => `<td class="${r === c ? 'diag' : v > 0 ? 'off' : ''}">${v}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return `<table class="confusion">${head}${body}</table>`;
}

function rowsHtml(rows: TurnOutcome[]): string {
  const head =
    '<tr><th class="l">row</th><th class="l">input</th><th class="l">expected</th><th class="l">actual</th><th class="l">path</th><th class="l">handoff reason</th><th>confidence</th><th>latency ms</th></tr>';
  const body = rows
    .map(
      (t) =>
        `<tr><td class="l">${escapeHtml(`${t.caseId}#${t.turn}`)}</td><td class="l">${escapeHtml(t.input)}</td><td class="l">${escapeHtml(t.expected.join(' | '))}</td>` +
        `<td class="l ${t.correct ? 'ok' : 'bad'}">${escapeHtml(t.actual ?? `error: ${t.error ?? ''}`)}</td><td class="l">${escapeHtml(t.path.join(' → '))}</td>` +
        `<td class="l">${escapeHtml(t.reason ?? '')}</td><td>${t.confidence === null ? '' : f3(t.confidence)}</td><td>${t.latencyMs.toFixed(1)}</td></tr>`,
    )
    .join('');
  return `<table>${head}${body}</table>`;
}
