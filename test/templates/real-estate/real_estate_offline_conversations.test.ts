import { type FunctionTool, RunContext } from '@openai/agents';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { defineGraph } from '../../../src/graph/defineGraph.ts';
import { createAgentModelFactory } from '../../../src/models/agentModels.ts';
import { compileGraph } from '../../../src/runtime/compileGraph.ts';
import type { TurnResult } from '../../../src/runtime/runTurn.ts';
import { realEstateGraph } from '../../../templates/real-estate/graph.ts';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * Whole conversations on the real-estate star as `switchboard chat --graph real-estate` runs them: the
 * real graph, the offline model for every agent, the runtime and an in-memory PGlite seeded by the
 * template's setup SQL. What is checked is what the star adds: the photo tool exists only on the
 * agents an injecting edge reached, and CrmWriter records the lead in its table.
 */

const t = useOfflineTemplate('real-estate');

async function conversation(context?: Record<string, unknown>) {
  const { id } = await t.switchboard.createConversation({ context });
  return (text: string) => t.switchboard.send(id, text);
}

const hops = (turn: TurnResult) => turn.handoffs.map((h) => `${h.from}->${h.to}`);
const tools = (turn: TurnResult) => turn.toolCalls.map((c) => c.tool);

async function leads(name: string) {
  const result = (await (
    await t.store.toolDb()
  ).execute(
    sql.raw(`SELECT kind, name, email, phone, qualified FROM real_estate_leads WHERE name = '${name}'`),
  )) as unknown as { rows: Record<string, unknown>[] };
  return result.rows;
}

describe('real-estate template, offline, whole conversations', () => {
  it('analyses a photo with the tool injected on the Triage → PhotoAnalyst edge', async () => {
    const say = await conversation();
    const turn = await say('can you look at photo PH-1132 and tell me what it shows');
    expect(hops(turn)).toEqual(['Triage->PhotoAnalyst']);
    expect(turn.agent).toBe('PhotoAnalyst');
    expect(tools(turn)).toEqual(['analyze_listing_photo']);
    expect(turn.toolCalls[0].arguments).toEqual(expect.objectContaining({ photoId: 'PH-1132' }));
  });

  it('compiles the photo tool onto SellerIntake and PhotoAnalyst only, switched off outside an injecting handoff', async () => {
    const compiled = compileGraph(
      defineGraph(realEstateGraph),
      createAgentModelFactory({ model: 'offline' }),
    );
    const holders = [...compiled.agents.values()].filter((a) =>
      a.tools.some((t) => t.name === 'analyze_listing_photo'),
    );
    expect(holders.map((a) => a.name).sort()).toEqual(['PhotoAnalyst', 'SellerIntake']);
    for (const a of holders) {
      const tool = a.tools.find((t) => t.name === 'analyze_listing_photo') as FunctionTool;
      // No turn, so no handoff over an injecting edge: the tool is not offered.
      expect(await tool.isEnabled(new RunContext({}), a)).toBe(false);
    }
  });

  it('records a contact request as a lead row through CrmWriter', async () => {
    const say = await conversation();
    const ask = await say(
      'please have an agent email me about new listings, I am Iris Vance, iris@vance.example',
    );
    expect(ask.agent).toBe('CrmWriter');
    // The email stands in for the phone (record_lead's description says so): no phone question first.
    expect(tools(ask)).toEqual(['record_lead']);
    expect(await leads('Iris Vance')).toEqual([
      expect.objectContaining({ kind: 'buyer', email: 'iris@vance.example', phone: null, qualified: false }),
    ]);
  });
});
