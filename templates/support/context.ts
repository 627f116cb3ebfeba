import { z } from 'zod';

/** Relay Cloud's plans, cheapest first. Shared by the context, the plan-change tool and the seed data. */
export const SUPPORT_PLANS = ['Starter', 'Growth', 'Scale'] as const;
export type SupportPlan = (typeof SUPPORT_PLANS)[number];

/**
 * What the assistant has learned about the caller so far. Tools write it and every agent reads it, so
 * nobody asks twice for an account or invoice number after a handoff. Everything is optional: a
 * conversation starts empty.
 */
export const supportContext = z.object({
  callerName: z.string().optional().describe("The caller's name, as they gave it"),
  email: z.string().optional().describe("The caller's email address"),
  accountId: z.string().optional().describe('Relay Cloud account the conversation is about, e.g. ACC-1001'),
  invoiceId: z.string().optional().describe('Invoice last discussed, e.g. INV-2041'),
  plan: z.enum(SUPPORT_PLANS).optional().describe("The account's current plan"),
  lastRefundId: z.string().optional().describe('Reference of the last refund issued or requested, e.g. RF-7'),
  demoId: z.string().optional().describe('Reference of the demo booked in this conversation, e.g. DEMO-3'),
});

export type SupportContext = z.infer<typeof supportContext>;
