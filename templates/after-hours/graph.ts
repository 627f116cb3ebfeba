import type { AgentSpec, GraphSpec } from '../../src/authoring.ts';
import { emergencyScreen } from '../healthcare/emergencyScreen.ts';
import { HOURS_QUESTION } from '../shared/hoursQuestion.ts';
import { cancelSlot, findMine, rescheduleSlot } from './appointmentChanges.ts';
import { bookSlot, findOpenSlots, lookupBalance, lookupClaim, lookupNurseProtocol } from './childTools.ts';
import { afterHoursContext } from './context.ts';
import {
  BILLING_EXAMPLES,
  CLINICAL_LEAD_EXAMPLES,
  INSURANCE_EXAMPLES,
  NURSE_LINE_EXAMPLES,
  OPERATIONS_LEAD_EXAMPLES,
  SCHEDULER_EXAMPLES,
} from './examples.ts';
import {
  BILLING_INSTRUCTIONS,
  CLINICAL_LEAD_INSTRUCTIONS,
  INSURANCE_INSTRUCTIONS,
  NURSE_LINE_INSTRUCTIONS,
  OPERATIONS_LEAD_INSTRUCTIONS,
  ROOT_INSTRUCTIONS,
  SCHEDULER_INSTRUCTIONS,
  STYLE_GUIDE,
} from './instructions.ts';
import { leadTools } from './leadTools.ts';
import { afterHoursSetupSql } from './setup.ts';

/**
 * Service levels, in user turns an agent may keep a caller before the runtime moves the conversation
 * one rung up (`applySla`, no model involved): a child has five turns, a lead four, Root three.
 * A lead's own job is the callback (name, number, reason): a caller who gives them one at a time
 * needs the request plus three answers, so two turns sent every such caller to a person mid-form.
 * A child's booking is the request, a pick, a name and a phone number (taken since 2026-11-26 so that
 * only the caller can change it), and a move the request, the name, the number and "yes": with four
 * turns, one question asked on the side ("how much is that?") sent the caller up to the lead as they
 * gave their number.
 */
export const SLA_TURNS = { child: 5, lead: 4, root: 3 } as const;

const CALLBACK_QUESTIONS = {
  callerName: 'Who should we ask for when we call back?',
  phone: "What's the best number to reach you tonight?",
  reason: 'In a few words, what should the callback be about?',
};

/** When the clinic itself is open, asked of the line that answers when it is not. */
const AFTER_HOURS_ANSWERS = [
  {
    about: [...HOURS_QUESTION],
    say: 'The clinic is open every day from 8:00 to 18:00. Outside those hours this line can book or change an appointment, give nurse advice, or have the on-call doctor call you back.',
  },
];

const SYMPTOM_QUESTION = "Tell me what symptoms you're having and since when.";

type Agent = AgentSpec<import('./context.ts').AfterHoursContext>;

/**
 * Any rung may be where a turn starts, so every agent screens the caller's message for emergencies
 * before its model runs (the same deterministic screen as the healthcare template): an emergency
 * skips the ladder and goes straight to Human.
 */
const screened = (agents: Agent[]): Agent[] =>
  agents.map((a) => ({ ...a, inputGuardrails: [emergencyScreen] }));

/**
 * Lakeside after-hours line, a hierarchical ladder. Root routes to two leads; each lead routes to its
 * two children or handles on-call and callback requests itself. Children escalate to their lead and
 * leads to Human, by the model's choice or, when an agent has used up its turns, by the SLA policy.
 */
