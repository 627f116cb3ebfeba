import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/app/loadGraph.ts';
import { createAgentModelFactory } from '../../../src/models/agentModels.ts';
import { Switchboard } from '../../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../../src/store/types.ts';
import { rows } from '../../support/templates/healthcare/healthcareTestDb.ts';

/**
 * Moving a clinic visit, offline, as `switchboard chat --graph healthcare` runs it: the caller is
 * verified, the visit is found (the only one, by the caller's words for it, or picked from a list), the
 * move is read back in one line naming the visit, and on "yes" it moves to the same clinician's slot on
 * the new day (another clinician only when named), freeing the old slot. A "yes" turn retried after a
 * crash before it was saved is replayed from the tool-call ledger and does not move the visit twice.
 */

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Fails the next turn commit once armed, as if the process died after the tools ran. */
function crashingStore(store: ConversationStore) {
  let armed = false;
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'commitTurn' && armed) {
        return async () => {
          armed = false;
          throw new Error('simulated crash before commit');
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { store: proxy, crashNextCommit: () => (armed = true) };
}

let inner: ConversationStore;
let crash: ReturnType<typeof crashingStore>;
let switchboard: Switchboard;

beforeAll(async () => {
  inner = createMemoryStore();
  crash = crashingStore(inner);
  switchboard = await Switchboard.create({
    graph: await loadGraph('healthcare'),
    store: crash.store,
    models: createAgentModelFactory({ model: 'offline' }),
  });
  await query('SELECT 1'); // open and seed the tool database outside the first test's budget
}, 120_000);

afterAll(async () => {
  await inner.close();
});

const query = async <T = Record<string, unknown>>(text: string) => rows<T>(await inner.toolDb(), text);
const calls = (turn: { toolCalls: { agent: string; tool: string }[] }) =>
  turn.toolCalls.map((c) => `${c.agent}.${c.tool}`);

type Visit = { appt_date: string; start_time: string; provider: string; slot_id: string };
const visit = async (id: string) =>
  (
    await query<Visit>(
      `SELECT to_char(appt_date, 'YYYY-MM-DD') AS appt_date, start_time, provider, slot_id FROM healthcare_appointments WHERE id = '${id}'`,
    )
  )[0];
const slotStatus = async (id: string) =>
  (await query<{ status: string }>(`SELECT status FROM healthcare_slots WHERE id = '${id}'`))[0].status;

/** A weekday other than the visit's own, and the date it means from today. */
function anotherWeekday(date: string): { name: string; date: string } {
  // Three or four days ahead: never tomorrow (the line holds tomorrow's first slots for walk-ins) and
  // never the appointment's own weekday.
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const own = new Date(`${date}T00:00:00Z`).getUTCDay();
  const ahead = (now.getUTCDay() + 3) % 7 === own ? 4 : 3;
  return {
    name: WEEKDAYS[(now.getUTCDay() + ahead) % 7],
    date: new Date(today + ahead * 86_400_000).toISOString().slice(0, 10),
  };
}

describe('healthcare, offline: moving an appointment keeps the doctor', () => {
  it('reads the move back naming the visit, moves it once on yes (also when the turn is retried) and frees the old slot', async () => {
    const before = await visit('APT-5001');
    const to = anotherWeekday(before.appt_date);
    const { id } = await switchboard.createConversation();
    const asked = await switchboard.send(id, `I need to move my appointment to ${to.name}`);
    // Identity first: nothing about the visit is said before the caller is verified.
    expect(asked.reply).toMatch(/verify your identity/);

    const readBack = await switchboard.send(id, 'Dana Ruiz, born 1984-03-12');
    expect(calls(readBack)).toEqual(['Receptionist.verify_identity', 'Scheduling.list_appointments']);
    expect(readBack.reply).toMatch(
      /^(?:Thank you, Dana, you're verified\. )?Just to confirm: move your blood pressure follow-up visit on .+ with Dr\. Amara Okafor \(APT-5001\) to .+, at the same time\. Shall I go ahead\?$/,
    );
    expect(await visit('APT-5001')).toEqual(before);

    crash.crashNextCommit();
    await expect(switchboard.send(id, 'yes')).rejects.toThrow(/simulated crash/);
    const moved = await visit('APT-5001');
    expect(moved).toMatchObject({ appt_date: to.date, start_time: before.start_time, provider: 'Okafor' });

    const retry = await switchboard.send(id, 'yes');
    const move = retry.toolCalls.find((c) => c.tool === 'reschedule_appointment');
    expect(move).toMatchObject({ agent: 'Scheduling', replayed: true, result: { rescheduled: true } });
    expect(retry.reply).toMatch(
      /^Done: your blood pressure follow-up visit is now on .+ with Dr\. Amara Okafor/,
    );
    expect(await visit('APT-5001')).toEqual(moved);
    expect(await slotStatus(before.slot_id)).toBe('open');
    expect(await slotStatus(moved.slot_id)).toBe('booked');
  });

  it('"can it be <day> instead" after the visits were listed moves the one listed', async () => {
    const before = await visit('APT-5004');
    const to = anotherWeekday(before.appt_date);
    const { id } = await switchboard.createConversation();
    await switchboard.send(id, 'Tomás Herrera, born 2015-05-30');
    const listed = await switchboard.send(id, 'when is my next appointment?');
    expect(listed.reply).toContain('APT-5004');
    const readBack = await switchboard.send(id, `can it be ${to.name} instead`);
    expect(readBack.reply).toMatch(/^Just to confirm: move your school physical visit .+\(APT-5004\) to /);
    const done = await switchboard.send(id, 'yes');
    expect(done.reply).toMatch(/^Done: your school physical visit is now on/);
    expect(await visit('APT-5004')).toMatchObject({ appt_date: to.date, provider: 'Whitfield' });
  });

  it('a time another clinician does not have is answered with their openings, and the time said next moves it', async () => {
    const before = await visit('APT-5008');
    const { id } = await switchboard.createConversation();
    await switchboard.send(id, 'Omar Haddad 1987-06-19');
    const readBack = await switchboard.send(
      id,
      'could I move my palpitations follow-up to friday with dr okafor',
    );
    expect(readBack.reply).toMatch(
      /^Just to confirm: move your palpitations follow-up visit .+ with Dr\. Okafor, at the same time if free\./,
    );
    // Dr. Patel sees patients at 13:00; Dr. Okafor at 09:00 and 14:30 only.
    const offered = await switchboard.send(id, 'yes');
    expect(offered.reply).toMatch(
      /^Dr\. Amara Okafor has no opening on .+ at 13:00\. The next openings with Dr\. Amara Okafor are .+\. What time would suit you\?$/,
    );
    expect(await visit('APT-5008')).toEqual(before);
    const again = await switchboard.send(id, '2:30 please');
    expect(again.reply).toMatch(/^Just to confirm: move your palpitations follow-up visit .+ at 2:30/);
    await switchboard.send(id, 'yes');
    expect(await visit('APT-5008')).toMatchObject({ start_time: '14:30', provider: 'Okafor' });
    expect(await slotStatus(before.slot_id)).toBe('open');
  });
});
