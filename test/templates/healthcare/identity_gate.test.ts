import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import type { SwitchboardTool } from '../../../src/tools/defineTool.ts';
import {
  checkAllergies,
  listMedications,
  requestRefill,
  triageSymptoms,
} from '../../../templates/healthcare/clinicalTools.ts';
import type { HealthcareContext } from '../../../templates/healthcare/context.ts';
import {
  MAX_VERIFICATION_FAILURES,
  VERIFY_FIRST,
  verifyIdentity,
} from '../../../templates/healthcare/identity.ts';
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
import {
  rows,
  seededHealthcareDb,
  toolContext,
  verifiedAs,
} from '../../support/templates/healthcare/healthcareTestDb.ts';

let db: ToolDb;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await seededHealthcareDb());
}, 120_000); // booting PGlite is slow on a loaded machine
afterAll(() => close());

/** Every tool that reads or changes a patient's record, with arguments that would work once verified. */
const RECORD_TOOLS: [SwitchboardTool<any, HealthcareContext>, Record<string, unknown>][] = [
  [lookupPatientRecord, {}],
  [updateContactDetails, { phone: '555-0199' }],
  [listAppointments, {}],
  [bookAppointment, { slotId: 'SL-2002' }],
  [cancelAppointment, { appointmentId: 'APT-5001' }],
  [lookupCoverage, {}],
  [checkProcedureCoverage, { service: 'MRI' }],
  [listMedications, {}],
  [checkAllergies, {}],
  [requestRefill, { medication: 'Lisinopril' }],
];

const snapshot = () =>
  rows(
    db,
    `SELECT (SELECT string_agg(phone, ',' ORDER BY id) FROM healthcare_patients) AS phones,
            (SELECT string_agg(status, ',' ORDER BY id) FROM healthcare_slots) AS slots,
            (SELECT string_agg(id || status, ',' ORDER BY id) FROM healthcare_appointments) AS visits,
            (SELECT count(*) FROM healthcare_refill_requests) AS refills,
            (SELECT sum(refills_left) FROM healthcare_medications) AS refills_left`,
  );

describe('identity gate: no record is read or changed before verify_identity', () => {
  it.each(RECORD_TOOLS.map(([tool, args]) => [tool.name, tool, args] as const))(
    '%s refuses an unverified caller, even one who claims a patient id, and writes nothing',
    async (_name, tool, args) => {
      const before = await snapshot();
      for (const state of [{}, { patientId: 'PT-1001' }, { patientId: 'PT-1001', identityVerified: false }]) {
        const ctx = toolContext(db, 'any', { ...state });
        expect(await tool.execute(args, ctx)).toEqual(VERIFY_FIRST);
        expect(ctx.state).toEqual(state);
      }
      expect(await snapshot()).toEqual(before);
    },
  );

  it('works once the same tools run for a verified patient', async () => {
    const result: any = await listMedications.execute(
      {},
      toolContext(db, 'Clinical', verifiedAs('PT-1001', 'Dana Ruiz')),
    );
    expect(result.found).toBe(true);
    expect(result.medications.map((m: { name: string }) => m.name)).toEqual([
      'Albuterol',
      'Atorvastatin',
      'Lisinopril',
    ]);
  });

  it('leaves public information open: openings, accepted insurers and symptom triage need no identity', async () => {
    const slots: any = await findAppointmentSlots.execute(
      { provider: 'Marin' },
      toolContext(db, 'Scheduling'),
    );
    expect(slots.found).toBe(true);
    const plans: any = await listAcceptedPlans.execute({}, toolContext(db, 'Insurance'));
    expect(plans.plans.length).toBe(5);
    const triage: any = await triageSymptoms.execute(
      { symptomDescription: 'a cough and a runny nose' },
      toolContext(db, 'Clinical'),
    );
    expect(triage).toMatchObject({ found: true, protocolId: 'TP-COLD', urgency: 'self_care' });
  });
});

describe('verify_identity', () => {
  it('verifies name and date of birth against the patients table and records who was verified', async () => {
    const ctx = toolContext(db, 'Receptionist');
    const result: any = await verifyIdentity.execute({ fullName: 'dana  RUIZ', dob: '1984-03-12' }, ctx);
    expect(result).toMatchObject({ verified: true, patientId: 'PT-1001', firstName: 'Dana' });
    expect(ctx.state).toEqual({
      identityVerified: true,
      patientId: 'PT-1001',
      patientName: 'Dana Ruiz',
      planId: 'BCBS-PPO',
    });
  });

  it('ignores accents and accepts a US-style date a model might pass', async () => {
    const ctx = toolContext(db, 'Receptionist');
    const result: any = await verifyIdentity.execute({ fullName: 'Tomas Herrera', dob: '5/30/2015' }, ctx);
    expect(result).toMatchObject({ verified: true, patientId: 'PT-1004' });
  });

  it('tells two patients with the same name apart by date of birth', async () => {
    const [older, younger] = await rows<{ id: string; date_of_birth: string }>(
      db,
      "SELECT id, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth FROM healthcare_patients WHERE full_name = 'Maria Garcia' ORDER BY date_of_birth",
    );
    for (const patient of [older, younger]) {
      const ctx = toolContext(db, 'Receptionist');
      await verifyIdentity.execute({ fullName: 'Maria Garcia', dob: patient.date_of_birth }, ctx);
      expect(ctx.state.patientId).toBe(patient.id);
    }
  });

  it('never says which detail was wrong, and escalates after the third mismatch', async () => {
    const ctx = toolContext(db, 'Receptionist');
    const attempts = [
      { fullName: 'Dana Ruiz', dob: '1984-03-13' },
      { fullName: 'Dana Rios', dob: '1984-03-12' },
      { fullName: 'Dana Ruiz', dob: '1948-03-12' },
    ];
    const results: any[] = [];
    for (const args of attempts) results.push(await verifyIdentity.execute(args, ctx));
    expect(results[0].message).toBe(results[1].message);
    expect(results.slice(0, 2).map((r) => r.escalate)).toEqual([undefined, undefined]);
    expect(results[2]).toMatchObject({ verified: false, escalate: true });
    expect(results[2].reason).toContain(String(MAX_VERIFICATION_FAILURES));
    expect(ctx.state).toEqual({ verificationFailures: 3 });
  });

  it('forgets the previous patient when another identity is verified, and on a failed re-verification', async () => {
    const ctx = toolContext(db, 'Receptionist', {
      ...verifiedAs('PT-1001', 'Dana Ruiz', 'BCBS-PPO'),
      slotId: 'SL-2001',
    });
    await verifyIdentity.execute({ fullName: 'Marcus Bell', dob: '1990-07-04' }, ctx);
    expect(ctx.state).toEqual({
      identityVerified: true,
      patientId: 'PT-1002',
      patientName: 'Marcus Bell',
      planId: 'AETNA-POS',
    });
    await verifyIdentity.execute({ fullName: 'Marcus Bell', dob: '1990-07-05' }, ctx);
    expect(ctx.state).toEqual({ identityVerified: false, verificationFailures: 1 });
  });

  it('asks again for a date of birth that is not a real date', async () => {
    const result: any = await verifyIdentity.execute(
      { fullName: 'Dana Ruiz', dob: '1984-02-30' },
      toolContext(db, 'x'),
    );
    expect(result).toMatchObject({ verified: false, missing: 'dob' });
  });
});
