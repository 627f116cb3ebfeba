import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/app/loadGraph.ts';
import { createAgentModelFactory } from '../../../src/models/agentModels.ts';
import { Switchboard } from '../../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../../src/store/types.ts';
import { BILLING_EXAMPLES } from '../../../templates/healthcare/examples.ts';

/**
 * Bills are the front desk's: every billing example, said as the first message of a conversation, stays
 * with the Receptionist (no handoff: not to Clinical, not to a person) and reaches the billing desk,
 * whose tools refuse until the caller is verified; a payment is read back first (since the ninth
 * dialogue pass), naming no figure of the account. The examples are not in the Receptionist's routing
 * examples (docs/routing.md, section 1), so this is what keeps the manager holding the desk's topic.
 */
let store: ConversationStore;
let switchboard: Switchboard;

beforeAll(async () => {
  store = createMemoryStore();
  switchboard = await Switchboard.create({
    graph: await loadGraph('healthcare'),
    store,
    models: createAgentModelFactory({ model: 'offline' }),
  });
}, 120_000);

afterAll(async () => {
  await store.close();
});

describe('billing questions on the healthcare template, offline', () => {
  it('stay with the Receptionist and go to the billing desk, which asks who is calling first', async () => {
    const missed: string[] = [];
    for (const example of BILLING_EXAMPLES) {
      const { id } = await switchboard.createConversation();
      const turn = await switchboard.send(id, example);
      expect(turn.agent, example).toBe('Receptionist');
      expect(turn.handoffs, example).toEqual([]);
      // The desk's tools run inside the Receptionist's turn as the Billing agent's. A payment is the
      // desk's read-back (or its question of how many months) before anything runs; identity is asked
      // when the caller says yes, and the tool refuses until then (docs/dialogue.md, ninth pass).
      const readBack = /^Just to confirm: (pay|split)|^Over how many months/.test(turn.reply);
      if (!turn.toolCalls.some((c) => c.agent === 'Billing') && !readBack) missed.push(example);
      // No figure of the patient's account before verification: the only amount the reply may say is
      // one the caller said ("pay $25 toward my balance" is read back as "pay $25 …" before it runs).
      const said = new Set(example.match(/\$\d[\d,.]*/g) ?? []);
      const figures = (turn.reply.match(/\$\d[\d,.]*/g) ?? []).filter((f) => !said.has(f));
      expect(figures, `${example} → ${turn.reply}`).toEqual([]);
    }
    expect(missed).toEqual([]);
  }, 120_000);
});
