/**
 * Demo data for the Lakeside after-hours line, as plain rows. Fixed values, except dates, which are
 * relative to the day the tables are created (`CURRENT_DATE + n`): there is always something to book
 * tomorrow, and bills and claims stay recent. Amounts are in cents.
 */

import type { RelativeDate } from '../shared/seedSql.ts';

export type Cell = string | number | null | RelativeDate;
type Row = readonly Cell[];

export const ON_CALL_ROLES = ['physician', 'nurse', 'billing', 'insurance', 'operations'] as const;
export type OnCallRole = (typeof ON_CALL_ROLES)[number];

export const ON_CALL_COLUMNS = ['id', 'role', 'name', 'extension', 'starts_at', 'ends_at'];
export const ON_CALL_ROWS: Row[] = [
  ['OC-01', 'physician', 'Dr. Amara Okafor', '7101', '18:00', '08:00'],
  ['OC-02', 'nurse', 'Nurse Leah Brandt', '7102', '18:00', '08:00'],
  ['OC-03', 'billing', 'Carlos Mendes (billing supervisor)', '7201', '18:00', '22:00'],
  ['OC-04', 'insurance', 'Yuki Tanaka (insurance coordinator)', '7202', '18:00', '22:00'],
  ['OC-05', 'operations', 'Rita Okonkwo (operations manager)', '7200', '18:00', '08:00'],
];

export const SLOT_PROVIDERS = ['Okafor', 'Whitfield', 'Patel'] as const;
const TIMES: Record<(typeof SLOT_PROVIDERS)[number], string[]> = {
  Okafor: ['08:30', '13:30'],
  Whitfield: ['09:30'],
  Patel: ['11:00'],
};
/**
 * Two weeks, as at the clinic (healthcare's BOOKING_WINDOW_DAYS): with one week, a caller on a Wednesday
 * asking for "next Thursday" found nothing, and the dialogue eval (whose clock is the coming Monday,
 * up to six days after the tables were seeded) passed or failed a booking by the weekday it ran on.
 */
export const SLOT_WINDOW_DAYS = 14;

/**
 * Appointments callers already have, to cancel or move ("it's under Dana Ruiz", "the number is 555-0134"):
 * late in the window, so the first openings offered for a new booking are the same as without them.
 * Marcus Bell has two, so "the one with Dr. Patel" has something to tell apart. Each was booked with a
 * phone number, digits only, which the caller gives again to change it.
 */
export const BOOKED_APPOINTMENTS: readonly {
  day: number;
  provider: string;
  time: string;
  name: string;
  phone: string;
}[] = [
  { day: 10, provider: 'Okafor', time: '13:30', name: 'Dana Ruiz', phone: '5550134' },
  { day: 11, provider: 'Whitfield', time: '09:30', name: 'Marcus Bell', phone: '5550178' },
  { day: 12, provider: 'Patel', time: '11:00', name: 'Marcus Bell', phone: '5550178' },
];

export const SLOT_COLUMNS = ['id', 'provider', 'slot_date', 'start_time', 'booked_for', 'booked_phone'];
/** SL-401 upwards, in (day, provider, time) order; one early slot per doctor is already taken. */
export const SLOT_ROWS: Row[] = (() => {
  const rows: Row[] = [];
  let next = 401;
  for (let day = 1; day <= SLOT_WINDOW_DAYS; day++) {
    for (const provider of SLOT_PROVIDERS) {
      for (const time of TIMES[provider]) {
        const held = day === 1 && time === TIMES[provider][0] ? 'Walk-in hold' : null;
        const booked = BOOKED_APPOINTMENTS.find(
          (b) => b.day === day && b.provider === provider && b.time === time,
        );
        rows.push([
          `SL-${next++}`,
          provider,
          { daysFromSetup: day },
          time,
          booked?.name ?? held,
          booked?.phone ?? null,
        ]);
      }
    }
  }
  return rows;
})();

