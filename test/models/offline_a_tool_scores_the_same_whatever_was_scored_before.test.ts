import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { scoreTools } from '../../src/models/offline/toolMatcher.ts';
import { converse } from './offlineScenario.ts';

/**
 * The tool matcher keeps the last fitted tool sets. Their key left out whether a tool changes data, so
 * the same tools listed without it (as another agent's tools are) and fitted first in a process were
 * reused when the agent scored its own changes: "We'd like to upgrade to Scale…", then "ACC-1002", got
 * "Invoice INV-2048 … is paid" instead of the plan change's read-back. Which test file had run before
 * in the same worker decided it (two support tests failed on a clean clone, 2026-11-28).
 */
describe('a tool scores the same whatever was scored before it', () => {
  it('the plan change is read back after the same tools were fitted without their change flag', async () => {
    const graph = await loadGraph('support');
    for (const agent of graph.agents) {
      const docs = agent.tools.map((t) => ({ name: t.name, description: t.description ?? '' }));
      scoreTools('anything', docs);
      for (const doc of docs) scoreTools('anything', [doc]);
    }
    const o = await converse(
      'support',
      [
        "Hey, Dev Patel from Patel Plumbing here. We'd like to upgrade to Scale, we need more phone numbers for the new vans.",
        'ACC-1002',
      ],
      { handoff: 'Billing' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/move your account to the Scale plan/i);
  }, 180_000);
});
