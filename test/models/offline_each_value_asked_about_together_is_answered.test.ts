import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// A dev28 row (healthcare): "I can pick between an Aetna plan and a Kaiser plan… Do you take both?" listed
// the accepted plans without saying Kaiser was not one; and (a known gap since stop 66) "Maplewood or
// Lakeview for schools?" asked which neighbourhood. A read-only look-up runs once for each value said.
describe('each value asked about together is answered', () => {
  it('says which insurer is in network and which is not', async () => {
    const o = await converse('healthcare', ['my employer offers Cigna or Kaiser, would you take either?'], {
      reply: 'not in network with Kaiser',
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/in network with Cigna/);
  }, 180_000);

  it('describes both neighbourhoods compared', async () => {
    const o = await converse(
      'real-estate',
      ['Old Town vs Riverside, which one is more walkable?'],
      [
        { tool: 'describe_neighborhood', result: { neighborhood: 'Old Town' } },
        { tool: 'describe_neighborhood', result: { neighborhood: 'Riverside' } },
      ],
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('does not look up again what one answer already gave', async () => {
    const o = await converse('support', ['is Starter or Growth cheaper per minute?'], {
      tool: 'lookup_pricing',
    });
    expect(toolsOf(o).filter((t) => t.tool === 'lookup_pricing')).toHaveLength(1);
  }, 180_000);
});
