import type { AnalyticsSummary, ConversationAnalytics, LatencyStats } from './types.ts';

/* Plain-text renderings for the CLI; `--json` prints the result objects themselves. */

const ms = (value: number | null): string => (value === null ? '—' : `${value.toFixed(1)} ms`);
const usd = (value: number | null): string => {
  if (value === null) return '—';
  if (value === 0) return '$0';
  return `$${value.toFixed(value < 0.01 ? 6 : 4)}`;
};
const fixed = (value: number | null, digits = 2): string => (value === null ? '—' : value.toFixed(digits));

function latencyLine(stats: LatencyStats): string {
  return `turn latency: p50 ${ms(stats.p50Ms)} · p95 ${ms(stats.p95Ms)} · mean ${ms(stats.meanMs)} (${stats.samples} turn${stats.samples === 1 ? '' : 's'})`;
}

function duration(totalMs: number): string {
  const s = Math.round(totalMs / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${s % 60}s`;
  return `${Math.floor(m / 60)}h ${m % 60}m`;
}

export function summaryText(summary: AnalyticsSummary): string {
  const lines: string[] = [];
  const range = `${summary.since ? `since ${summary.since}` : 'all time'} until ${summary.until}`;
  lines.push(`analytics · graph ${summary.graph ?? '*'} · tenant ${summary.tenant ?? '(none)'} · ${range}`);
  lines.push(`conversations ${summary.conversations} · turns ${summary.turns}`);
  lines.push(
    `handoffs ${summary.handoffs.total} (${fixed(summary.handoffs.meanPerConversation)} per conversation)`,
  );
  const width = Math.max(0, ...summary.handoffs.edges.map((e) => `${e.from} → ${e.to}`.length));
  for (const e of summary.handoffs.edges) lines.push(`  ${`${e.from} → ${e.to}`.padEnd(width)}  ${e.count}`);
  lines.push(
    `policy trips: loop cap ${summary.policy.loopCapTrips} · ping-pong ${summary.policy.pingPongTrips}`,
  );
  lines.push(
    `escalations to Human: ${summary.escalations.toHuman} (in ${summary.escalations.conversations} conversations)`,
  );
  const t = summary.telephony;
  if (t.phoneConversations > 0 || t.transfers > 0)
    lines.push(
      `phone transfers: ${t.transfers} (rate ${fixed(t.transferRate)}) · answered ${t.answered} (rate ${fixed(t.answerRate)}) · time to answer p50 ${t.timeToAnswer.p50Ms ?? '–'} ms · callbacks ${t.callbacksRequested}`,
    );
  lines.push(latencyLine(summary.turnLatency));
  const unpriced = summary.cost.unpricedModels.length
    ? ` · no price for ${summary.cost.unpricedModels.join(', ')}`
    : '';
  lines.push(
    `tokens ${summary.tokens.inputTokens} in · ${summary.tokens.outputTokens} out · cost ${usd(summary.cost.totalUsd)} total · ${usd(summary.cost.perConversationUsd)} per conversation${unpriced}`,
  );
  const d = summary.sentiment.distribution;
  lines.push(
    `sentiment: mean ${fixed(summary.sentiment.mean)} over ${summary.sentiment.analyzed} analysed · negative ${d.negative} · neutral ${d.neutral} · positive ${d.positive}`,
  );
  lines.push(`lead score: mean ${fixed(summary.lead.meanScore, 0)} over ${summary.lead.analyzed} analysed`);
  return `${lines.join('\n')}\n`;
}

export function conversationText(c: ConversationAnalytics): string {
  const lines: string[] = [];
  lines.push(`conversation ${c.conversationId} · ${c.graph} · ${c.status} · tenant ${c.tenant ?? '(none)'}`);
  lines.push(
    `turns ${c.turns} · duration ${duration(c.durationMs)} · handoffs ${c.handoffCount} (${c.rejectedHandoffs} refused)`,
  );
  lines.push(`agents visited: ${c.agentsVisited.join(' → ')}`);
  for (const h of c.handoffTrail) {
    lines.push(`  t${h.turn} ${h.from} → ${h.to}${h.kind === 'fallback' ? ' [fallback]' : ''}: ${h.reason}`);
  }
  const tools = Object.entries(c.toolCalls.byTool).map(([tool, n]) => `${tool} ×${n}`);
  lines.push(`tool calls: ${c.toolCalls.total}${tools.length ? ` (${tools.join(', ')})` : ''}`);
  lines.push(
    `tokens ${c.tokens.inputTokens} in · ${c.tokens.outputTokens} out · cost ${usd(c.cost.usd)}${c.cost.unpricedModels.length ? ` · no price for ${c.cost.unpricedModels.join(', ')}` : ''}`,
  );
  lines.push(latencyLine(c.turnLatency));
  if (c.turnLatency.perTurn.length) {
    lines.push(`  ${c.turnLatency.perTurn.map((t) => `t${t.turn} ${ms(t.ms)}`).join(' · ')}`);
  }
  lines.push(
    `policy trips: loop cap ${c.policy.loopCapTrips} · ping-pong ${c.policy.pingPongTrips} · other ${c.policy.otherTrips}${c.escalatedToHuman ? ' · escalated to Human' : ''}`,
  );
  if (!c.analysis) lines.push('analysis: none yet (ends with the conversation, or run with --analyze)');
  else {
    const a = c.analysis;
    lines.push(`sentiment ${a.sentiment.score.toFixed(2)} (${a.method}${a.model ? ` ${a.model}` : ''})`);
    for (const r of a.sentiment.reasons) lines.push(`  - ${r}`);
    lines.push(`lead score ${a.lead.score}`);
    for (const r of a.lead.reasons) lines.push(`  - ${r}`);
  }
  return `${lines.join('\n')}\n`;
}
