import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOnFreshDataDir } from '../support/cli/runCli.ts';

const { cli, cleanup } = cliOnFreshDataDir('sb-analytics-');
afterAll(cleanup);

let billing: string;
let sales: string;

beforeAll(async () => {
  const first = await cli(
    'chat',
    '--graph',
    'support',
    '--message',
    'I was charged twice on invoice INV-2041',
    '--json',
  );
  const second = await cli(
    'chat',
    '--graph',
    'support',
    '--message',
    'how much is the Growth plan for 20 seats? we want to buy this week',
    '--json',
  );
  expect(first.code, first.stderr).toBe(0);
  expect(second.code, second.stderr).toBe(0);
  billing = JSON.parse(first.stdout).conversationId;
  sales = JSON.parse(second.stdout).conversationId;
}, 120_000);

describe('switchboard analytics', () => {
  it('--json prints the aggregates of the conversations in the range', async () => {
    const { stdout, stderr, code } = await cli('analytics', '--graph', 'support', '--since', '1h', '--json');
    expect(code, stderr).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({
      graph: 'support',
      conversations: 2,
      turns: 2,
      handoffs: {
        total: 2,
        meanPerConversation: 1,
        edges: [
          { from: 'Triage', to: 'Billing', count: 1 },
          { from: 'Triage', to: 'Sales', count: 1 },
        ],
      },
      policy: { loopCapTrips: 0, pingPongTrips: 0 },
      escalations: { toHuman: 0, conversations: 0 },
      cost: { totalUsd: 0, perConversationUsd: 0, unpricedModels: [] },
      tokens: { inputTokens: 0, outputTokens: 0 },
    });
    expect(summary.turnLatency.samples).toBe(2);
    expect(summary.turnLatency.p95Ms).toBeGreaterThanOrEqual(summary.turnLatency.p50Ms);
  });

  it('prints a readable report, and an empty one for another graph', async () => {
    const { stdout, code } = await cli('analytics', '--graph', 'support');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^analytics · graph support · tenant \* · all time until /);
    expect(stdout).toContain('conversations 2 · turns 2\n');
    expect(stdout).toContain('handoffs 2 (1.00 per conversation)\n');
    expect(stdout).toMatch(/\n {2}Triage → Billing {2}1\n {2}Triage → Sales {4}1\n/);
    expect(stdout).toMatch(/turn latency: p50 \d+\.\d ms · p95 \d+\.\d ms/);
    const other = await cli('analytics', '--graph', 'salon'); // a template nobody has talked to here
    expect(other.stdout).toContain('conversations 0 · turns 0\n');
  });

  it('--conversation --analyze scores one conversation and stores the analysis', async () => {
    const analyzed = await cli('analytics', '--conversation', sales, '--analyze', '--json');
    expect(analyzed.code, analyzed.stderr).toBe(0);
    const one = JSON.parse(analyzed.stdout);
    expect(one).toMatchObject({
      conversationId: sales,
      agentsVisited: ['Triage', 'Sales'],
      analysis: { method: 'lexical', model: null },
    });
    expect(one.analysis.lead.score).toBeGreaterThanOrEqual(80);
    // Stored: a plain query in a new process sees it in the aggregates.
    const summary = JSON.parse((await cli('analytics', '--graph', 'support', '--json')).stdout);
    expect(summary.lead).toEqual({ analyzed: 1, meanScore: one.analysis.lead.score });
    const text = await cli('analytics', '--conversation', billing);
    expect(text.stdout).toContain('agents visited: Triage → Billing\n');
    expect(text.stdout).toContain('analysis: none yet');
  });

  it('refuses a bad time with a usage error and a missing conversation with an error', async () => {
    const bad = await cli('analytics', '--since', 'yesterday');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since: invalid time "yesterday"');
    // Out of the years a date can have: a usage error too, not "Invalid time value" from deep inside.
    for (const value of ['99999999999d', '0000-01-01']) {
      const outOfRange = await cli('analytics', '--since', value);
      expect(outOfRange.code, value).toBe(2);
      expect(outOfRange.stderr).toBe(
        `switchboard: option '--since <when>' argument '${value}' is invalid. --since: invalid time "${value}": it must fall between 0001-01-01 and 9999-12-31\n`,
      );
    }
    const missing = await cli('analytics', '--conversation', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('switchboard: conversation nope not found\n');
    const misspelt = await cli('analytics', '--graph', 'suport');
    expect(misspelt.code).toBe(1);
    expect(misspelt.stderr).toContain('graph "suport": not a template');
    expect(misspelt.stdout).toBe('');
  }, 90_000);
});
