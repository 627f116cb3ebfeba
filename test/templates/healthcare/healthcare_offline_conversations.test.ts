import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/app/loadGraph.ts';
import { createAgentModelFactory } from '../../../src/models/agentModels.ts';
import { AWAITING_HUMAN_REPLY, type TurnResult } from '../../../src/runtime/runTurn.ts';
import { Switchboard } from '../../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../../src/store/types.ts';
import { EMERGENCY_NOTICE } from '../../../templates/healthcare/emergencyScreen.ts';
import { VERIFY_FIRST } from '../../../templates/healthcare/identity.ts';
import { rows } from '../../support/templates/healthcare/healthcareTestDb.ts';

/**
 * Whole conversations on the healthcare template as `switchboard chat --graph healthcare` runs them:
 * the real graph, the offline model for every agent and the runtime, over the memory store (durability
 * is not the point here) whose tool database is a PGlite seeded by the template's setup SQL. One store
 * serves the file: each test has its own conversation, and no test reads rows another one writes.
 * Assertions are on who answered, the handoffs, the tool calls (with the agent that ran them: a desk's
 * tools run inside the Receptionist's turn) and the rows the tools wrote.
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
  // Open and seed the tool database here, not inside the first test: on a loaded CI machine booting
  // PGlite alone can take most of a test's time budget.
  await query('SELECT 1');
}, 120_000);

afterAll(async () => {
  await store.close();
});

async function conversation() {
  const { id } = await switchboard.createConversation();
  return { id, say: (text: string) => switchboard.send(id, text) };
}

const hops = (turn: TurnResult) => turn.handoffs.map((h) => `${h.from}->${h.to}`);
const calls = (turn: TurnResult) => turn.toolCalls.map((c) => `${c.agent}.${c.tool}`);
const query = async <T = Record<string, unknown>>(text: string) => rows<T>(await store.toolDb(), text);

describe('healthcare template, offline, whole conversations', () => {
  it('the Receptionist verifies, then answers through its desks without ever handing off', async () => {
    const chat = await conversation();
    const verify = await chat.say('my name is Dana Ruiz, born 1984-03-12');
    expect(verify.agent).toBe('Receptionist');
    expect(calls(verify)).toEqual(['Receptionist.verify_identity']);
    expect(verify.reply).toContain("you're verified");

    const next = await chat.say('when is my next appointment');
    expect(next.agent).toBe('Receptionist');
    expect(next.handoffs).toEqual([]);
    expect(calls(next)).toEqual(['Scheduling.list_appointments']);
    const [visit] = await query<{ id: string }>(
      "SELECT id FROM healthcare_appointments WHERE patient_id = 'PT-1001' AND status = 'scheduled' ORDER BY appt_date LIMIT 1",
    );
    expect(next.reply).toContain(visit.id);

    const coverage = await chat.say('does my plan cover an MRI');
    expect(coverage.agent).toBe('Receptionist');
    expect(calls(coverage)).toEqual(['Insurance.check_procedure_coverage']);
    expect(coverage.reply).toContain('prior authorization');
  });

  it('finds openings and books the first one: the appointment row is written for the verified patient', async () => {
    const chat = await conversation();
    await chat.say('my name is Priya Nair, born 1978-11-23');
    const offer = await chat.say('i need an appointment with dermatology');
    expect(calls(offer)).toEqual(['Scheduling.find_appointment_slots']);
    const [first] = await query<{ id: string }>(
      "SELECT id FROM healthcare_slots WHERE department = 'Dermatology' AND status = 'open' AND slot_date > CURRENT_DATE ORDER BY slot_date, start_time, id LIMIT 1",
    );
    expect(offer.reply).toContain(first.id);

    const book = await chat.say('book the first one please');
    expect(book.agent).toBe('Receptionist');
    expect(book.toolCalls).toEqual([
      expect.objectContaining({
        agent: 'Scheduling',
        tool: 'book_appointment',
        arguments: expect.objectContaining({ slotId: first.id }),
      }),
    ]);
    const booked = await query<{ id: string; patient_id: string }>(
      `SELECT id, patient_id FROM healthcare_appointments WHERE slot_id = '${first.id}' AND status = 'scheduled'`,
    );
    expect(booked).toEqual([{ id: expect.stringMatching(/^APT-6\d{3}$/), patient_id: 'PT-1003' }]);
    expect(book.reply).toContain(booked[0].id);
  });

  it('books a slot the caller names by number after the openings, once identity is verified', async () => {
    const chat = await conversation();
    await chat.say('what openings does Dr. Okafor have?');
    const [slot] = await query<{ id: string }>(
      "SELECT id FROM healthcare_slots WHERE provider = 'Okafor' AND status = 'open' AND slot_date > CURRENT_DATE ORDER BY slot_date DESC, start_time, id LIMIT 1",
    );
    const gated = await chat.say(`${slot.id} please`);
    expect(calls(gated)).toEqual(['Scheduling.book_appointment']);
    expect(gated.reply).toContain('verify your identity');
    await chat.say('Dana Ruiz');
    const booked = await chat.say('1984-03-12');
    expect(calls(booked)).toEqual(['Receptionist.verify_identity', 'Scheduling.book_appointment']);
    expect(booked.reply).toMatch(/^You're booked for .* Your confirmation number is APT-6\d{3}\.$/);
  });

  it('an unverified caller gets nothing from a record until verify_identity succeeded', async () => {
    const chat = await conversation();
    const refused = await chat.say('when is my next appointment');
    expect(refused.toolCalls).toEqual([
      expect.objectContaining({ tool: 'list_appointments', result: VERIFY_FIRST }),
    ]);
    expect(refused.reply).toContain(VERIFY_FIRST.message);
    expect(refused.reply).not.toMatch(/APT-\d+/);

    const publicInfo = await chat.say('do you take aetna');
    expect(calls(publicInfo)).toEqual(['Insurance.list_accepted_plans']);
    expect(publicInfo.reply).toContain('Aetna Choice POS II');

    await chat.say('my name is Grace Liu, born 1952-09-14');
    const allowed = await chat.say('when is my next appointment');
    expect(allowed.reply).toMatch(/APT-\d+/);
    expect((await store.getConversation(chat.id))?.context).toMatchObject({
      identityVerified: true,
      patientId: 'PT-1005',
    });
  });

  it('hands clinical questions to Clinical, which reads medications and files a refill with its own tools', async () => {
    const chat = await conversation();
    const meds = await chat.say('what medications am I on');
    expect(meds.agent).toBe('Clinical');
    expect(hops(meds)).toEqual(['Receptionist->Clinical']);
    expect(meds.toolCalls).toEqual([
      expect.objectContaining({ agent: 'Clinical', tool: 'list_medications', result: VERIFY_FIRST }),
    ]);

    const verify = await chat.say('my name is Dana Ruiz, born 1984-03-12');
    expect(verify.agent).toBe('Clinical');
    // The request that waited for identity is made again once verified: no need to ask twice.
    expect(calls(verify)).toEqual(['Clinical.verify_identity', 'Clinical.list_medications']);
    expect(verify.reply).toContain('Lisinopril 10 mg once daily');

    const list = await chat.say('what medications am I on');
    expect(list.reply).toContain('Lisinopril 10 mg once daily');

    const refill = await chat.say('I need a refill of lisinopril');
    expect(calls(refill)).toEqual(['Clinical.request_refill']);
    const written = await query<{ id: string; status: string }>(
      "SELECT id, status FROM healthcare_refill_requests WHERE medication_id = 'RX-3001'",
    );
    expect(written).toEqual([{ id: expect.stringMatching(/^RF-\d+$/), status: 'sent_to_pharmacy' }]);
    expect(refill.reply).toContain(written[0].id);
    expect((await store.getConversation(chat.id))?.context).not.toHaveProperty('input');
  });

  it('escalates an emergency on the first message, before any model runs, and parks the conversation', async () => {
    const chat = await conversation();
    const turn = await chat.say('my husband collapsed and is not breathing');
    expect(turn.agent).toBe('Human');
    expect(turn.status).toBe('awaiting_human');
    expect(turn.handoffs).toEqual([
      expect.objectContaining({
        from: 'Receptionist',
        to: 'Human',
        kind: 'fallback',
        intent: 'escalation.emergency',
      }),
    ]);
    expect(turn.toolCalls).toEqual([]);
    const after = await chat.say('please hurry');
    // The emergency's notice stands while the person is awaited (emergency_notice_stands_…test.ts).
    expect(after.reply).toBe(`${EMERGENCY_NOTICE} ${AWAITING_HUMAN_REPLY}`);
  });

  it('escalates an emergency said to Clinical in the middle of a conversation', async () => {
    const chat = await conversation();
    expect((await chat.say('i have a sore throat and a cough')).agent).toBe('Clinical');
    const turn = await chat.say('wait, now my chest hurts and feels tight');
    expect(hops(turn)).toEqual(['Clinical->Human']);
    expect(turn.handoffs[0]).toMatchObject({ kind: 'fallback', intent: 'escalation.emergency' });
    expect(turn.handoffs[0].reason).toContain('chest');
  });

  it('an emergency triage protocol escalates through its tool result when the phrase is not on the screen list', async () => {
    const chat = await conversation();
    const first = await chat.say('I have a rash');
    expect(first.agent).toBe('Clinical');
    const turn = await chat.say('now I broke out in hives all over');
    expect(calls(turn)).toEqual(['Clinical.triage_symptoms']);
    expect(turn.toolCalls[0].result).toMatchObject({ protocolId: 'TP-ANAPH', escalate: true });
    expect(hops(turn)).toEqual(['Clinical->Human']);
    expect(turn.handoffs[0].intent).toBe('escalation.tool_escalation');
    expect(turn.status).toBe('awaiting_human');
  });

  it('three failed identity checks pass the caller to a person', async () => {
    const chat = await conversation();
    const tries = ['1985-01-01', '1985-03-12', '1983-03-12'];
    const turns: TurnResult[] = [];
    for (const dob of tries) turns.push(await chat.say(`my name is Dana Ruiz and I was born ${dob}`));
    expect(turns.slice(0, 2).map((t) => t.agent)).toEqual(['Receptionist', 'Receptionist']);
    expect(turns[2].agent).toBe('Human');
    expect(hops(turns[2])).toEqual(['Receptionist->Human']);
    expect((await store.getConversation(chat.id))?.context).toEqual({ verificationFailures: 3 });
  });
});
