import type { Row } from './seedData.ts';

/** Demo clinical data for Lakeside Family Clinic: prescriptions, allergies and symptom triage rules. */

/** Every drug name on any prescription: the refill tool takes one of these. */
export const FORMULARY = [
  'Lisinopril',
  'Atorvastatin',
  'Albuterol',
  'Metformin',
  'Levothyroxine',
  'Sertraline',
  'Amlodipine',
  'Omeprazole',
  'Montelukast',
  'Warfarin',
] as const;

export const MEDICATION_COLUMNS = [
  'id',
  'patient_id',
  'name',
  'dose',
  'frequency',
  'prescriber',
  'refills_left',
  'active',
];
export const MEDICATION_ROWS: Row[] = [
  ['RX-3001', 'PT-1001', 'Lisinopril', '10 mg', 'once daily', 'Okafor', 2, true],
  ['RX-3002', 'PT-1001', 'Atorvastatin', '20 mg', 'once daily at bedtime', 'Okafor', 0, true],
  ['RX-3003', 'PT-1001', 'Albuterol', '90 mcg inhaler', 'as needed', 'Okafor', 1, true],
  ['RX-3004', 'PT-1002', 'Sertraline', '50 mg', 'once daily', 'Okafor', 3, true],
  ['RX-3005', 'PT-1003', 'Levothyroxine', '75 mcg', 'once daily before breakfast', 'Okafor', 5, true],
  ['RX-3006', 'PT-1003', 'Omeprazole', '20 mg', 'once daily', 'Okafor', 0, false],
  ['RX-3007', 'PT-1004', 'Montelukast', '5 mg chewable', 'once daily in the evening', 'Whitfield', 2, true],
  ['RX-3008', 'PT-1005', 'Warfarin', '5 mg', 'once daily', 'Patel', 1, true],
  ['RX-3009', 'PT-1005', 'Amlodipine', '5 mg', 'once daily', 'Patel', 4, true],
  ['RX-3010', 'PT-1005', 'Metformin', '500 mg', 'twice daily with meals', 'Okafor', 0, true],
  ['RX-3011', 'PT-1008', 'Metformin', '1000 mg', 'twice daily with meals', 'Okafor', 2, true],
];

export const ALLERGY_COLUMNS = ['id', 'patient_id', 'allergen', 'reaction', 'severity'];
export const ALLERGY_ROWS: Row[] = [
  ['AL-01', 'PT-1001', 'penicillin', 'hives', 'moderate'],
  ['AL-02', 'PT-1003', 'sulfa drugs', 'rash', 'mild'],
  ['AL-03', 'PT-1005', 'latex', 'skin irritation', 'mild'],
  ['AL-04', 'PT-1005', 'shellfish', 'throat swelling', 'severe'],
  ['AL-05', 'PT-1004', 'peanuts', 'anaphylaxis', 'severe'],
  ['AL-06', 'PT-1008', 'codeine', 'nausea', 'mild'],
];

