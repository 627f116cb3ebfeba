import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import {
  checkProcedureCoverage,
  listAcceptedPlans,
  lookupCoverage,
} from '../../../templates/healthcare/insuranceTools.ts';
import { lookupPatientRecord, updateContactDetails } from '../../../templates/healthcare/recordsTools.ts';
import {
  bookAppointment,
  cancelAppointment,
  findAppointmentSlots,
  listAppointments,
} from '../../../templates/healthcare/schedulingTools.ts';
import { formatDayShort } from '../../../templates/shared/calendar.ts';
import {
  rows,
  seededHealthcareDb,
  toolContext,
  verifiedAs,
} from '../../support/templates/healthcare/healthcareTestDb.ts';

/** The desks' tools (records, appointments, insurance) against the seeded tables. */
let db: ToolDb;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await seededHealthcareDb());
}, 120_000); // booting PGlite is slow on a loaded machine
afterAll(() => close());

type Slot = { id: string; slot_date: string; start_time: string; status: string };
const openSlotsOf = (provider: string) =>
  rows<Slot>(
    db,
    `SELECT id, to_char(slot_date, 'YYYY-MM-DD') AS slot_date, start_time, status FROM healthcare_slots
     WHERE provider = '${provider}' AND status = 'open' AND slot_date > CURRENT_DATE ORDER BY slot_date, start_time, id`,
  );

describe('appointments desk', () => {
  it('offers the three soonest open slots of a doctor, skipping booked ones, and remembers the first', async () => {
    const expected = (await openSlotsOf('Okafor')).slice(0, 3);
    const ctx = toolContext(db, 'Scheduling');
    const result: any = await findAppointmentSlots.execute({ provider: 'Okafor' }, ctx);
    expect(result.slots.map((s: { slotId: string }) => s.slotId)).toEqual(expected.map((s) => s.id));
    expect(result.message).toContain(formatDayShort(expected[0].slot_date));
    expect(ctx.state.slotId).toBe(expected[0].id);
    const [booked] = await rows<{ slot_id: string }>(
      db,
      "SELECT slot_id FROM healthcare_appointments WHERE id = 'APT-5001'",
    );
    expect(result.slots.map((s: { slotId: string }) => s.slotId)).not.toContain(booked.slot_id);
  });

  it("lists only the verified patient's upcoming scheduled visits, soonest first", async () => {
    const ctx = toolContext(db, 'Scheduling', verifiedAs('PT-1005', 'Grace Liu'));
    const result: any = await listAppointments.execute({}, ctx);
    const expected = await rows<{ id: string }>(
      db,
      "SELECT id FROM healthcare_appointments WHERE patient_id = 'PT-1005' AND status = 'scheduled' AND appt_date >= CURRENT_DATE ORDER BY appt_date, start_time",
    );
    expect(result.appointments.map((a: { appointmentId: string }) => a.appointmentId)).toEqual(
      expected.map((r) => r.id),
    );
    expect(ctx.state.appointmentId).toBe(expected[0].id);
  });

  it('books a chosen slot: appointment row written, slot taken, confirmation number returned', async () => {
    const [slot] = await openSlotsOf('Marin');
    const ctx = toolContext(db, 'Scheduling', {
      ...verifiedAs('PT-1007', 'Hannah Kowalski'),
      slotId: slot.id,
    });
    const result: any = await bookAppointment.execute({ slotId: slot.id, reason: 'itchy mole' }, ctx);
    expect(result).toMatchObject({ booked: true });
    const [row] = await rows<{ patient_id: string; slot_id: string; status: string; reason: string }>(
      db,
      `SELECT patient_id, slot_id, status, reason FROM healthcare_appointments WHERE id = '${result.appointmentId}'`,
    );
    expect(row).toEqual({
      patient_id: 'PT-1007',
      slot_id: slot.id,
      status: 'scheduled',
      reason: 'itchy mole',
    });
    expect(
      (await rows<Slot>(db, `SELECT status FROM healthcare_slots WHERE id = '${slot.id}'`))[0].status,
    ).toBe('booked');
    expect(ctx.state).toMatchObject({ appointmentId: result.appointmentId });
    expect(ctx.state.slotId).toBeUndefined();

    const again: any = await bookAppointment.execute(
      { slotId: slot.id },
      toolContext(db, 'Scheduling', verifiedAs('PT-1002', 'Marcus Bell')),
    );
    expect(again).toMatchObject({ booked: false });
    expect(again.message).toContain('no longer available');
  });

  it('never books a slot with another doctor than the one asked for: it offers that doctor instead', async () => {
    const [okafor] = await openSlotsOf('Okafor');
    const patels = await openSlotsOf('Patel');
    const ctx = toolContext(db, 'Scheduling', verifiedAs('PT-1008', 'Omar Haddad'));
    const result: any = await bookAppointment.execute({ slotId: okafor.id, provider: 'Patel' }, ctx);
    expect(result.booked).toBe(false);
    expect(result.slots[0].slotId).toBe(patels[0].id);
    expect(ctx.state.slotId).toBe(patels[0].id);
    expect(
      (await rows<Slot>(db, `SELECT status FROM healthcare_slots WHERE id = '${okafor.id}'`))[0].status,
    ).toBe('open');
  });

  it('asked to book before any opening was chosen, offers the next openings and books nothing', async () => {
    const before = await rows(db, 'SELECT id FROM healthcare_appointments');
    const patels = await openSlotsOf('Patel');
    const ctx = toolContext(db, 'Scheduling', verifiedAs('PT-1008', 'Omar Haddad'));
    const result: any = await bookAppointment.execute({ provider: 'Patel' }, ctx);
    expect(result).toMatchObject({ booked: false, found: true });
    expect(result.slots.map((s: { slotId: string }) => s.slotId)).toEqual(
      patels.slice(0, 3).map((s) => s.id),
    );
    expect(result.message).toContain(patels[0].id);
    expect(ctx.state.slotId).toBe(patels[0].id);
    expect(await rows(db, 'SELECT id FROM healthcare_appointments')).toHaveLength(before.length);
  });

  it('cancels a visit and reopens its slot; with several visits and no id it asks which one', async () => {
    const grace = verifiedAs('PT-1005', 'Grace Liu');
    const ambiguous: any = await cancelAppointment.execute({}, toolContext(db, 'Scheduling', { ...grace }));
    expect(ambiguous).toMatchObject({ cancelled: false, missing: 'appointmentId' });
    const [visit] = await rows<{ slot_id: string }>(
      db,
      "SELECT slot_id FROM healthcare_appointments WHERE id = 'APT-5006'",
    );
    const result: any = await cancelAppointment.execute(
      { appointmentId: 'apt 5006' },
      toolContext(db, 'Scheduling', { ...grace }),
    );
    expect(result).toMatchObject({ cancelled: true, appointmentId: 'APT-5006' });
    expect(
      (
        await rows<{ status: string }>(db, "SELECT status FROM healthcare_appointments WHERE id = 'APT-5006'")
      )[0].status,
    ).toBe('cancelled');
    expect(
      (await rows<Slot>(db, `SELECT status FROM healthcare_slots WHERE id = '${visit.slot_id}'`))[0].status,
    ).toBe('open');
    const notHers: any = await cancelAppointment.execute(
      { appointmentId: 'APT-5003' },
      toolContext(db, 'Scheduling', { ...grace }),
    );
    expect(notHers.cancelled).toBe(false);
  });
});

