import { describe, expect, it } from 'vitest';
import type { TurnResult } from '../../../src/runtime/runTurn.ts';
import { SLA_TURNS } from '../../../templates/after-hours/graph.ts';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * Whole conversations on the after-hours ladder as `switchboard chat --graph after-hours` runs them:
 * the real graph, the offline model for every agent, the runtime and an in-memory PGlite seeded by the
 * template's setup SQL. What is checked is the ladder itself: a request goes down Root → lead → child,
 * a child that runs out of SLA turns hands the caller up to its lead, and a lead that runs out hands
 * them to a person, each move recorded as an SLA escalation rather than a model's choice.
 */

const t = useOfflineTemplate('after-hours');

async function conversation() {
  const { id } = await t.switchboard.createConversation({});
  return { id, say: (text: string) => t.switchboard.send(id, text) };
}

const hops = (turn: TurnResult) => turn.handoffs.map((h) => `${h.from}->${h.to}`);
const slaHops = (turn: TurnResult) =>
  turn.handoffs.filter((h) => h.intent === 'escalation.sla').map((h) => `${h.from}->${h.to}`);

describe('after-hours template, offline, whole conversations', () => {
  it('routes a balance question down the ladder and answers it from the billing table', async () => {
    const chat = await conversation();
    const turn = await chat.say('how much do I owe on account AC-2004');
    expect(hops(turn)).toEqual(['Root->OperationsLead', 'OperationsLead->Billing']);
    expect(turn.agent).toBe('Billing');
    expect(turn.toolCalls.map((c) => [c.tool, c.arguments])).toEqual([
      ['lookup_balance', expect.objectContaining({ accountId: 'AC-2004' })],
    ]);
    expect(slaHops(turn)).toEqual([]);
  });

  it('moves a caller stuck with a child up to its lead when the SLA runs out, then from the lead to Human', async () => {
    const chat = await conversation();
    const first = await chat.say('I need to book an appointment');
    expect(first.agent).toBe('Scheduler');
    expect(hops(first)).toEqual(['Root->ClinicalLead', 'ClinicalLead->Scheduler']);

    // The child keeps the caller for its SLA turns (the arrival turn counts as the first)…
    for (let i = 1; i < SLA_TURNS.child; i++) expect((await chat.say('ok')).agent).toBe('Scheduler');

    // …and the next turn starts at its lead, by policy.
    const up = await chat.say('hmm');
    expect(slaHops(up)).toEqual(['Scheduler->ClinicalLead']);
    expect(up.agent).toBe('ClinicalLead');

    // Questions the lead answers itself: with the child's five turns of "ok", more of the lead's fallback
    // would be the loop guard's (notAThirdTime.ts), not the SLA, handing the caller on.
    const leadOwn = [
      "who's the on-call doctor tonight?",
      'and the nurse on call?',
      "what's the on-call doctor's extension?",
    ];
    for (let i = 1; i < SLA_TURNS.lead; i++)
      expect((await chat.say(leadOwn[i - 1])).agent).toBe('ClinicalLead');

    const human = await chat.say('hello?');
    expect(slaHops(human)).toEqual(['ClinicalLead->Human']);
    expect(human.agent).toBe('Human');
    expect(human.status).toBe('awaiting_human');
  });

  it('skips the ladder for an emergency, whatever rung the caller is on', async () => {
    const chat = await conversation();
    expect((await chat.say('how much do I owe on account AC-2004')).agent).toBe('Billing');
    const emergency = await chat.say('my husband has crushing chest pain right now');
    expect(emergency.agent).toBe('Human');
    expect(emergency.status).toBe('awaiting_human');
  });

  it('queues a clinical callback at the lead, in the clinical queue of the callback table', async () => {
    const chat = await conversation();
    const ask = await chat.say('I want a clinician to call me back, please queue a callback');
    expect(ask.agent).toBe('ClinicalLead');
    const done = await chat.say('my name is Grace Liu and my number is 555-0166');
    expect(done.agent).toBe('ClinicalLead');
    const queued = done.toolCalls.find((c) => c.tool === 'queue_callback');
    expect(queued?.result).toEqual(expect.objectContaining({ queued: true, queue: 'clinical' }));
  });

  it('lists the openings before asking for a slot number, then books the one the caller picks under their name and number', async () => {
    const chat = await conversation();
    const offer = await chat.say('hi, I need to book an appointment for this week');
    expect(offer.agent).toBe('Scheduler');
    expect(offer.toolCalls.map((c) => c.tool)).toEqual(['find_open_slots']);
    const [first] = (offer.toolCalls[0].result as { slots: { slotId: string }[] }).slots;
    expect(offer.reply).toContain(first.slotId);

    const name = await chat.say('the first one is fine');
    expect(name.toolCalls).toEqual([]);
    expect(name.reply).toBe('Whose name should I put the appointment under?');

    // The phone number is taken too: it is what a move or a cancellation asks for again.
    const phone = await chat.say('Dana Ruiz');
    expect(phone.toolCalls).toEqual([]);
    expect(phone.reply).toMatch(/^And a phone number for the appointment\?/);

    const booked = await chat.say('555-0134');
    expect(booked.toolCalls.map((c) => [c.tool, c.arguments])).toEqual([
      ['book_slot', { slotId: first.slotId, callerName: 'Dana Ruiz', phone: '555-0134' }],
    ]);
  });

  it('takes a name said to the number question as the callback name, and asks for the number again', async () => {
    const chat = await conversation();
    const first = await chat.say("I'd like someone from the billing office to call me back");
    expect(first.agent).toBe('OperationsLead');
    // "call me back" names nobody: the name is asked for.
    expect(first.reply).toBe('Who should we ask for when we call back?');
    await chat.say('Hannah Kowalski');
    const queued = await chat.say('555 0199');
    expect(queued.agent).toBe('OperationsLead');
    expect(queued.toolCalls.map((c) => [c.tool, c.arguments])).toEqual([
      ['queue_callback', expect.objectContaining({ callerName: 'Hannah Kowalski', phone: '555 0199' })],
    ]);
    expect(slaHops(queued)).toEqual([]);
  });
});
