import type { GraphSpec } from '../../src/authoring.ts';
import { HOURS_QUESTION } from '../shared/hoursQuestion.ts';
import { billingTools } from './billingTools.ts';
import { noClinicalAdvice } from './clinicalAdviceGuardrail.ts';
import { clinicalTools } from './clinicalTools.ts';
import { healthcareContext } from './context.ts';
import { deskRequestBridge } from './deskRequestBridge.ts';
import { emergencyScreen } from './emergencyScreen.ts';
import {
  BILLING_EXAMPLES,
  CLINICAL_EXAMPLES,
  FRONT_DESK_EXAMPLES,
  INSURANCE_EXAMPLES,
  RECORDS_EXAMPLES,
  SCHEDULING_EXAMPLES,
} from './examples.ts';
import { verifyIdentity } from './identity.ts';
import {
  BILLING_INSTRUCTIONS,
  CLINICAL_INSTRUCTIONS,
  INSURANCE_INSTRUCTIONS,
  RECEPTIONIST_INSTRUCTIONS,
  RECORDS_INSTRUCTIONS,
  SCHEDULING_INSTRUCTIONS,
  STYLE_GUIDE,
} from './instructions.ts';
import { insuranceTools } from './insuranceTools.ts';
import { recordsTools } from './recordsTools.ts';
import { schedulingTools } from './schedulingTools.ts';
import { healthcareSetupSql } from './setup.ts';

/** Every day: the providers' first appointment is at 8:30 and the last at 16:00 (seedData.ts PROVIDERS). */
const CLINIC_HOURS =
  "We're open every day from 8:00 to 18:00, with appointments from 8:30 to 16:00. Outside those hours our after-hours line can help.";

/** The edge to Human, as the model and the router see it: emergencies first, then "a person, please". */
const TO_HUMAN = {
  to: 'Human',
  description:
    'Emergencies and people: chest pain, trouble breathing, an overdose, suicidal thoughts or self-harm, stroke signs, a seizure, heavy bleeding, a severe allergic reaction; or a caller who asks for a person.',
};

/** A payment of part of what is owed, amount not said: "some of my bill", "part of it", "a partial payment". */
const PART_OF_IT =
  '\\b(some|part|a (portion|bit|little|chunk)) of (it|my|the|that|what)\\b|\\bpartial\\b|\\bnot (all|the (whole|full)) (of )?(it|my|the)\\b|\\b(some|part) (now|today)\\b';

const SYMPTOM_QUESTION =
  "Tell me what you're feeling and since when, or ask me about your medications, allergies or a refill.";

const IDENTITY_QUESTIONS = {
  fullName: 'May I have your full name, please?',
  dob: 'And your date of birth, as year, month and day (for example 1970-01-31)?',
};

/**
 * Lakeside Family Clinic. Manager pattern: the Receptionist keeps the conversation and consults four
 * desks as tools (records, appointments, insurance, billing); clinical questions move the conversation to
 * Clinical by handoff. Record-reading tools refuse until `verify_identity` matched name and date of
 * birth; emergencies escalate to Human in code before any model runs (`emergencyScreen`); the
 * Receptionist's replies pass an output guardrail that blocks clinical advice.
 */