describe('insurance desk', () => {
  it('answers whether an insurer is in network from the plans table', async () => {
    const yes: any = await listAcceptedPlans.execute({ insurer: 'Aetna' }, toolContext(db, 'Insurance'));
    const no: any = await listAcceptedPlans.execute({ insurer: 'Kaiser' }, toolContext(db, 'Insurance'));
    expect([yes.accepted, no.accepted]).toEqual([true, false]);
    expect(yes.message).toContain('Aetna Choice POS II');
  });

  it("reads the verified patient's plan, deductible and copays in dollars", async () => {
    const result: any = await lookupCoverage.execute(
      {},
      toolContext(db, 'Insurance', verifiedAs('PT-1001', 'Dana Ruiz')),
    );
    expect(result).toMatchObject({
      plan: 'Blue Cross Blue Shield PPO',
      memberId: 'BCX441002',
      inNetwork: true,
      deductible: '$1,500',
      primaryCopay: '$25',
    });
  });

  it('checks a service: covered with prior authorization, not covered, out of network, self-pay', async () => {
    const mri: any = await checkProcedureCoverage.execute(
      { service: 'MRI' },
      toolContext(db, 'Insurance', verifiedAs('PT-1001', 'Dana Ruiz')),
    );
    expect(mri).toMatchObject({ covered: true, coinsurancePct: 20, priorAuthorization: true });
    const pt: any = await checkProcedureCoverage.execute(
      { service: 'physical therapy' },
      toolContext(db, 'Insurance', verifiedAs('PT-1002', 'Marcus Bell')),
    );
    expect(pt.covered).toBe(false);
    const uhc: any = await checkProcedureCoverage.execute(
      { service: 'X-ray' },
      toolContext(db, 'Insurance', verifiedAs('PT-1006', 'Samuel Okoro')),
    );
    expect(uhc.message).toContain('out of network');
    const selfPay: any = await checkProcedureCoverage.execute(
      { service: 'X-ray' },
      toolContext(db, 'Insurance', verifiedAs('PT-1007', 'Hannah Kowalski')),
    );
    expect(selfPay.message).toContain('self-pay');
  });
});

describe('records desk', () => {
  it('reads the record without reading out the full phone number', async () => {
    const result: any = await lookupPatientRecord.execute(
      {},
      toolContext(db, 'Records', verifiedAs('PT-1003', 'Priya Nair')),
    );
    expect(result).toMatchObject({
      primaryDoctor: 'Dr. Amara Okafor',
      phoneEndsWith: '0103',
      plan: 'Cigna Open Access Plus',
    });
    expect(result.message).not.toContain('555-0103');
  });

  it('updates the phone number on the verified record only', async () => {
    const result: any = await updateContactDetails.execute(
      { phone: '(555) 014-2211' },
      toolContext(db, 'Records', verifiedAs('PT-1009', 'Maria Garcia')),
    );
    expect(result).toMatchObject({ updated: true, phoneEndsWith: '2211' });
    const phones = await rows<{ id: string; phone: string }>(
      db,
      "SELECT id, phone FROM healthcare_patients WHERE full_name = 'Maria Garcia' ORDER BY id",
    );
    expect(phones).toEqual([
      { id: 'PT-1009', phone: '(555) 014-2211' },
      { id: 'PT-1010', phone: '555-0110' },
    ]);
    const bad: any = await updateContactDetails.execute(
      { phone: '12' },
      toolContext(db, 'Records', verifiedAs('PT-1009', 'Maria Garcia')),
    );
    expect(bad).toMatchObject({ updated: false, missing: 'phone' });
  });
});
