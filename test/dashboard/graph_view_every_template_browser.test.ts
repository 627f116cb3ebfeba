import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph, templateNames } from '../../src/app/loadGraph.ts';
import { graphEdges } from '../../web/src/lib/graphLayout.ts';
import {
  browserAvailability,
  launchBrowser,
  screenshot,
  type TestBrowser,
} from '../support/dashboard/browser.ts';
import { type DashboardServer, startDashboardServer } from '../support/dashboard/dashboardServer.ts';

const { run } = browserAvailability();

/*
 * Every template's agent graph in Chromium at 1280×800: each agent readable (drawn at least 150 px
 * wide, its whole name shown, inside the canvas horizontally), one drawn edge per declared edge of every kind, a legend
 * that names exactly the kinds drawn, and tabs that stay on one line. The screenshots are kept.
 */
describe.runIf(run)('the agent graph view of every template, in Chromium', () => {
  let server: DashboardServer;
  let browser: TestBrowser;
  beforeAll(async () => {
    server = await startDashboardServer(templateNames());
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const name of templateNames()) {
    it(`${name}: every agent readable, every edge drawn, the legend true`, async () => {
      const graph = await loadGraph(name);
      const agents = graph.toJSON().agents;
      const expected = graphEdges(agents, graph.entry, []);
      const { page } = browser;
      await page.goto(`${server.url}/graphs/${name}`);
      await page.locator('[data-testid=graph-node]').first().waitFor();
      await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(expected.length);

      const canvas = await page.locator('[data-testid=graph-canvas]').boundingBox();
      expect(canvas).not.toBeNull();
      for (const agent of agents) {
        const box = await page.locator(`[data-testid=graph-node][data-agent="${agent.name}"]`).boundingBox();
        expect(box, agent.name).not.toBeNull();
        expect(box?.width ?? 0, `${agent.name} is drawn too small to read`).toBeGreaterThanOrEqual(150);
        expect(box?.x ?? 0).toBeGreaterThanOrEqual(canvas?.x ?? 0);
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(
          (canvas?.x ?? 0) + (canvas?.width ?? 0),
        );
      }

      const clipped = await page
        .locator('[data-testid=graph-node] .graph-node-name')
        .evaluateAll((names) => names.filter((n) => n.scrollWidth > n.clientWidth).map((n) => n.textContent));
      expect(clipped, 'agent names cut off with an ellipsis').toEqual([]);

      const legend = await page
        .locator('[data-testid=graph-legend] [data-kind]')
        .evaluateAll((spans) => spans.map((s) => s.getAttribute('data-kind')));
      expect(new Set(legend)).toEqual(new Set(expected.map((e) => (e.undeclared ? 'undeclared' : e.kind))));

      const tabHeights = await page
        .locator('[role=tab]')
        .evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect().height));
      expect(Math.max(...tabHeights)).toBeLessThan(40);
      await screenshot(page, `graph-${name}`, { fullPage: true });
    });
  }
});
