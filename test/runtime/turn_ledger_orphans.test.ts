import { describe, expect, it } from 'vitest';
import { TurnLedger } from '../../src/runtime/turnLedger.ts';
import type { ToolCallRecord } from '../../src/store/types.ts';

const record = (over: Partial<ToolCallRecord>): ToolCallRecord => ({
  conversationId: 'c',
  callId: 'call_t1_1',
  turn: 1,
  occurrence: 1,
  tool: 'place_order',
  agent: 'Orders',
  arguments: { item: 'lamp' },
  result: { value: { placed: true }, state: { orders: 1 } },
  status: 'completed',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  completedAt: new Date('2026-01-01T00:00:01Z'),
  ...over,
});

describe('which earlier side effects a retried turn reports as orphaned', () => {
  it('numbers identical calls apart, but a call id delivered twice keeps its number', () => {
    const ledger = new TurnLedger();
    expect(ledger.occurrence('place_order', { item: 'lamp' }, 'a')).toBe(1);
    expect(ledger.occurrence('place_order', { item: 'lamp' }, 'b')).toBe(2);
    expect(ledger.occurrence('place_order', { item: 'lamp' }, 'a')).toBe(1);
    expect(ledger.occurrence('place_order', { item: 'desk' }, 'a')).toBe(1);
  });

  it('reports what the retry did not repeat, and nothing it repeated or that never completed', () => {
    const ledger = new TurnLedger();
    ledger.occurrence('place_order', { item: 'lamp' }, 'x'); // the retry ordered one lamp, not two
    const orphans = ledger.orphans([
      record({}),
      record({ occurrence: 2, callId: 'call_t1_2' }),
      record({ arguments: { item: 'vase' }, callId: 'call_t1_3' }),
      record({ arguments: { item: 'desk' }, callId: 'call_t1_4', status: 'failed' }),
    ]);
    expect(orphans.map((o) => [o.callId, o.arguments])).toEqual([
      ['call_t1_2', { item: 'lamp' }],
      ['call_t1_3', { item: 'vase' }],
    ]);
    expect(orphans[0]).toEqual({
      v: 1,
      agent: 'Orders',
      tool: 'place_order',
      callId: 'call_t1_2',
      arguments: { item: 'lamp' },
      result: { placed: true },
      context: { orders: 1 },
      recordedAt: '2026-01-01T00:00:01.000Z',
    });
  });

  it('compares arguments whatever their key order', () => {
    const ledger = new TurnLedger();
    ledger.occurrence('refund', { b: 1, a: { y: 2, x: 1 } }, 'n');
    expect(ledger.orphans([record({ tool: 'refund', arguments: { a: { x: 1, y: 2 }, b: 1 } })])).toEqual([]);
  });
});
