import { assistantMessage } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { defineGraph } from '../../../src/graph/defineGraph.ts';
import { findClinicalAdvice } from '../../../templates/healthcare/clinicalAdviceGuardrail.ts';
import { healthcareGraph } from '../../../templates/healthcare/graph.ts';
import { scriptedSwitchboard } from '../../../testing/scripted/scriptedSwitchboard.ts';

describe('findClinicalAdvice', () => {
  it.each([
    'Take 400 mg of ibuprofen for that.',
    'You can take two tablets now.',
    'Use it every 6 hours.',
    'It sounds like you have strep throat.',
    'You probably have the flu.',
    'You should stop taking the lisinopril.',
    'That is not a diagnosis I can confirm, but rest up.',
  ])('flags "%s"', (text) => {
    expect(findClinicalAdvice(text)).not.toBeNull();
  });

  it.each([
    "You're booked for Thursday, June 12 at 09:00 with Dr. Amara Okafor.",
    'Yes, Blue Cross Blue Shield PPO covers MRI with no copay and 20% coinsurance after your deductible.',
    "Thank you, Dana, you're verified. How can I help you today?",
    'I can help with appointments, insurance and your patient record.',
  ])('lets "%s" through', (text) => {
    expect(findClinicalAdvice(text)).toBeNull();
  });
});

describe('no_clinical_advice on the Receptionist', () => {
  const graph = defineGraph(healthcareGraph);

  it('replaces a dosage answer with the safe reply and records the trip', async () => {
    const { sb, conv, store } = await scriptedSwitchboard(
      { Receptionist: [[assistantMessage('For a headache, take 400 mg of ibuprofen every 6 hours.')]] },
      graph,
    );
    const turn = await sb.send(conv.id, 'how much ibuprofen can I take');
    expect(turn.agent).toBe('Receptionist');
    expect(turn.reply).toBe(graph.safeReply);
    expect(turn.reply).toContain('911');
    const trip = (await store.listEvents(conv.id)).find((e) => e.type === 'guardrail.tripped');
    expect(trip?.data).toMatchObject({
      agent: 'Receptionist',
      kind: 'output',
      guardrail: 'no_clinical_advice',
    });
    expect(String(trip?.data.reason)).toContain('dosage');
  });

  it('does not stand between Clinical and a prescription read back as prescribed', () => {
    const clinical = healthcareGraph.agents.find((a) => a.name === 'Clinical')!;
    expect(clinical.outputGuardrails ?? []).toEqual([]);
  });
});
