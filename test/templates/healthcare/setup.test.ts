import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import * as schema from '../../../templates/healthcare/schema.ts';
import { BOOKING_WINDOW_DAYS, PROVIDERS, SLOTS } from '../../../templates/healthcare/seedData.ts';
import { healthcareSetupSql } from '../../../templates/healthcare/setup.ts';
import { rows, seededHealthcareDb } from '../../support/templates/healthcare/healthcareTestDb.ts';
import { expectTablesMatchSchema } from '../../support/templates/shared/templateTestDb.ts';

describe('healthcareSetupSql on a fresh PGlite', () => {
  let db: ToolDb;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await seededHealthcareDb());
  }, 120_000); // booting PGlite is slow on a loaded machine
  afterAll(() => close());

  const count = async (query: string) => Number((await rows<{ n: number }>(db, query))[0].n);

  it('creates every table of schema.ts, prefixed healthcare_, with the same columns, types and nullability', async () => {
    expect(await expectTablesMatchSchema(db, schema, 'healthcare_')).toBe(13);
  });

  it('seeds patients, two-week slots relative to today, visits, plans, prescriptions, allergies and protocols', async () => {
    expect(await count('SELECT count(*) AS n FROM healthcare_patients')).toBe(10);
    const perDay = PROVIDERS.reduce((n, p) => n + p.times.length, 0);
    expect(await count('SELECT count(*) AS n FROM healthcare_slots')).toBe(perDay * BOOKING_WINDOW_DAYS);
    expect(SLOTS.length).toBe(perDay * BOOKING_WINDOW_DAYS);
    expect(
      await count(
        `SELECT count(*) AS n FROM healthcare_slots WHERE slot_date BETWEEN CURRENT_DATE + 1 AND CURRENT_DATE + ${BOOKING_WINDOW_DAYS}`,
      ),
    ).toBe(perDay * BOOKING_WINDOW_DAYS);
    // Every seeded upcoming visit sits in a slot marked booked, on the same day and time.
    expect(
      await count(
        `SELECT count(*) AS n FROM healthcare_appointments a JOIN healthcare_slots s ON s.id = a.slot_id
         WHERE s.status = 'booked' AND s.slot_date = a.appt_date AND s.start_time = a.start_time`,
      ),
    ).toBe(await count("SELECT count(*) AS n FROM healthcare_slots WHERE status = 'booked'"));
    expect(await count('SELECT count(*) AS n FROM healthcare_insurance_plans WHERE NOT accepted')).toBe(2);
    expect(await count('SELECT count(*) AS n FROM healthcare_coverage')).toBe(45);
    expect(
      await count('SELECT count(*) AS n FROM healthcare_medications WHERE refills_left = 0'),
    ).toBeGreaterThan(1);
    expect(await count("SELECT count(*) AS n FROM healthcare_allergies WHERE severity = 'severe'")).toBe(2);
    expect(
      // Chest pain, breathing, stroke, anaphylaxis, sudden headache, and a rash that does not fade.
      await count("SELECT count(*) AS n FROM healthcare_triage_protocols WHERE urgency = 'emergency'"),
    ).toBe(6);
    expect(
      await count("SELECT count(*) AS n FROM healthcare_patients WHERE full_name = 'Maria Garcia'"),
    ).toBe(2);
  });

  it('seeds statements whose numbers add up, in the past, for seeded patients only', async () => {
    expect(await count('SELECT count(*) AS n FROM healthcare_statements')).toBe(12);
    // Billed = discount + insurance + the patient's share, and nothing is paid beyond the share.
    expect(
      await count(
        `SELECT count(*) AS n FROM healthcare_statements
         WHERE billed_cents <> adjustment_cents + insurance_paid_cents + patient_cents OR paid_cents > patient_cents
           OR visit_date >= CURRENT_DATE OR statement_date < visit_date`,
      ),
    ).toBe(0);
    expect(
      await count(
        'SELECT count(*) AS n FROM healthcare_statements s LEFT JOIN healthcare_patients p ON p.id = s.patient_id WHERE p.id IS NULL',
      ),
    ).toBe(0);
    // A card on file is a label (brand and last four), never a card number.
    expect(await count("SELECT count(*) AS n FROM healthcare_payment_methods WHERE label ~ '\\d{5,}'")).toBe(
      0,
    );
    expect(await count('SELECT count(*) AS n FROM healthcare_payment_methods')).toBe(4);
  });

  it('is idempotent: running the whole setup again changes nothing', async () => {
    const snapshot = async () =>
      rows(
        db,
        'SELECT (SELECT count(*) FROM healthcare_slots) AS s, (SELECT count(*) FROM healthcare_appointments) AS a',
      );
    const before = await snapshot();
    for (const statement of healthcareSetupSql) await db.execute(sql.raw(statement));
    expect(await snapshot()).toEqual(before);
  });

  it('numbers new appointments, refills and payments from sequences that cannot collide with seeded ids', async () => {
    const [appointment] = await rows<{ id: string }>(
      db,
      "INSERT INTO healthcare_appointments (patient_id, provider, department, appt_date, start_time, reason, status) VALUES ('PT-1007', 'Okafor', 'Family Medicine', CURRENT_DATE + 30, '09:00', 'test', 'cancelled') RETURNING id",
    );
    expect(appointment.id).toMatch(/^APT-6\d{3}$/);
    const [refill] = await rows<{ id: string }>(
      db,
      "INSERT INTO healthcare_refill_requests (medication_id, patient_id, status) VALUES ('RX-3004', 'PT-1002', 'needs_prescriber') RETURNING id",
    );
    expect(refill.id).toMatch(/^RF-\d+$/);
    const [payment] = await rows<{ id: string }>(
      db,
      "INSERT INTO healthcare_payments (patient_id, amount_cents, method, status) VALUES ('PT-1003', 100, 'payment link', 'link_sent') RETURNING id",
    );
    expect(payment.id).toMatch(/^PAY-9\d{3}$/);
  });
});