export const TRIAGE_COLUMNS = ['id', 'condition', 'keywords', 'urgency', 'advice'];
export const TRIAGE_ROWS: Row[] = [
  [
    'TP-CHEST',
    'chest pain or pressure',
    'chest pain;chest pressure;chest tightness;tight chest;pain in my chest;heart attack;arm is numb',
    'emergency',
    'Chest pain can be a heart attack. Call 911 now and do not drive yourself.',
  ],
  [
    'TP-BREATH',
    'severe trouble breathing',
    "can't breathe;cannot breathe;struggling to breathe;lips turning blue;gasping",
    'emergency',
    'Severe trouble breathing needs emergency care. Call 911 now.',
  ],
  [
    'TP-STROKE',
    'signs of a stroke',
    'face drooping;slurred speech;one side numb;weakness on one side;stroke',
    'emergency',
    'These can be signs of a stroke. Call 911 now and note the time the symptoms started.',
  ],
  [
    'TP-ANAPH',
    'severe allergic reaction',
    'throat swelling;throat is closing;tongue swelling;anaphylaxis;hives all over',
    'emergency',
    'This can be a severe allergic reaction. Use an epinephrine auto-injector if you have one and call 911.',
  ],
  [
    'TP-HEAD-SEVERE',
    'sudden severe headache',
    'worst headache;thunderclap headache;headache with stiff neck',
    'emergency',
    'A sudden, severe headache needs emergency care. Call 911 now.',
  ],
  [
    'TP-RASH-NONBLANCH',
    'a rash that does not fade under a glass, or a stiff neck with a fever',
    'rash fade;rash glass;purple spots;stiff neck fever;stiff neck temperature',
    'emergency',
    'A rash that does not fade when a glass is pressed on it, or a stiff neck with a fever, can be meningitis or sepsis. Call 911 now.',
  ],
  [
    'TP-FEVER-RASH',
    'a fever with a rash',
    'fever rash;temperature rash',
    'urgent',
    'A fever with a rash needs to be seen today: go to urgent care or the emergency department now. If the rash does not fade when you press a glass on it, call 911.',
  ],
  [
    'TP-FEVER-INFANT',
    'fever in a baby under three months',
    'baby has a fever;baby has a temperature;newborn fever;infant fever;baby is hot;weeks old fever;weeks old temperature',
    'urgent',
    'A fever in a baby under three months needs to be seen today. Go to urgent care or the emergency department now.',
  ],
  [
    'TP-FEVER',
    'fever',
    'fever;temperature;chills;feverish',
    'self_care',
    'Rest and drink plenty of fluids. Book a visit if the fever lasts more than three days or goes above 103°F.',
  ],
  [
    'TP-COLD',
    'cough, cold or sore throat',
    'cough;cold;sore throat;runny nose;congestion;sneezing',
    'self_care',
    'Rest, fluids and honey in warm water help most colds. Book a visit if it lasts more than ten days or you feel short of breath.',
  ],
  [
    'TP-RASH',
    'rash or skin change',
    'rash;itchy skin;mole;skin spot;eczema',
    'routine',
    'Keep the area clean and avoid scratching. A routine visit with dermatology can check it.',
  ],
  [
    'TP-ABDOMEN',
    'pain in the lower right of the abdomen, or belly pain getting worse',
    'lower right;low right side;pain right side;right side abdomen;right side stomach;right side belly;appendix;appendicitis;abdominal pain;abdomen pain;belly pain;stomach pain getting worse',
    'urgent',
    'Pain in the lower right of the abdomen, or belly pain that keeps getting worse (especially with a fever or vomiting), can be appendicitis: go to urgent care or the emergency department now. Do not eat, and do not take painkillers that could hide the pain until you are seen.',
  ],
  [
    'TP-STOMACH',
    'stomach pain, vomiting or diarrhea',
    'stomach pain;stomach ache;vomiting;throwing up;diarrhea;nausea',
    'urgent',
    'Sip fluids in small amounts. If the pain is severe, you cannot keep fluids down, or it lasts more than a day, you should be seen today.',
  ],
  [
    'TP-URINARY',
    'urinary symptoms',
    'burns when i pee;burning urination;peeing a lot;uti;urinary',
    'routine',
    'Drink water and book a visit in the next day or two so we can test for an infection.',
  ],
  [
    'TP-SPRAIN',
    'sprain or strain',
    'sprained;twisted my ankle;swollen ankle;wrist sprain;pulled a muscle',
    'self_care',
    'Rest, ice for 20 minutes at a time, compression and elevation. Book a visit if you cannot bear weight.',
  ],
  [
    'TP-HEADACHE',
    'headache',
    'headache;migraine;head hurts',
    'self_care',
    'Rest in a dark, quiet room and drink water. Book a visit if headaches keep coming back.',
  ],
  [
    'TP-BACK',
    'back pain',
    'back pain;back hurts;lower back',
    'self_care',
    'Gentle movement and heat usually help. Book a visit if it lasts more than two weeks or you feel numbness in your legs.',
  ],
];
