import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/graph/policyOptions.ts';
import type { NormalizedEdge } from '../../src/graph/types.ts';
import { checkHandoff, type PolicyView } from '../../src/policy/handoffPolicy.ts';
import { continuesReroute, countReroutes } from '../../src/policy/rerouteCount.ts';

const edge = (from: string, to: string) =>
  ({ from, to, toolName: `transfer_to_${to}`, description: '' }) as unknown as NormalizedEdge<unknown>;

const view = (over: Partial<PolicyView<unknown>>): PolicyView<unknown> => ({
  conversationId: 'c1',
  handoffCount: 0,
  rerouteCount: 0,
  entry: 'Triage',
  toolCallCount: 0,
  turn: 3,
  lastHandoff: null,
  state: {},
  ...over,
});

describe('handoff cap counts reroutes: a handback to the entry agent and its routing count once', () => {
  it('counts Billing→Triage→TechSupport on one message as one reroute, and a rejected transfer as none', () => {
    const log = [
      { from: 'Triage', to: 'Sales', turn: 1 },
      { from: 'Sales', to: 'Triage', turn: 2 },
      { from: 'Triage', to: 'TechSupport', turn: 2 },
      { from: 'TechSupport', to: 'Billing', turn: 3, kind: 'rejected' },
      { from: 'TechSupport', to: 'Triage', turn: 4 },
      { from: 'Triage', to: 'Billing', turn: 4 },
    ];
    expect(countReroutes(log, 'Triage')).toBe(3);
    // Raw transfers would have been 5: the default cap would be spent after two topic changes.
    expect(log.filter((h) => h.kind !== 'rejected')).toHaveLength(5);
  });

  it('does not join a handback with a routing on a later message', () => {
    const handback = { from: 'Sales', to: 'Triage', turn: 2 };
    expect(continuesReroute(handback, { from: 'Triage', to: 'Billing', turn: 2 }, 'Triage')).toBe(true);
    expect(continuesReroute(handback, { from: 'Triage', to: 'Billing', turn: 3 }, 'Triage')).toBe(false);
    expect(countReroutes([handback, { from: 'Triage', to: 'Billing', turn: 3 }], 'Triage')).toBe(2);
  });

  it('at the cap lets the entry agent finish the reroute a handback began, but refuses a new one', () => {
    const max = DEFAULT_POLICY.maxHandoffs;
    const afterHandback = view({
      rerouteCount: max,
      handoffCount: 9,
      lastHandoff: { from: 'Sales', to: 'Triage', turn: 3 },
    });
    expect(checkHandoff(DEFAULT_POLICY, edge('Triage', 'Billing'), afterHandback)).toEqual({ allow: true });
    const fresh = view({ rerouteCount: max, lastHandoff: { from: 'Triage', to: 'Sales', turn: 2 } });
    expect(checkHandoff(DEFAULT_POLICY, edge('Sales', 'Triage'), fresh)).toMatchObject({
      allow: false,
      code: 'handoff_cap',
      remedy: 'escalate',
    });
  });

  it('still refuses ping-pong without new customer input, whatever the count', () => {
    const justArrived = view({ rerouteCount: 1, lastHandoff: { from: 'Triage', to: 'Billing', turn: 3 } });
    expect(checkHandoff(DEFAULT_POLICY, edge('Billing', 'Triage'), justArrived)).toMatchObject({
      allow: false,
      code: 'ping_pong',
    });
  });

  it('counts every transfer when the view carries no reroute count (unchanged for callers that do not set it)', () => {
    const legacy = view({ rerouteCount: undefined, handoffCount: DEFAULT_POLICY.maxHandoffs });
    expect(checkHandoff(DEFAULT_POLICY, edge('Triage', 'Billing'), legacy)).toMatchObject({
      code: 'handoff_cap',
    });
  });
});