export const afterHoursGraph: GraphSpec<typeof afterHoursContext> = {
  name: 'after-hours',
  businessNames: ['Lakeside Family Clinic', 'Lakeside Clinic'],
  description:
    'After-hours clinic line: a ladder of Root → two leads → four specialists, with SLAs per rung.',
  entry: 'Root',
  // Hybrid threshold from held-out data (docs/routing.md): the lowest at which routing.jsonl's held-out
  // folds and eval/dev.jsonl both reached 0.98 precision (0.49 with the word-vector router), plus 0.05.
  routing: { threshold: 0.54 },
  styleGuide: STYLE_GUIDE,
  context: afterHoursContext,
  setupSql: afterHoursSetupSql,
  // A deep tree spends handoffs quickly (Root → lead → child is two): allow a full ladder plus a topic change.
  policy: { maxHandoffs: 8, warnAt: 6 },
  agents: screened([
    {
      name: 'Root',
      handoffDescription:
        'After-hours switchboard: routes a caller whose topic belongs to the other side of the clinic.',
      instructions: ROOT_INSTRUCTIONS,
      handoffs: [
        {
          to: 'ClinicalLead',
          description:
            'Clinical side: booking or rescheduling appointments; nurse advice for symptoms such as fever, cough, vomiting, cuts, rashes or sprains; the on-call doctor; clinical callbacks.',
        },
        {
          to: 'OperationsLead',
          description:
            'Operations side: bills, balances and payments; insurance claims and denials; the manager on duty; complaints, records requests and office callbacks.',
        },
        'Human',
      ],
      sla: { maxTurns: SLA_TURNS.root, escalateTo: 'Human' },
      responses: {
        greeting:
          "You've reached the Lakeside after-hours line. If this is an emergency, hang up and call 911. What can I help you with tonight?",
        answers: AFTER_HOURS_ANSWERS,
        fallback:
          'I can help with appointments, nurse advice, bills and insurance claims tonight. What do you need?',
      },
    },
    {
      name: 'ClinicalLead',
      handoffDescription:
        'After-hours clinical lead: appointments, nurse advice for symptoms, the on-call doctor and clinical callbacks.',
      instructions: CLINICAL_LEAD_INSTRUCTIONS,
      tools: leadTools,
      handoffs: ['Scheduler', 'NurseLine', 'Root', 'Human'],
      sla: { maxTurns: SLA_TURNS.lead, escalateTo: 'Human' },
      // Only the lead's own requests: Root's router learns the rungs below a lead from their own
      // examples (see buildRouterDocs), so the lead keeps what is its own and passes the rest down.
      examples: CLINICAL_LEAD_EXAMPLES,
      responses: {
        greeting:
          'I can book you in, give nurse advice, or have the on-call doctor call you back. What do you need?',
        askFor: CALLBACK_QUESTIONS,
        fallback:
          'I can put you in the queue for a call back from the on-call clinician tonight. Would you like that?',
      },
    },
    {
      name: 'OperationsLead',
      handoffDescription:
        'After-hours operations lead: bills and balances, insurance claims, the manager on duty, complaints and office callbacks.',
      instructions: OPERATIONS_LEAD_INSTRUCTIONS,
      tools: leadTools,
      handoffs: ['Billing', 'Insurance', 'Root', 'Human'],
      sla: { maxTurns: SLA_TURNS.lead, escalateTo: 'Human' },
      examples: OPERATIONS_LEAD_EXAMPLES,
      responses: {
        greeting: 'I can check a balance or a claim, or have the office call you back. What do you need?',
        askFor: CALLBACK_QUESTIONS,
        fallback: 'I can put you in the queue for a call back from the office. Would you like that?',
      },
    },
    {
      name: 'Scheduler',
      handoffDescription: 'Appointments: openings, booking and rescheduling for the coming week.',
      instructions: SCHEDULER_INSTRUCTIONS,
      tools: [findOpenSlots, bookSlot, findMine, rescheduleSlot, cancelSlot],
      handoffs: ['ClinicalLead'],
      sla: { maxTurns: SLA_TURNS.child, escalateTo: 'ClinicalLead' },
      examples: SCHEDULER_EXAMPLES,
      responses: {
        answers: AFTER_HOURS_ANSWERS,
        askFor: {
          slotId: 'Which opening would you like? Slot numbers look like SL-401.',
          callerName: 'Whose name should I put the appointment under?',
          // Taken at booking and asked again to move or cancel it (bookingHolder.ts).
          phone: "And a phone number for the appointment? We'll ask for it if you call to change it.",
          bookedUnderName: 'Whose name is the appointment under?',
          bookedUnderPhone: 'And the phone number it was booked with?',
          date: 'Which day would you like instead?',
          // Also closes a move's "no opening then" answer, so the time said next answers the move.
          timeText: 'What time would suit you?',
        },
        // A cancellation or a move is read back in one line naming the appointment as booked (the look-up
        // runs first and asks whose name it is under: forms/readBackFacts.ts); it runs on "yes".
        confirm: {
          cancel_slot: 'cancel your {find_mine.visit}',
          reschedule_slot: [
            'move your {find_mine.visit} to {date} at {timeText}, with Dr. {provider}',
            'move your {find_mine.visit} to {date} at {timeText}',
            'move your {find_mine.visit} to {timeText} on the same day',
            'move your {find_mine.visit} to {date} with Dr. {provider}, at the same time if free',
            'move your {find_mine.visit} to {date}, at the same time',
          ],
        },
        fallback:
          'I can find an opening in the coming week and book it, or move or cancel one you have. Which day or doctor would you like?',
      },
    },
    {
      name: 'NurseLine',
      handoffDescription: 'Nurse advice line: symptoms tonight and how urgent they are.',
      instructions: NURSE_LINE_INSTRUCTIONS,
      tools: [lookupNurseProtocol],
      handoffs: ['ClinicalLead'],
      sla: { maxTurns: SLA_TURNS.child, escalateTo: 'ClinicalLead' },
      examples: NURSE_LINE_EXAMPLES,
      responses: {
        askFor: { symptomDescription: SYMPTOM_QUESTION },
        // The fallback is the symptom question itself, so the answer to it is triaged next turn.
        fallback: SYMPTOM_QUESTION,
      },
    },
    {
      name: 'Billing',
      handoffDescription: 'Billing: balances, amounts due and payments on an account.',
      instructions: BILLING_INSTRUCTIONS,
      tools: [lookupBalance],
      handoffs: ['OperationsLead'],
      sla: { maxTurns: SLA_TURNS.child, escalateTo: 'OperationsLead' },
      examples: BILLING_EXAMPLES,
      responses: {
        askFor: { accountId: "What's your account number? It's on your statement and looks like AC-2001." },
        fallback: 'I can look up the balance on your account. What is the account number?',
      },
    },
    {
      name: 'Insurance',
      handoffDescription: 'Insurance claims: status, denials and what the insurer paid.',
      instructions: INSURANCE_INSTRUCTIONS,
      tools: [lookupClaim],
      handoffs: ['OperationsLead'],
      sla: { maxTurns: SLA_TURNS.child, escalateTo: 'OperationsLead' },
      examples: INSURANCE_EXAMPLES,
      responses: {
        askFor: { claimId: "What's the claim number? It looks like CLM-7001." },
        fallback: 'I can check the status of an insurance claim. What is the claim number?',
      },
    },
  ]),
};
