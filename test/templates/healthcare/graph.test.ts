import { describe, expect, it } from 'vitest';
import { defineGraph } from '../../../src/graph/defineGraph.ts';
import { HUMAN_AGENT } from '../../../src/graph/types.ts';
import { noClinicalAdvice } from '../../../templates/healthcare/clinicalAdviceGuardrail.ts';
import { deskRequestBridge } from '../../../templates/healthcare/deskRequestBridge.ts';
import { emergencyScreen } from '../../../templates/healthcare/emergencyScreen.ts';
import { FRONT_DESK_EXAMPLES } from '../../../templates/healthcare/examples.ts';
import { healthcareGraph } from '../../../templates/healthcare/graph.ts';
import { healthcareSetupSql } from '../../../templates/healthcare/setup.ts';

const agent = (name: string) => healthcareGraph.agents.find((a) => a.name === name)!;
const toolNames = (name: string) => (agent(name).tools ?? []).map((t) => t.name);
const targets = (name: string) => (agent(name).handoffs ?? []).map((e) => (typeof e === 'string' ? e : e.to));
const DESKS = ['Records', 'Scheduling', 'Insurance', 'Billing'];
/**
 * The desks whose examples the Receptionist's router learns as its own. Billing's are not among them:
 * they diluted the router's front-desk label (docs/routing.md, section 1); that bills still stay with
 * the Receptionist is checked by healthcare_billing_questions_stay_with_the_receptionist.test.ts.
 */
const ROUTED_DESKS = ['Records', 'Scheduling', 'Insurance'];

describe('healthcareGraph', () => {
  it('passes graph validation; the only warning is the manager holding verify_identity', () => {
    const graph = defineGraph(healthcareGraph);
    expect(graph.warnings).toEqual([
      'entry agent "Receptionist" has tools (verify_identity); a triage agent should only hand off',
    ]);
    expect(graph.agents.map((a) => a.name).sort()).toEqual(
      ['Receptionist', ...DESKS, 'Clinical', HUMAN_AGENT].sort(),
    );
    expect(graph.setupSql).toBe(healthcareSetupSql);
  });

  it('is a manager: the Receptionist consults the four desks as tools and hands off only to Clinical and Human', () => {
    const graph = defineGraph(healthcareGraph);
    const receptionist = graph.byName.get('Receptionist')!;
    expect(receptionist.agentTools?.map((t) => [t.agent, t.toolName])).toEqual([
      ['Records', 'records_desk'],
      ['Scheduling', 'appointments_desk'],
      ['Insurance', 'insurance_desk'],
      ['Billing', 'billing_desk'],
    ]);
    expect(targets('Receptionist')).toEqual(['Clinical', HUMAN_AGENT]);
    // No agent hands off to a desk: desks answer inside the Receptionist's turn, never take the conversation.
    const handoffTargets = graph.agents.flatMap((a) => a.handoffs.map((e) => e.to));
    for (const desk of DESKS) expect(handoffTargets).not.toContain(desk);
  });

  it('has 20 distinct tools, each agent with its own subset', () => {
    const all = healthcareGraph.agents.flatMap((a) => toolNames(a.name));
    expect(new Set(all).size).toBe(20);
    expect(toolNames('Receptionist')).toEqual(['verify_identity']);
    expect(toolNames('Records')).toEqual(['lookup_patient_record', 'update_contact_details']);
    expect(toolNames('Scheduling')).toEqual([
      'find_appointment_slots',
      'list_appointments',
      'book_appointment',
      'reschedule_appointment',
      'cancel_appointment',
    ]);
    expect(toolNames('Insurance')).toEqual([
      'list_accepted_plans',
      'lookup_coverage',
      'check_procedure_coverage',
    ]);
    expect(toolNames('Billing')).toEqual([
      'lookup_balance',
      'explain_charge',
      'pay_by_card_or_link',
      'pay_in_installments',
    ]);
    expect(toolNames('Clinical')).toEqual([
      'verify_identity',
      'list_medications',
      'check_allergies',
      'triage_symptoms',
      'request_refill',
      'ask_about_medicines',
    ]);
    // Clinical tools are out of the front desk's reach, and the other way round.
    const front = [...toolNames('Receptionist'), ...DESKS.flatMap(toolNames)];
    for (const t of ['list_medications', 'check_allergies', 'triage_symptoms', 'request_refill'])
      expect(front).not.toContain(t);
  });

  it('screens every turn-starting agent for emergencies, and guards only the Receptionist against clinical advice', () => {
    for (const name of ['Receptionist', 'Clinical']) {
      expect(agent(name).inputGuardrails).toEqual([emergencyScreen, deskRequestBridge]);
      expect(targets(name)).toContain(HUMAN_AGENT);
    }
    expect(agent('Receptionist').outputGuardrails).toEqual([noClinicalAdvice]);
    // Desks run inside another agent's turn: an escalation from there would not move the conversation.
    for (const desk of DESKS) expect(agent(desk).inputGuardrails ?? []).toEqual([]);
    expect(emergencyScreen.runInParallel).toBe(false);
    expect(deskRequestBridge.runInParallel).toBe(false);
  });

  it('never lets the context schema carry the offline bridge field', () => {
    expect(Object.keys(healthcareGraph.context!.shape)).not.toContain('input');
    expect(healthcareGraph.context!.parse({ input: 'x', patientId: 'PT-1001' })).toEqual({
      patientId: 'PT-1001',
    });
  });

  it("gives every agent at least 20 distinct examples, and the manager keeps its desks' topics", () => {
    for (const a of healthcareGraph.agents) {
      const examples = a.examples ?? [];
      expect(examples.length, a.name).toBeGreaterThanOrEqual(20);
      expect(new Set(examples.map((e) => e.toLowerCase())).size, a.name).toBe(examples.length);
    }
    const receptionist = new Set(agent('Receptionist').examples);
    for (const desk of ROUTED_DESKS)
      for (const e of agent(desk).examples ?? []) expect(receptionist.has(e)).toBe(true);
    for (const e of FRONT_DESK_EXAMPLES) expect(receptionist.has(e)).toBe(true);
    const clinical = new Set(agent('Clinical').examples);
    expect([...receptionist].filter((e) => clinical.has(e))).toEqual([]);
  });

  it("names each agent's own tools in its instructions and no other agent's", () => {
    for (const a of healthcareGraph.agents) {
      const text = typeof a.instructions === 'string' ? a.instructions : a.instructions({});
      for (const t of toolNames(a.name)) expect(text, `${a.name}: ${t}`).toContain(t);
      const foreign = healthcareGraph.agents
        .filter((o) => o.name !== a.name)
        .flatMap((o) => toolNames(o.name))
        .filter((t) => !toolNames(a.name).includes(t));
      for (const t of foreign) expect(text, `${a.name} mentions ${t}`).not.toContain(t);
    }
  });
});
