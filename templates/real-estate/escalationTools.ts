import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import type { RealEstateContext } from './context.ts';
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
  }),
  execute: async (args, ctx: Ctx) => {
    const details = args.details.trim();
    if (!details) return { opened: false, missing: 'details', message: 'What happened?' };
    const category = escalationCategory(details);
    const [row] = await ctx.db
      .insert(realEstateEscalations)
      .values({
        category,
        details,
        clientName: ctx.state.clientName ?? null,
        phone: ctx.state.phone ?? null,
        status: 'open',
      })
      .returning({ id: realEstateEscalations.id });
    const escalationId = `ESC-${row.id}`;
    ctx.state.escalationId = escalationId;
    return {
      opened: true,
      escalationId,
      category,
      // Disputes and legal or fair-housing matters are decided by the broker, never by the assistant.
      escalate: true,
      reason: `Case ${escalationId} (${category}) needs the managing broker`,
      message: `I've opened case ${escalationId} for our managing broker, who will take it from here.`,
    };
  },
});