export const PROTOCOL_COLUMNS = ['id', 'topic', 'keywords', 'urgency', 'advice'];
export const PROTOCOL_ROWS: Row[] = [
  [
    'NP-CHEST',
    'chest pain',
    'chest pain;chest pressure;tight chest;heart attack',
    'emergency',
    'Chest pain can be a heart attack. Call 911 now.',
  ],
  [
    'NP-BREATH',
    'trouble breathing',
    "can't breathe;cannot breathe;struggling to breathe;gasping;lips are blue",
    'emergency',
    'Severe trouble breathing needs emergency care. Call 911 now.',
  ],
  [
    'NP-ALLERGY',
    'severe allergic reaction',
    'throat swelling;throat is closing;tongue swelling;hives all over',
    'emergency',
    'This can be a severe allergic reaction. Use an epinephrine auto-injector if you have one and call 911.',
  ],
  [
    'NP-RASH-NONBLANCH',
    'a rash that does not fade under a glass, or a stiff neck with a fever',
    'rash fade;rash glass;purple spots;stiff neck fever;stiff neck temperature',
    'emergency',
    'A rash that does not fade when a glass is pressed on it, or a stiff neck with a fever, can be meningitis or sepsis. Call 911 now.',
  ],
  [
    'NP-FEVER-RASH',
    'a fever with a rash',
    'fever rash;temperature rash',
    'urgent',
    'A fever with a rash needs to be seen tonight: go to urgent care or the emergency department. If the rash does not fade when you press a glass on it, call 911.',
  ],
  [
    'NP-INFANT',
    'fever in a baby under three months',
    'baby has a fever;baby has a temperature;newborn;infant fever;weeks old fever;weeks old temperature',
    'urgent',
    'A baby under three months with a fever needs to be seen tonight: go to the emergency department.',
  ],
  [
    'NP-FEVER',
    'fever',
    'fever;temperature;chills',
    'self_care',
    'Rest and drink fluids tonight. Call the clinic in the morning if the fever is still there, or sooner if it goes above 103°F.',
  ],
  [
    'NP-ABDOMEN',
    'pain in the lower right of the abdomen, or belly pain getting worse',
    'lower right;low right side;pain right side;right side abdomen;right side stomach;right side belly;appendix;appendicitis;abdominal pain;abdomen pain;belly pain;stomach pain getting worse',
    'urgent',
    'Pain in the lower right of the abdomen, or belly pain that keeps getting worse (especially with a fever or vomiting), can be appendicitis: go to urgent care or the emergency department now. Do not eat, and do not take painkillers that could hide the pain until you are seen.',
  ],
  [
    'NP-VOMIT',
    'vomiting or diarrhea',
    'vomiting;throwing up;diarrhea;stomach bug',
    'urgent',
    'Take small sips of fluid. If you cannot keep anything down for eight hours, or see signs of dehydration, go to urgent care tonight.',
  ],
  [
    'NP-CUT',
    'cut or wound',
    'cut;gash;wound;bleeding',
    'urgent',
    'Press firmly on the cut with a clean cloth for ten minutes. If it is deep, gaping or will not stop bleeding, go to urgent care tonight.',
  ],
  [
    'NP-COLD',
    'cough or cold',
    'cough;cold;sore throat;runny nose;stuffy',
    'self_care',
    'Rest, fluids and honey in warm water help. Call in the morning if it has lasted more than ten days.',
  ],
  [
    'NP-EAR',
    'earache',
    'earache;ear hurts;ear pain',
    'routine',
    'A warm compress can ease it tonight. Book a visit in the next day or two.',
  ],
  [
    'NP-RASH',
    'rash',
    'rash;hives;itchy',
    'routine',
    'Avoid scratching and use a cool compress. Book a visit if it spreads or blisters.',
  ],
  [
    'NP-SPRAIN',
    'sprain or strain',
    // A knee hurt at sport is the commonest sprain callers describe ("hurt her knee at soccer, it's swollen").
    'sprain;twisted;swollen ankle;swollen wrist;swollen knee',
    'self_care',
    'Rest, ice for 20 minutes at a time, and keep it raised. Call in the morning if you cannot put weight on it.',
  ],
];

export const BALANCE_COLUMNS = [
  'account_id',
  'holder_name',
  'balance_cents',
  'due_date',
  'last_payment_cents',
  'last_payment_date',
];
const relativeDay = (daysFromSetup: number): RelativeDate => ({ daysFromSetup });
export const BALANCE_ROWS: Row[] = [
  ['AC-2001', 'Dana Ruiz', 4500, relativeDay(18), 2500, relativeDay(-40)],
  ['AC-2002', 'Marcus Bell', 0, null, 12000, relativeDay(-12)],
  ['AC-2003', 'Priya Nair', 31250, relativeDay(9), null, null],
  ['AC-2004', 'Grace Liu', 8800, relativeDay(3), 5000, relativeDay(-61)],
  ['AC-2005', 'Omar Haddad', 142000, relativeDay(-5), null, null],
  ['AC-2006', 'Hannah Kowalski', 2000, relativeDay(24), 3000, relativeDay(-8)],
];

export const CLAIM_COLUMNS = [
  'id',
  'account_id',
  'insurer',
  'service',
  'service_date',
  'billed_cents',
  'paid_cents',
  'status',
  'note',
];
export const CLAIM_ROWS: Row[] = [
  [
    'CLM-7001',
    'AC-2001',
    'Blue Cross',
    'annual physical',
    relativeDay(-75),
    22000,
    22000,
    'paid',
    'paid in full',
  ],
  [
    'CLM-7002',
    'AC-2003',
    'Cigna',
    'MRI of the knee',
    relativeDay(-33),
    125000,
    0,
    'denied',
    'prior authorization was missing',
  ],
  [
    'CLM-7003',
    'AC-2004',
    'Humana',
    'echocardiogram',
    relativeDay(-17),
    68000,
    0,
    'in_review',
    'the insurer asked for the visit notes',
  ],
  [
    'CLM-7004',
    'AC-2005',
    'Aetna',
    'emergency visit',
    relativeDay(-44),
    240000,
    98000,
    'paid',
    'the remaining amount is your share after the deductible',
  ],
  [
    'CLM-7005',
    'AC-2006',
    'Blue Cross',
    'dermatology visit',
    relativeDay(-10),
    18000,
    0,
    'submitted',
    'sent to the insurer; decisions usually take 14 days',
  ],
  [
    'CLM-7006',
    'AC-2001',
    'Blue Cross',
    'lab work',
    relativeDay(-6),
    9500,
    0,
    'in_review',
    'the insurer is checking coverage',
  ],
];
