import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import type { RealEstateContext } from './context.ts';
import { phoneDigits } from './format.ts';
import { realEstateEscalations } from './schema.ts';

type Ctx = ToolRunContext<RealEstateContext>;

/**
 * Who one is, as fair-housing rules protect it (race, colour, religion, national origin, sex, disability,
 * family status; vouchers where the law covers them). Said as the reason someone was treated as they
 * were ("because we're Black", "for being Muslim", "because I have kids"), the case is fair housing,
 * not only an agent's conduct: the broker's duty and deadlines differ.
 */
const PROTECTED = String.raw`(?:religion|religious|faith|race|racial|ethnic\w*|skin|colou?r|nationality|national origin|origin|accent|immigra\w*|disab\w*|wheelchair|kids?|child\w*|family|pregnan\w*|gender|sex|sexuality|orientation|gay|lesbian|trans\w*|muslim|jewish|christian|hindu|sikh|buddhist|black|white|hispanic|latin[oa]|asian|arab|mexican|african|voucher|section 8)`;
const BECAUSE_OF_WHO = String.raw`(?:because(?: of)?|due to|for being|on account of)\s+(?:(?:my|our|his|her|their|i'?m|im|i am|we'?re|we are|they'?re|i have|we have|i'?ve got|we'?ve got|being|of being)\s+)?(?:\w+\s+){0,2}?${PROTECTED}\b`;

/** First match wins: a fair-housing concern is that before it is a complaint about an agent. */
const ESCALATION_CATEGORIES: [category: string, words: RegExp][] = [
  [
    'fair_housing',
    new RegExp(
      String.raw`\b(?:discriminat|fair housing|racis[tm]|refused to show|steer|${BECAUSE_OF_WHO})`,
      'i',
    ),
  ],
  ['legal', /\b(lawyer|attorney|sue|lawsuit|legal|court|breach|contract dispute)/i],
  ['deposit', /\b(deposit|earnest money|escrow)/i],
  ['agent_conduct', /\b(agent|realtor|rude|unprofessional|lied|pressure|no.?show|never showed)/i],
];

export function escalationCategory(details: string): string {
  return ESCALATION_CATEGORIES.find(([, words]) => words.test(details))?.[0] ?? 'other';
}

export const openEscalation = defineTool({
  name: 'open_escalation',
  description:
    'Open a complaint case for the managing broker: an agent was rude, lied, pressured the client or did not show up; discrimination or fair housing; a deposit, earnest money or contract dispute; a legal problem. Use it as soon as the client complains.',
  sideEffect: true,
  parameters: z.object({
    details: z.string().describe("What happened, in the client's words"),
    // Not `clientName`/`phone`: the case opens at once, never waiting on a question; said with it, kept.
    callbackName: z
      .string()
      .optional()
      .describe('Name for the broker to call back; omit when the client has not given it'),
    callbackPhone: z
      .string()
      .optional()
      .describe(
        'Phone number for the broker to call back, e.g. 555-0100; omit when the client has not given it',
      ),
  }),
  execute: async (args, ctx: Ctx) => {
    const details = args.details.trim();
    if (!details) return { opened: false, missing: 'details', message: 'What happened?' };
    const name = args.callbackName?.trim() || ctx.state.clientName;
    const phone = args.callbackPhone?.trim() || ctx.state.phone;
    const category = escalationCategory(details);
    const [row] = await ctx.db
      .insert(realEstateEscalations)
      .values({ category, details, clientName: name ?? null, phone: phone ?? null, status: 'open' })
      .returning({ id: realEstateEscalations.id });
    const escalationId = `ESC-${row.id}`;
    ctx.state.escalationId = escalationId;
    const opened = `I've opened case ${escalationId} for our managing broker`;
    // The broker calls back: the client hears it before the hand-over, and is asked for a number when
    // none is known (the person then has it in the conversation).
    const notice = phoneDigits(phone)
      ? `${opened}, who will call you back on ${phone}.`
      : `${opened}, who will call you back: please leave your name and phone number here.`;
    return {
      opened: true,
      escalationId,
      category,
      // Disputes and legal or fair-housing matters are decided by the broker, never by the assistant.
      escalate: true,
      reason: `Case ${escalationId} (${category}) needs the managing broker`,
      notice,
      message: notice,
    };
  },
});