export const healthcareGraph: GraphSpec<typeof healthcareContext> = {
  name: 'healthcare',
  businessNames: ['Lakeside Family Clinic', 'Lakeside Clinic'],
  description: 'Clinic front desk (manager with desks as tools) and a clinical line, with identity gating.',
  entry: 'Receptionist',
  // Hybrid threshold from held-out data (docs/routing.md): the lowest at which routing.jsonl's held-out
  // folds and eval/dev.jsonl both reached 0.98 precision (0.98 with the word-vector router; 0.73
  // before), plus a 0.05 margin for small sets, capped at 0.99.
  routing: { threshold: 0.99 },
  styleGuide: STYLE_GUIDE,
  context: healthcareContext,
  setupSql: healthcareSetupSql,
  safeReply:
    "I'm not able to give medical advice here. If this is an emergency, call 911 now; otherwise our clinical team can help with medications and symptoms.",
  agents: [
    {
      name: 'Receptionist',
      handoffDescription:
        'Front desk: identity checks, appointments and openings, insurance and coverage, bills, balances and payments, the patient record and phone number, and anything that is not medications, allergies or symptoms.',
      instructions: RECEPTIONIST_INSTRUCTIONS,
      tools: [verifyIdentity],
      // Short, dense descriptions: the offline model picks a desk by word overlap with them, and long
      // ones dilute it. They are also what an LLM reads, so each still says plainly what the desk does.
      agentTools: [
        {
          agent: 'Records',
          toolName: 'records_desk',
          description:
            'Patient record or chart: who is my primary doctor, phone number, cell, contact details on file; update them.',
        },
        {
          agent: 'Scheduling',
          toolName: 'appointments_desk',
          description:
            'Book, schedule, cancel or move an appointment (APT-5001), visit, session or checkup, or change it to another day or time instead; see a doctor or specialist (a dermatologist, cardiologist, pediatrician); next or first opening, open slots (SL-2031), availability this week, tomorrow, afternoon.',
        },
        {
          agent: 'Insurance',
          toolName: 'insurance_desk',
          description:
            'Insurance: do you take or accept my plan or insurer (Aetna, Blue Cross, Cigna), in network, coverage, what is my copay, deductible, prior authorization.',
        },
        {
          agent: 'Billing',
          toolName: 'billing_desk',
          description:
            'Bills and payments: how much or what do I owe, my balance or statement (ST-7002), why was I charged or is it so high, what insurance paid, pay my bill, part of it or an amount off what I owe, payment plan or installments.',
        },
      ],
      handoffs: ['Clinical', TO_HUMAN],
      // The billing desk's examples are not here: they diluted the front-desk label of the router
      // (docs/routing.md, section 1), and bills stay with the Receptionist without them.
      examples: [...FRONT_DESK_EXAMPLES, ...RECORDS_EXAMPLES, ...SCHEDULING_EXAMPLES, ...INSURANCE_EXAMPLES],
      inputGuardrails: [emergencyScreen, deskRequestBridge],
      outputGuardrails: [noClinicalAdvice],
      responses: {
        greeting:
          'Thank you for calling Lakeside Family Clinic. If this is a medical emergency, please hang up and call 911. How can I help you today?',
        askFor: {
          ...IDENTITY_QUESTIONS,
          input: 'What would you like me to help with: an appointment, insurance, a bill, or your record?',
        },
        tools: { verify_identity: "Thank you, {firstName}, you're verified. How can I help you today?" },
        // The clinic's hours, as its appointment slots have them (seedData.ts: every day, 8:30 to 16:00).
        answers: [{ about: [...HOURS_QUESTION], say: CLINIC_HOURS }],
        fallback:
          'I can help with appointments, insurance, bills and your patient record, and our clinical team can help with medications and symptoms. What do you need?',
      },
    },
    {
      name: 'Records',
      handoffDescription: "The patient's record: primary doctor, phone number and plan on file.",
      instructions: RECORDS_INSTRUCTIONS,
      tools: recordsTools,
      examples: RECORDS_EXAMPLES,
      responses: {
        askFor: { phone: "What's the new phone number?" },
        fallback: 'I can read your record or update the phone number on it.',
      },
    },
    {
      name: 'Scheduling',
      handoffDescription: 'Appointments: open slots, upcoming visits, booking, moving and cancelling.',
      instructions: SCHEDULING_INSTRUCTIONS,
      tools: schedulingTools,
      examples: SCHEDULING_EXAMPLES,
      responses: {
        askFor: {
          appointmentId: 'Which appointment should I cancel? Confirmation numbers look like APT-5001.',
          date: 'Which day would you like instead?',
          // Also closes a move's "no opening then" answer, so the time said next is relayed with it.
          timeText: 'What time would suit you?',
        },
        // A move or cancellation is read back in one line, naming the visit as the clinic holds it (the
        // visit look-up runs first and asks for identity when the caller is not verified:
        // forms/readBackFacts.ts); it runs on "yes". Moves most specific first: a new day and time, only a
        // new time, only a new day.
        confirm: {
          reschedule_appointment: [
            'move your {list_appointments.visit} to {date} at {timeText}, with Dr. {provider}',
            'move your {list_appointments.visit} to {date} at {timeText}',
            'move your {list_appointments.visit} to {timeText} on the same day',
            'move your {list_appointments.visit} to {date} with Dr. {provider}, at the same time if free',
            'move your {list_appointments.visit} to {date}, at the same time',
          ],
          // A cancellation frees the slot for someone else at once: read back naming the visit, like a move
          // (issue #23: confirm before side effects), so "cancel my appointment" never cancels unheard.
          cancel_appointment: 'cancel your {list_appointments.visit}',
        },
        fallback: 'I can find an opening, list your upcoming visits, or book, move or cancel one.',
      },
    },
    {
      name: 'Insurance',
      handoffDescription: 'Insurance: accepted plans, coverage, copays, deductibles and prior authorization.',
      instructions: INSURANCE_INSTRUCTIONS,
      tools: insuranceTools,
      examples: INSURANCE_EXAMPLES,
      responses: {
        askFor: {
          service:
            'Which service should I check: an office visit, annual physical, specialist visit, MRI, X-ray, lab work, physical therapy, flu shot or telehealth?',
        },
        fallback:
          'I can tell you which insurers we take, verify your coverage, or check whether a service is covered.',
      },
    },
    {
      name: 'Billing',
      handoffDescription:
        'Bills: the balance owed, statements, what a visit cost and what insurance paid, explaining a charge, payments and payment plans.',
      instructions: BILLING_INSTRUCTIONS,
      tools: billingTools,
      examples: BILLING_EXAMPLES,
      responses: {
        askFor: { months: 'Over how many months would you like to spread it: 3, 6 or 12?' },
        // "I need to pay some of my bill", "can I pay part of it": how much, with the balance, before the
        // read-back (it read back the whole balance: forms/partOfTheWhole.ts).
        clarify: {
          amount: {
            when: PART_OF_IT,
            ask: 'Your balance is {lookup_balance.balance}. How much would you like to pay today?',
          },
        },
        examples: { amount: '40, or $25.50' },
        // Money moves only on a yes to a one-line read-back (docs/dialogue.md): the desk relays the
        // caller's answer with its read-back, since it keeps no memory (forms/deskRelay.ts). Each line
        // names the balance and the card (or link) from the balance look-up, which runs first and
        // asks for identity when the caller is not verified yet (forms/readBackFacts.ts).
        // A dollar sign before the {amount} placeholder, not a JavaScript template.
        confirm: {
          pay_by_card_or_link: [
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a read-back placeholder after "$"
            'pay ${amount} of your {lookup_balance.balance} balance by {method}',
            'pay your whole balance of {lookup_balance.balance} by {method}',
            // No method said: the card on file, else a texted link (the look-up's `payWith`).
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a read-back placeholder after "$"
            'pay ${amount} of your {lookup_balance.balance} balance with {lookup_balance.payWith}',
            'pay your whole balance of {lookup_balance.balance} with {lookup_balance.payWith}',
          ],
          pay_in_installments: 'split your {lookup_balance.balance} balance into {months} monthly payments',
        },
        fallback:
          'I can tell you your balance, explain a charge, take a payment with the card on file or set up a payment plan.',
      },
    },
    {
      name: 'Clinical',
      handoffDescription:
        'Clinical line: medication history, prescriptions and refills, allergies, and symptom triage for anything the caller feels.',
      instructions: CLINICAL_INSTRUCTIONS,
      tools: [verifyIdentity, ...clinicalTools],
      handoffs: [
        {
          to: 'Receptionist',
          description:
            'Front desk: booking, cancelling, moving or rescheduling appointments, openings, insurance, coverage, copays, bills and payments, the phone number or details on the record; anything that is not medications, allergies or symptoms.',
        },
        TO_HUMAN,
      ],
      examples: CLINICAL_EXAMPLES,
      inputGuardrails: [emergencyScreen, deskRequestBridge],
      responses: {
        askFor: {
          ...IDENTITY_QUESTIONS,
          medication: 'Which medication would you like refilled?',
          symptomDescription: SYMPTOM_QUESTION,
        },
        tools: {
          verify_identity:
            "Thank you, {firstName}, you're verified. I can read your medications or allergies, or request a refill.",
        },
        // The fallback is the symptom question itself, so a caller's answer to it is triaged next turn.
        fallback: SYMPTOM_QUESTION,
      },
    },
  ],
};
