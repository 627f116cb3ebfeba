import type { Row } from './seedData.ts';

/**
 * Demo billing data for Lakeside Family Clinic: statements for past visits of the seeded patients,
 * the payment methods they keep on file, and one earlier payment. Each statement's numbers agree with
 * the patient's plan in seedData.ts (Dana's Blue Cross PPO has a $25 office copay and a deductible not
 * yet met; Omar's physical therapy copay is $40; Hannah is self-pay; Samuel's plan is out of network).
 * Visit and statement dates are relative to setup, like the appointments'.
 */

export const STATEMENT_COLUMNS = [
  'id',
  'patient_id',
  'appointment_id',
  'visit_date',
  'provider',
  'service',
  'billed_cents',
  'adjustment_cents',
  'insurance_paid_cents',
  'patient_cents',
  'paid_cents',
  'reason',
  'statement_date',
];

type Statement = [
  id: string,
  patient: string,
  appointment: string | null,
  daysAgo: number,
  provider: string,
  service: string,
  billed: number,
  adjustment: number,
  insurancePaid: number,
  patientShare: number,
  paid: number, // whole dollars, stored as cents
  reason: string,
];

const STATEMENTS: readonly Statement[] = [
  // Dana Ruiz (BCBS-PPO): the annual physical was covered in full; its X-ray went to her deductible.
  ['ST-7001', 'PT-1001', 'APT-5002', 40, 'Okafor', 'annual physical', 240, 60, 180, 0, 0, 'covered in full'],
  ['ST-7002', 'PT-1001', 'APT-5002', 40, 'Okafor', 'X-ray', 200, 80, 0, 120, 0, 'deductible'],
  ['ST-7003', 'PT-1001', null, 12, 'Okafor', 'office visit', 160, 45, 90, 25, 0, 'copay'],
  // Marcus Bell (AETNA-POS): an MRI before his deductible was met.
  ['ST-7004', 'PT-1002', null, 30, 'Patel', 'MRI', 1200, 400, 0, 800, 0, 'deductible'],
  // Priya Nair (CIGNA-OAP): the sinus infection visit and its lab work.
  ['ST-7005', 'PT-1003', 'APT-5007', 10, 'Okafor', 'office visit', 150, 30, 100, 20, 0, 'copay'],
  ['ST-7006', 'PT-1003', 'APT-5007', 10, 'Okafor', 'lab work', 90, 20, 70, 0, 0, 'covered in full'],
  // Grace Liu (HUMANA-MA): a cardiology visit.
  ['ST-7007', 'PT-1005', null, 15, 'Patel', 'specialist visit', 280, 100, 145, 35, 0, 'copay'],
  // Samuel Okoro (UHC-CHOICE, out of network): nothing paid by his plan.
  ['ST-7008', 'PT-1006', null, 50, 'Okafor', 'office visit', 180, 0, 0, 180, 0, 'out of network'],
  // Hannah Kowalski (no insurance): a self-pay visit with the self-pay discount, and a flu shot.
  ['ST-7009', 'PT-1007', null, 25, 'Okafor', 'office visit', 180, 36, 0, 144, 0, 'self-pay'],
  ['ST-7010', 'PT-1007', null, 25, 'Okafor', 'flu shot', 40, 0, 0, 40, 0, 'self-pay'],
  // Omar Haddad (BCBS-PPO): a cardiology copay he already paid, and a physical therapy copay he owes.
  ['ST-7011', 'PT-1008', null, 30, 'Patel', 'specialist visit', 300, 90, 160, 50, 50, 'copay'],
  ['ST-7012', 'PT-1008', null, 20, 'Cole', 'physical therapy', 150, 25, 85, 40, 0, 'copay'],
];

/** A statement goes out a week after the visit. */
export const STATEMENT_ROWS: Row[] = STATEMENTS.map(([id, patient, appointment, daysAgo, ...rest]): Row => {
  const [provider, service, billed, adjustment, insurancePaid, patientShare, paid, reason] = rest;
  return [
    id,
    patient,
    appointment,
    { daysFromSetup: -daysAgo },
    provider,
    service,
    billed * 100,
    adjustment * 100,
    insurancePaid * 100,
    patientShare * 100,
    paid * 100,
    reason,
    { daysFromSetup: -daysAgo + 7 },
  ];
});

export const PAYMENT_METHOD_COLUMNS = ['id', 'patient_id', 'label'];
/** Only what a caller hears: the brand and the last four digits. Marcus, Priya and Samuel have none. */
export const PAYMENT_METHOD_ROWS: Row[] = [
  ['PM-01', 'PT-1001', 'Visa ending 4421'],
  ['PM-02', 'PT-1005', 'Visa ending 3090'],
  ['PM-03', 'PT-1007', 'Mastercard ending 1188'],
  ['PM-04', 'PT-1008', 'American Express ending 2006'],
];

export const PAYMENT_COLUMNS = ['id', 'patient_id', 'amount_cents', 'method', 'method_label', 'status'];
/** Omar's earlier payment of his cardiology copay (ST-7011). New payments are PAY-9001 and up. */
export const PAYMENT_ROWS: Row[] = [
  ['PAY-8001', 'PT-1008', 5000, 'card on file', 'American Express ending 2006', 'paid'],
];
