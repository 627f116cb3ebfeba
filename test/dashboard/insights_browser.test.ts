import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../src/analytics/analyzeConversation.ts';
import { lexicalAnalyzer } from '../../src/analytics/analyzers.ts';
import { duration } from '../../web/src/lib/format.ts';
import {
  browserAvailability,
  launchBrowser,
  screenshot,
  type TestBrowser,
} from '../support/dashboard/browser.ts';
import { type DashboardServer, startDashboardServer } from '../support/dashboard/dashboardServer.ts';

const { run } = browserAvailability();

const ms = (iso: string | null) => (iso ? new Date(iso).getTime() : null);

describe.runIf(run)('analytics and trace pages in Chromium show the numbers the API gives', () => {
  let server: DashboardServer;
  let browser: TestBrowser;
  let billing: string;
  beforeAll(async () => {
    server = await startDashboardServer();
    const chat = async (...texts: string[]) => {
      const { id } = await server.api('POST', '/v1/conversations', { graph: 'support' });
      for (const text of texts) await server.api('POST', `/v1/conversations/${id}/messages`, { text });
      return id as string;
    };
    billing = await chat(
      'hi, I think I was charged twice on invoice INV-2041',
      'also my webhooks keep failing',
    );
    // (A refund over $500 now waits for approval instead of escalating; asking for a person escalates.)
    const escalated = await chat('let me talk to a real person');
    const sales = await chat('what does the Growth plan cost?');
    // Two of the three scored (the deterministic scorer), so the sentiment chart has data and a gap.
    for (const id of [escalated, sales])
      await analyzeConversation(server.store, id, { analyzer: lexicalAnalyzer });
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('analytics: headline numbers and the edge chart match GET /v1/analytics', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/analytics`);
    const kpi = (id: string) => page.locator(`[data-testid=kpi-${id}]`);
    await kpi('conversations').waitFor();
    // Everything above was created within the page's range (the last 24 hours).
    const summary = await server.api('GET', '/v1/analytics?since=24h');
    expect(summary.conversations).toBe(3);
    expect(await kpi('conversations').textContent()).toBe(String(summary.conversations));
    expect(await kpi('handoffs').textContent()).toBe(String(summary.handoffs.total));
    expect(await kpi('escalations').textContent()).toBe(String(summary.escalations.conversations));
    expect(await kpi('p50').textContent()).toBe(duration(summary.turnLatency.p50Ms));
    expect(await kpi('p95').textContent()).toBe(duration(summary.turnLatency.p95Ms));
    expect(summary.sentiment.analyzed).toBe(2);
    expect(await kpi('sentiment').textContent()).toBe(summary.sentiment.mean.toFixed(2));

    const chart = page.locator('[data-testid=chart-edges]');
    await chart.locator('svg').first().waitFor();
    const text = (await chart.textContent()) ?? '';
    for (const edge of summary.handoffs.edges.slice(0, 10))
      expect(text).toContain(`${edge.from} → ${edge.to}`);
    await page.locator('[data-testid=chart-latency] svg').first().waitFor();
    // One bar per sentiment bucket that has conversations, as many as the API counts.
    const bars = page.locator('[data-testid=chart-sentiment] .recharts-bar-rectangle path');
    const buckets = Object.values(summary.sentiment.distribution as Record<string, number>);
    await expect.poll(() => bars.count()).toBe(buckets.filter((n) => n > 0).length);
    await screenshot(page, 'analytics', { fullPage: true });
    expect(browser.pageErrors).toEqual([]);
  }, 60_000);

  it("trace: the waterfall has the turn's spans with the durations the API recorded", async () => {
    const { page } = browser;
    const { data: traces } = await server.api('GET', `/v1/conversations/${billing}/traces`);
    const trace = traces.find((t: any) => t.turn === 2);
    expect(trace.spans.length).toBeGreaterThan(3);

    // Reached the way an operator would: from the conversation, through the turn's trace link.
    await page.goto(`${server.url}/conversations/${billing}`);
    await page.getByRole('link', { name: 'trace' }).nth(1).click();
    const rows = page.locator('[data-testid=span-row]');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(trace.spans.length);

    const shown = await Promise.all(
      (await rows.all()).map(async (row) => ({
        kind: await row.getAttribute('data-kind'),
        ms: await row.getAttribute('data-duration-ms'),
      })),
    );
    const expected = trace.spans.map((s: any) => {
      const start = ms(s.startedAt);
      const end = ms(s.endedAt);
      return { kind: s.kind, ms: start !== null && end !== null ? String(end - start) : '' };
    });
    const sort = (list: { kind: string | null; ms: string | null }[]) =>
      [...list].sort((a, b) => `${a.kind}${a.ms}`.localeCompare(`${b.kind}${b.ms}`));
    expect(sort(shown)).toEqual(sort(expected));
    expect(shown.map((s) => s.kind)).toEqual(expect.arrayContaining(['agent', 'handoff', 'function']));

    const times = trace.spans
      .flatMap((s: any) => [ms(s.startedAt), ms(s.endedAt)])
      .filter((t: any) => t !== null);
    const total = Math.max(ms(trace.endedAt)!, ...times) - Math.min(ms(trace.startedAt)!, ...times);
    expect(await page.locator('[data-testid=trace-total]').textContent()).toBe(duration(total));

    await page.locator('[data-testid=span-row][data-kind=function]').first().click();
    await expect.poll(() => page.locator('.span-detail').textContent()).toContain('run_webhook_diagnostic');
    await screenshot(page, 'trace');
    expect(browser.pageErrors).toEqual([]);
  }, 60_000);
});
