import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineGraph } from '../../src/graph/defineGraph.ts';
import { GraphValidationError } from '../../src/graph/graphValidation.ts';
import type { GraphSpec } from '../../src/graph/types.ts';

const base = (phone?: GraphSpec['phone']): GraphSpec => ({
  name: 'desk',
  entry: 'Triage',
  agents: [
    { name: 'Triage', instructions: 'route', handoffs: ['Billing'] },
    { name: 'Billing', instructions: 'bill', handoffDescription: 'Invoices', handoffs: ['Triage'] },
  ],
  ...(phone ? { phone } : {}),
});

function issuesOf(spec: GraphSpec): string[] {
  try {
    defineGraph(spec);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphValidationError);
    return (error as GraphValidationError).issues.map((i) => i.message);
  }
  throw new Error('graph was accepted');
}

afterEach(() => vi.unstubAllEnvs());

describe('phone targets are part of the graph: validated, normalized, shown', () => {
  it('a number on Human: defaults filled, in the topology JSON and the Mermaid chart', () => {
    const graph = defineGraph(base({ Human: { target: '+14155550100', mode: 'warm' } }));
    expect(graph.byName.get('Human')!.phone).toEqual({
      target: '+14155550100',
      kind: 'number',
      callerId: null,
      timeoutSec: 20,
      mode: 'warm',
      source: 'graph',
    });
    const human = graph.toJSON().agents.find((a) => a.name === 'Human')!;
    expect(human.phone).toMatchObject({ target: '+14155550100', mode: 'warm' });
    expect(graph.toJSON().agents.find((a) => a.name === 'Billing')!.phone).toBeNull();
    expect(graph.toMermaid()).toContain('Human -->|warm transfer| phone_Human');
  });

  it('a SIP URI on an ordinary agent', () => {
    const graph = defineGraph(base({ Billing: { target: 'sip:billing@pbx.example.com', timeoutSec: 30 } }));
    expect(graph.byName.get('Billing')!.phone).toMatchObject({ kind: 'sip', mode: 'cold', timeoutSec: 30 });
  });

  it('bad targets are refused with every problem named', () => {
    const issues = issuesOf(
      base({
        Human: { target: '555-0100', callerId: '0100', timeoutSec: 500, mode: 'lukewarm' as 'cold' },
        Nobody: { target: '+14155550100' },
      }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        'phone.Human.target "555-0100" must be an E.164 number (+14155550100) or a SIP URI (sip:desk@pbx.example.com)',
        'phone.Human.callerId "0100" must be an E.164 number',
        'phone.Human.timeoutSec must be a whole number of seconds between 5 and 120',
        'phone.Human.mode must be "cold" or "warm" (got "lukewarm")',
        'phone target for unknown agent "Nobody"',
      ]),
    );
  });

  it('a target on Human when nothing reaches Human is an error', () => {
    const spec = base({ Human: { target: '+14155550100' } });
    spec.policy = { escalateTo: 'Triage' };
    expect(issuesOf(spec)).toContain('phone target for Human, but no agent hands off or escalates to Human');
  });

  it('SWITCHBOARD_TRANSFER_NUMBER gives Human a default target; the graph’s own wins', () => {
    vi.stubEnv('SWITCHBOARD_TRANSFER_NUMBER', '+442071838750');
    vi.stubEnv('SWITCHBOARD_TRANSFER_MODE', 'warm');
    expect(defineGraph(base()).byName.get('Human')!.phone).toMatchObject({
      target: '+442071838750',
      mode: 'warm',
      source: 'env',
    });
    const own = defineGraph(base({ Human: { target: '+14155550100' } })).byName.get('Human')!.phone;
    expect(own).toMatchObject({ target: '+14155550100', mode: 'cold', source: 'graph' });
  });

  it('a bad SWITCHBOARD_TRANSFER_NUMBER names the variable', () => {
    vi.stubEnv('SWITCHBOARD_TRANSFER_NUMBER', 'call-me');
    expect(issuesOf(base())[0]).toMatch(
      /^SWITCHBOARD_TRANSFER_NUMBER \(phone target of Human\)\.target "call-me"/,
    );
  });
});
