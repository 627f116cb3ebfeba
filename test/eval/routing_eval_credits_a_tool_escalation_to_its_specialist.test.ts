import { describe, expect, it } from 'vitest';
import { answeringAgent } from '../../src/eval/runRows.ts';

const hop = (from: string, to: string, kind: string, intent: string | null) => ({
  from,
  to,
  kind,
  intent,
  reason: kind === 'fallback' ? 'policy: …' : 'Customer asks …',
});

describe('routing eval: who answered a turn', () => {
  it('credits a specialist whose own tool handed the case to a person', () => {
    // Real estate: Triage routed the complaint to Escalation, whose open_escalation tool opened ESC-1
    // and asked for the managing broker.
    const result = {
      agent: 'Human',
      handoffs: [
        hop('Triage', 'Escalation', 'handoff', 'escalation.complaint'),
        hop('Escalation', 'Human', 'fallback', 'escalation.tool_escalation'),
      ],
    };
    expect(answeringAgent(result, ['Escalation'])).toBe('Escalation');
    // A set that expects the person for the same message is right too.
    expect(answeringAgent(result, ['Human'])).toBe('Human');
    expect(answeringAgent(result, ['BuyerQualifier'])).toBe('Human');
  });

  it('counts every other move where it lands: routed handoffs, limits and screens', () => {
    expect(answeringAgent({ agent: 'Human', handoffs: [hop('Triage', 'Human', 'handoff', null)] })).toBe(
      'Human',
    );
    const capTripped = [
      hop('Triage', 'Sales', 'handoff', null),
      hop('Sales', 'Human', 'fallback', 'escalation.handoff_cap'),
    ];
    expect(answeringAgent({ agent: 'Human', handoffs: capTripped }, ['Sales'])).toBe('Human');
    const emergency = [hop('Receptionist', 'Human', 'fallback', 'escalation.emergency')];
    expect(answeringAgent({ agent: 'Human', handoffs: emergency })).toBe('Human');
    expect(answeringAgent({ agent: 'Billing', handoffs: [] })).toBe('Billing');
  });

  it('does not credit a tool escalation that is not the last move of the turn', () => {
    const result = {
      agent: 'Triage',
      handoffs: [
        hop('Escalation', 'Human', 'fallback', 'escalation.tool_escalation'),
        hop('Human', 'Triage', 'handoff', null),
      ],
    };
    expect(answeringAgent(result, ['Escalation'])).toBe('Triage');
  });
});
