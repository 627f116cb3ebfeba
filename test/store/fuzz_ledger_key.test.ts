import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import type { ConversationStore, ToolCallKey } from '../../src/store/types.ts';

/*
 * The ledger's replay rule against random call sequences: a call gets a recorded result exactly when
 * an earlier call had the same turn, tool, arguments (as JSON, any key order) and occurrence, and then
 * it gets that call's result, whatever the call ids. Checked against a plain model of the rule.
 */
const stores: [string, ConversationStore][] = [
  ['memory', createMemoryStore()],
  ['pglite', await createPgliteStore({})],
];
for (const [, store] of stores) await store.migrate();
afterAll(async () => {
  for (const [, store] of stores) await store.close();
});

const value = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom('INV-1', 'INV-2', 'é ü', ''),
  fc.boolean(),
);
const args = fc.dictionary(fc.constantFrom('invoiceId', 'amount', 'reason'), value, { maxKeys: 3 });
const call = fc.record({
  turn: fc.integer({ min: 1, max: 2 }),
  tool: fc.constantFrom('issue_refund', 'void_invoice'),
  args,
  occurrence: fc.integer({ min: 1, max: 2 }),
  callId: fc.constantFrom('call_t1_1', 'call_t1_2', 'call_x'),
  reversed: fc.boolean(),
});

const sortedJson = (value: Record<string, unknown>) =>
  JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))));

describe.each(stores)('ledger replay rule (property, %s)', (_name, store) => {
  it('replays exactly the same call of the same turn, with its own result', {
    timeout: 120_000,
  }, async () => {
    let conversations = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(call, { minLength: 1, maxLength: 8 }), async (calls) => {
        const conversationId = `fuzz-${_name}-${++conversations}`;
        const recorded = new Map<string, { result: string; callId: string }>();
        for (const [i, c] of calls.entries()) {
          // The same arguments in another key order are the same call.
          const entries = Object.entries(c.args);
          const sent = Object.fromEntries(c.reversed ? entries.reverse() : entries);
          const key: ToolCallKey = {
            conversationId,
            turn: c.turn,
            tool: c.tool,
            occurrence: c.occurrence,
            callId: c.callId,
            agent: 'Billing',
            arguments: sent,
          };
          const identity = `${c.turn}|${c.tool}|${sortedJson(c.args)}|${c.occurrence}`;
          const outcome = await store.runToolOnce(key, async () => `effect ${i}`);
          const earlier = recorded.get(identity);
          if (earlier)
            expect(outcome).toEqual({ result: earlier.result, replayed: true, callId: earlier.callId });
          else {
            expect(outcome).toEqual({ result: `effect ${i}`, replayed: false, callId: c.callId });
            recorded.set(identity, { result: `effect ${i}`, callId: c.callId });
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
