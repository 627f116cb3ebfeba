import { assistantMessage } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { defineGraph } from '../../../src/graph/defineGraph.ts';
import { detectEmergency, emergencyScreen } from '../../../templates/healthcare/emergencyScreen.ts';
import { healthcareGraph } from '../../../templates/healthcare/graph.ts';
import { scriptedSwitchboard } from '../../../testing/scripted/scriptedSwitchboard.ts';

describe('detectEmergency', () => {
  it.each([
    ['my dad is having chest pains', 'chest pain'],
    ['My chest feels really tight', 'chest pain'],
    ['pressure in my chest', 'chest pain'],
    ["I can't breathe", 'breathing'],
    ['she cant breathe', 'breathing'],
    ["he isn't breathing", 'breathing'],
    ['I think I overdosed', 'overdose'],
    ['took too many pills', 'overdose'],
    // A chat probe (2026-11-27): it got "I don't have a protocol for that", and a nurse call back tonight.
    ['I took too many of my pills and I feel dizzy', 'overdose'],
    ['my mum has taken too much of her insulin', 'overdose'],
    ['i accidentally took a double dose of my meds', 'overdose'],
    ["I'm feeling suicidal", 'self-harm'],
    ['I want to end my life', 'self-harm'],
    ['her face is drooping', 'stroke'],
    ['numbness on one side', 'stroke'],
    ['he collapsed in the kitchen', 'unresponsive'],
    ['my son is having a seizure', 'seizure'],
    ["it won't stop bleeding", 'bleeding'],
    ['my throat is closing', 'anaphylaxis'],
    // As family members describe a stroke or an allergic reaction (fifth pass, docs/dialogue.md).
    ['my dad suddenly cant talk properly and his arm went numb', 'stroke'],
    ["mum can't speak clearly", 'stroke'],
    ['her face has gone numb', 'stroke'],
    ["my son ate peanuts and his lips are swelling and he's wheezing", 'anaphylaxis'],
    ['her lip is swollen after the shrimp', 'anaphylaxis'],
    // QA chat probes (2026-11-27): each got "Tell me what you're feeling", "no protocol", or self-care.
    ['chest pian real bad', 'chest pain'],
    ['its getting harder to breathe', 'breathing'],
    ["wheezing and my inhaler isn't helping", 'breathing'],
    ['bad allergic reaction, my throat feels tight', 'anaphylaxis'],
    ["my son fell and hit his head, he threw up and he's really drowsy and confused", 'head injury'],
    ['she banged her head on the table and now she seems confused', 'head injury'],
    ['he is unconcious', 'unresponsive'],
    // Said without "suicide" or "die" (a QA chat probe, 2026-11-27: it got the front desk's menu).
    ["i dont really see the point anymore. i've been thinking about ending it", 'self-harm'],
    ['honestly everyone would be better off without me', 'self-harm'],
    ["there's no point in living like this", 'self-harm'],
    ["i'm ready to end it all", 'self-harm'],
    ["I don't want to wake up tomorrow", 'self-harm'],
  ])('"%s" is an emergency (%s)', (text, category) => {
    expect(detectEmergency(text)?.category).toBe(category);
  });

  it.each([
    'I need to book a physical',
    'refill my inhaler please',
    'do you take Aetna',
    'my chest x-ray results',
    'I have a sore throat',
    'can I breathe easier with a new inhaler',
    "I can't talk right now, can you text me",
    'my leg went to sleep on the train',
    'I took my pills this morning',
    'I have had too many missed calls from you',
    'I paid my bill, what is the chest x-ray for',
    'my inhaler is working fine, I just need a refill',
    'I hit my head last week, it is fine now, can I book a check up',
    'my throat is sore',
    "I'm thinking of ending my gym membership",
    "I don't see the point of the new form",
    'can we end things there, I have to go',
  ])('"%s" is not', (text) => {
    expect(detectEmergency(text)).toBeNull();
  });
});

describe('emergencyScreen guardrail', () => {
  it('fails closed outside a Switchboard turn: with no escalation slot it trips (safe reply)', async () => {
    const result = await emergencyScreen.execute({
      agent: {} as any,
      input: [{ role: 'user', content: 'my chest hurts' }],
      context: {} as any,
    });
    expect(result.tripwireTriggered).toBe(true);
    const calm = await emergencyScreen.execute({ agent: {} as any, input: 'book me in', context: {} as any });
    expect(calm.tripwireTriggered).toBe(false);
  });

  it('runs before the model, so a scripted model that would chat on is never even called', async () => {
    const graph = defineGraph(healthcareGraph);
    const { sb, models, conv, store } = await scriptedSwitchboard(
      { Receptionist: [[assistantMessage('Sure, let me book that for you.')]] },
      graph,
    );
    const turn = await sb.send(conv.id, "I'm having chest pain but I wanted to book a checkup");
    expect(turn.agent).toBe('Human');
    expect(turn.status).toBe('awaiting_human');
    expect(models.Receptionist.calls ?? []).toHaveLength(0);
    expect(turn.handoffs).toEqual([
      expect.objectContaining({
        from: 'Receptionist',
        to: 'Human',
        kind: 'fallback',
        intent: 'escalation.emergency',
      }),
    ]);
    expect(turn.handoffs[0].reason).toContain('chest pain');
    const trips = (await store.listEvents(conv.id)).filter((e) => e.type === 'policy.tripped');
    expect(trips.map((e) => e.data.code)).toEqual(['emergency']);
  });
});
