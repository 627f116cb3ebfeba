import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import type { RealEstateContext } from './context.ts';
import { phoneDigits } from './format.ts';
import { realEstateEscalations } from './schema.ts';

type Ctx = ToolRunContext<RealEstateContext>;

/** First match wins: a fair-housing concern is that before it is a complaint about an agent. */
const ESCALATION_CATEGORIES: [category: string, words: RegExp][] = [
  [
    'fair_housing',
    /\b(discriminat|fair housing|because of my (race|religion|disability|kids|children)|refused to show|steer)/i,
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
