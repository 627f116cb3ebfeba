/**
 * Demo data for Lakeside Family Clinic, as plain rows. Everything is fixed except where a row says
 * `daysFromSetup`: open slots and upcoming visits are laid out relative to the day the tables are
 * created (`CURRENT_DATE + n` in SQL), so a fresh database always has bookable slots next week.
 * Tests read expected values back from the database instead of hard-coding dates. The clinical
 * tables (medications, allergies, symptom triage) are in seedClinical.ts.
 */

import type { RelativeDate } from '../shared/seedSql.ts';

export type Cell = string | number | boolean | null | RelativeDate;
export type Row = readonly Cell[];

export const DEPARTMENTS = [
  'Family Medicine',
  'Pediatrics',
  'Dermatology',
  'Cardiology',
  'Physical Therapy',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** Who sees patients, and at which times every day of the booking window. */
export const PROVIDERS: readonly {
  surname: string;
  title: string;
  department: Department;
  times: string[];
}[] = [
  { surname: 'Okafor', title: 'Dr. Amara Okafor', department: 'Family Medicine', times: ['09:00', '14:30'] },
  { surname: 'Whitfield', title: 'Dr. Ben Whitfield', department: 'Pediatrics', times: ['10:00', '15:00'] },
  { surname: 'Marin', title: 'Dr. Sofia Marin', department: 'Dermatology', times: ['11:00'] },
  { surname: 'Patel', title: 'Dr. Raj Patel', department: 'Cardiology', times: ['08:30', '13:00'] },
  { surname: 'Cole', title: 'Jamie Cole, PT', department: 'Physical Therapy', times: ['16:00'] },
];
export const PROVIDER_SURNAMES = PROVIDERS.map((p) => p.surname) as [string, ...string[]];

/** Days 1…BOOKING_WINDOW_DAYS after setup carry slots. */
export const BOOKING_WINDOW_DAYS = 14;

type Slot = { id: string; provider: string; department: Department; day: number; time: string };

/** Every slot of the window, ids SL-2001 upwards in (day, provider, time) order. */
export const SLOTS: readonly Slot[] = (() => {
  const slots: Slot[] = [];
  let next = 2001;
  for (let day = 1; day <= BOOKING_WINDOW_DAYS; day++) {
    for (const p of PROVIDERS) {
      for (const time of p.times) {
        slots.push({ id: `SL-${next++}`, provider: p.surname, department: p.department, day, time });
      }
    }
  }
  return slots;
})();

function slotAt(provider: string, day: number, time: string): Slot {
  const slot = SLOTS.find((s) => s.provider === provider && s.day === day && s.time === time);
  if (!slot) throw new Error(`seed data: no slot for ${provider} on day ${day} at ${time}`);
  return slot;
}

export const PATIENT_COLUMNS = [
  'id',
  'full_name',
  'date_of_birth',
  'phone',
  'primary_provider',
  'plan_id',
  'member_id',
];
export const PATIENT_ROWS: Row[] = [
  ['PT-1001', 'Dana Ruiz', '1984-03-12', '555-0101', 'Okafor', 'BCBS-PPO', 'BCX441002'],
  ['PT-1002', 'Marcus Bell', '1990-07-04', '555-0102', 'Okafor', 'AETNA-POS', 'AET778120'],
  ['PT-1003', 'Priya Nair', '1978-11-23', '555-0103', 'Okafor', 'CIGNA-OAP', 'CIG300917'],
  ['PT-1004', 'Tomás Herrera', '2015-05-30', '555-0104', 'Whitfield', 'MEDICAID', 'MCD559031'],
  ['PT-1005', 'Grace Liu', '1952-09-14', '555-0105', 'Patel', 'HUMANA-MA', 'HUM120455'],
  ['PT-1006', 'Samuel Okoro', '1969-01-02', '555-0106', 'Okafor', 'UHC-CHOICE', 'UHC901224'],
  ['PT-1007', 'Hannah Kowalski', '1999-12-08', '555-0107', 'Okafor', null, null],
  ['PT-1008', 'Omar Haddad', '1987-06-19', '555-0108', 'Patel', 'BCBS-PPO', 'BCX441877'],
  ['PT-1009', 'Maria Garcia', '1975-02-17', '555-0109', 'Okafor', 'AETNA-POS', 'AET778455'],
  // Same name, different person: only the date of birth tells them apart.
  ['PT-1010', 'Maria Garcia', '1993-08-30', '555-0110', 'Marin', 'CIGNA-OAP', 'CIG301552'],
];

/** Seeded visits: upcoming ones sit in (booked) slots, past ones have no slot. */
const BOOKED: readonly [string, string, Slot, string][] = [
  ['APT-5001', 'PT-1001', slotAt('Okafor', 3, '09:00'), 'blood pressure follow-up'],
  ['APT-5003', 'PT-1002', slotAt('Marin', 5, '11:00'), 'mole check'],
  ['APT-5004', 'PT-1004', slotAt('Whitfield', 2, '10:00'), 'school physical'],
  ['APT-5005', 'PT-1005', slotAt('Patel', 6, '08:30'), 'echocardiogram results'],
  ['APT-5006', 'PT-1005', slotAt('Cole', 4, '16:00'), 'knee rehabilitation'],
  ['APT-5008', 'PT-1008', slotAt('Patel', 9, '13:00'), 'palpitations follow-up'],
];
export const BOOKED_SLOT_IDS = new Set(BOOKED.map(([, , slot]) => slot.id));

export const SLOT_COLUMNS = ['id', 'provider', 'department', 'slot_date', 'start_time', 'status'];
export const SLOT_ROWS: Row[] = SLOTS.map((s) => [
  s.id,
  s.provider,
  s.department,
  { daysFromSetup: s.day },
  s.time,
  BOOKED_SLOT_IDS.has(s.id) ? 'booked' : 'open',
]);

export const APPOINTMENT_COLUMNS = [
  'id',
  'patient_id',
  'slot_id',
  'provider',
  'department',
  'appt_date',
  'start_time',
  'reason',
  'status',
];
export const APPOINTMENT_ROWS: Row[] = [
  ...BOOKED.map(
    ([id, patient, slot, reason]): Row => [
      id,
      patient,
      slot.id,
      slot.provider,
      slot.department,
      { daysFromSetup: slot.day },
      slot.time,
      reason,
      'scheduled',
    ],
  ),
  [
    'APT-5002',
    'PT-1001',
    null,
    'Okafor',
    'Family Medicine',
    { daysFromSetup: -40 },
    '09:00',
    'annual physical',
    'completed',
  ],
  [
    'APT-5007',
    'PT-1003',
    null,
    'Okafor',
    'Family Medicine',
    { daysFromSetup: -10 },
    '14:30',
    'sinus infection',
    'completed',
  ],
];

export const INSURERS = [
  'Blue Cross',
  'Aetna',
  'Cigna',
  'Humana',
  'Medicaid',
  'United Healthcare',
  'Kaiser',
] as const;

export const PLAN_COLUMNS = [
  'id',
  'name',
  'insurer',
  'accepted',
  'deductible_cents',
  'primary_copay_cents',
  'specialist_copay_cents',
];
export const PLAN_ROWS: Row[] = [
  ['BCBS-PPO', 'Blue Cross Blue Shield PPO', 'Blue Cross', true, 150000, 2500, 5000],
  ['AETNA-POS', 'Aetna Choice POS II', 'Aetna', true, 200000, 3000, 6000],
  ['CIGNA-OAP', 'Cigna Open Access Plus', 'Cigna', true, 175000, 2000, 4500],
  ['HUMANA-MA', 'Humana Medicare Advantage', 'Humana', true, 0, 0, 3500],
  ['MEDICAID', 'State Medicaid', 'Medicaid', true, 0, 0, 0],
  ['UHC-CHOICE', 'United Healthcare Choice Plus', 'United Healthcare', false, 250000, 4000, 8000],
  ['KAISER-HMO', 'Kaiser Permanente HMO', 'Kaiser', false, 100000, 2000, 4000],
];

export const SERVICES = [
  'office visit',
  'annual physical',
  'specialist visit',
  'MRI',
  'X-ray',
  'lab work',
  'physical therapy',
  'flu shot',
  'telehealth',
] as const;

export const COVERAGE_COLUMNS = [
  'plan_id',
  'service',
  'covered',
  'copay_cents',
  'coinsurance_pct',
  'prior_auth',
];
/** [service, covered, copay, coinsurance %, prior auth] per accepted plan. */
const COVERAGE: Record<string, [string, boolean, number, number, boolean][]> = {
  'BCBS-PPO': [
    ['office visit', true, 2500, 0, false],
    ['annual physical', true, 0, 0, false],
    ['specialist visit', true, 5000, 0, false],
    ['MRI', true, 0, 20, true],
    ['X-ray', true, 0, 10, false],
    ['lab work', true, 0, 0, false],
    ['physical therapy', true, 4000, 0, true],
    ['flu shot', true, 0, 0, false],
    ['telehealth', true, 1000, 0, false],
  ],
  'AETNA-POS': [
    ['office visit', true, 3000, 0, false],
    ['annual physical', true, 0, 0, false],
    ['specialist visit', true, 6000, 0, false],
    ['MRI', true, 0, 30, true],
    ['X-ray', true, 0, 20, false],
    ['lab work', true, 0, 10, false],
    ['physical therapy', false, 0, 0, false],
    ['flu shot', true, 0, 0, false],
    ['telehealth', true, 0, 0, false],
  ],
  'CIGNA-OAP': [
    ['office visit', true, 2000, 0, false],
    ['annual physical', true, 0, 0, false],
    ['specialist visit', true, 4500, 0, true],
    ['MRI', true, 0, 20, true],
    ['X-ray', true, 0, 20, false],
    ['lab work', true, 0, 0, false],
    ['physical therapy', true, 3500, 0, false],
    ['flu shot', true, 0, 0, false],
    ['telehealth', false, 0, 0, false],
  ],
  'HUMANA-MA': [
    ['office visit', true, 0, 0, false],
    ['annual physical', true, 0, 0, false],
    ['specialist visit', true, 3500, 0, false],
    ['MRI', true, 0, 20, true],
    ['X-ray', true, 0, 0, false],
    ['lab work', true, 0, 0, false],
    ['physical therapy', true, 2000, 0, true],
    ['flu shot', true, 0, 0, false],
    ['telehealth', true, 0, 0, false],
  ],
  MEDICAID: [
    ['office visit', true, 0, 0, false],
    ['annual physical', true, 0, 0, false],
    ['specialist visit', true, 0, 0, true],
    ['MRI', true, 0, 0, true],
    ['X-ray', true, 0, 0, false],
    ['lab work', true, 0, 0, false],
    ['physical therapy', true, 0, 0, true],
    ['flu shot', true, 0, 0, false],
    ['telehealth', true, 0, 0, false],
  ],
};
export const COVERAGE_ROWS: Row[] = Object.entries(COVERAGE).flatMap(([plan, services]) =>
  services.map((s): Row => [plan, ...s]),
);
