import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ToolDb } from '../../src/authoring.ts';
import { type ApprovalCheckContext, defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { normalizeId } from '../shared/words.ts';
import { accountScope, findAccount, ofAccount, rememberAccount, unknownAccount } from './accountLookup.ts';
import { SUPPORT_PLANS, type SupportContext, type SupportPlan } from './context.ts';
import { centsToDollars, dollarsToCents, formatMoney, formatPrice } from './format.ts';
import { supportReads } from './preparedReads.ts';
import {
  supportAccounts,
  supportInvoices,
  supportPlanChanges,
  supportPricing,
  supportRefunds,
} from './schema.ts';

type Ctx = ToolRunContext<SupportContext>;
type Invoice = typeof supportInvoices.$inferSelect;

/**
 * Refunds above this need a person's approval: in a conversation the call waits for an operator
 * (`needsApproval`, docs/approvals.md); called without one, the tool records the refund as pending.
 */
export const SELF_SERVICE_REFUND_LIMIT_CENTS = 50_000;

/** The invoice when it belongs to the conversation's account (or no account is established yet). */
async function findInvoice(db: ToolDb, invoiceId: string, accountId: string | null): Promise<Invoice | null> {
  const rows = await supportReads(db).invoice.execute({ id: invoiceId });
  return ofAccount(rows[0], accountId);
}

async function latestInvoice(db: ToolDb, accountId: string): Promise<Invoice | null> {
  const rows = await supportReads(db).latestInvoice.execute({ id: accountId });
  return rows[0] ?? null;
}

/** Cents already refunded and cents waiting for approval on one invoice. */
async function refundTotals(db: ToolDb, invoiceId: string) {
  const rows = await supportReads(db).refunds.execute({ id: invoiceId });
  const sum = (status: string) =>
    rows.filter((r) => r.status === status).reduce((t, r) => t + r.amountCents, 0);
  const pending = rows.find((r) => r.status === 'pending_human');
  return { issued: sum('issued'), pending: sum('pending_human'), pendingId: pending?.id ?? null };
}

function unknownInvoice(invoiceId: string) {
  return {
    found: false as const,
    invoiceId,
    message: `I couldn't find invoice ${invoiceId}. Invoice numbers look like INV-2041.`,
  };
}

const refundRef = (id: number) => `RF-${id}`;

export const lookupInvoice = defineTool({
  name: 'lookup_invoice',
  description:
    'Look up an invoice: amount, billing period, status (paid, open or refunded), what has been refunded and the account balance. ' +
    'Use it whenever the caller asks about a bill, a charge or an invoice, and before any refund. Pass ' +
    'invoiceId when the caller gives one; otherwise pass accountId to get their most recent invoice.',
  parameters: z.object({
    invoiceId: z
      .string()
      .optional()
      .describe('Invoice number as the caller said it, e.g. INV-2041; omit if unknown'),
    accountId: z
      .string()
      .optional()
      .describe('Account ID, e.g. ACC-1001; used to find the latest invoice when there is no invoiceId'),
  }),
  execute: async (args, ctx: Ctx) => {
    const invoiceId = normalizeId('INV', args.invoiceId);
    const scope = accountScope(args.accountId, ctx.state);
    if (!scope.ok) return scope.result;
    const accountId = scope.accountId;
    let invoice: Invoice | null = null;
    if (invoiceId) {
      invoice = await findInvoice(ctx.db, invoiceId, accountId);
      if (!invoice) {
        // The caller moved on to an invoice we could not find: "refund it" next must not fall back
        // to the invoice discussed before.
        delete ctx.state.invoiceId;
        return unknownInvoice(invoiceId);
      }
    } else if (normalizeId('ACC', args.accountId) === null && ctx.state.invoiceId) {
      // No ids in the call: the invoice already under discussion wins over "latest".
      invoice = await findInvoice(ctx.db, ctx.state.invoiceId, accountId);
    }
    if (!invoice && accountId) {
      const account = await findAccount(ctx.db, accountId);
      if (!account) return unknownAccount(accountId);
      invoice = await latestInvoice(ctx.db, accountId);
      if (!invoice) return { found: false, accountId, message: `Account ${accountId} has no invoices yet.` };
    }
    if (!invoice) {
      return {
        found: false,
        missing: 'invoiceId',
        message:
          'I need an invoice number (like INV-2041) or the account ID (like ACC-1001) to look that up.',
      };
    }
    const account = await findAccount(ctx.db, invoice.accountId);
    if (account) rememberAccount(ctx.state, account);
    ctx.state.invoiceId = invoice.id;
    const { issued, pending } = await refundTotals(ctx.db, invoice.id);
    const amount = formatMoney(invoice.amountCents);
    return {
      found: true,
      invoiceId: invoice.id,
      accountId: invoice.accountId,
      period: invoice.period,
      issuedOn: invoice.issuedOn,
      amount,
      amountDollars: centsToDollars(invoice.amountCents),
      status: invoice.status,
      refundedAmount: formatMoney(issued),
      pendingRefund: formatMoney(pending),
      // What a refund could give back now, read back before one is made ("a refund of $46.88"); none
      // on an unpaid invoice, a refunded one or one whose refund waits for approval.
      refundable:
        invoice.status === 'paid' && pending === 0 && invoice.amountCents > issued
          ? formatMoney(invoice.amountCents - issued)
          : null,
      // "What do I owe?" is answered by the account balance (all open invoices), not by one invoice.
      accountBalance: account ? formatMoney(account.balanceCents) : null,
      // Said as it stands, also when a refund was asked for and there is nothing to refund (the
      // read-back names `refundable`): an open invoice is not paid yet; a refund may wait for approval.
      message: `Invoice ${invoice.id} for ${invoice.period} is ${amount} and it's ${invoice.status}${
        invoice.status === 'open'
          ? ', not paid yet'
          : pending > 0
            ? `; a refund of ${formatMoney(pending)} on it is waiting for approval by our billing team`
            : ''
      }.`,
    };
  },
});

export const issueRefund = defineTool({
  name: 'issue_refund',
  description:
    'Refund all or part of a paid invoice to the card on file. Use only after the caller has asked for a ' +
    'refund and confirmed the invoice and amount. Refunds up to $500 are issued immediately; larger ones ' +
    'wait for approval by the billing team, and you tell the caller the outcome once it is decided.',
  sideEffect: true,
  // Over the self-service limit a person decides first; the amount of a full refund is read from the invoice.
  needsApproval: async (args, ctx: ApprovalCheckContext<SupportContext>) => {
    const invoiceId = normalizeId('INV', args.invoiceId) ?? normalizeId('INV', ctx.state.invoiceId);
    if (!invoiceId) return false;
    // Scoped like the refund itself: another account's invoice is not found, so it never asks.
    const scope = accountScope(args.callerAccountId, ctx.state);
    const invoice = await findInvoice(ctx.db, invoiceId, scope.ok ? scope.accountId : null);
    // Nothing a person could approve: an unpaid invoice has nothing to refund, and the refund itself
    // says so ("INV-2053 hasn't been paid yet"); it was sent for approval, and the caller told to wait
    // for a decision that could only be no (a chat probe, 2026-11-27). So for one refunded already.
    if (!invoice || invoice.status === 'open' || invoice.status === 'refunded') return false;
    const totals = await refundTotals(ctx.db, invoice.id);
    if (totals.pendingId !== null) return false;
    const cents = args.amount == null ? invoice.amountCents - totals.issued : dollarsToCents(args.amount);
    if (cents <= SELF_SERVICE_REFUND_LIMIT_CENTS) return false;
    return `Refund of ${formatMoney(cents)} on ${invoiceId} exceeds the ${formatPrice(SELF_SERVICE_REFUND_LIMIT_CENTS)} self-service limit`;
  },
  parameters: z.object({
    invoiceId: z.string().describe('Invoice to refund, e.g. INV-2041'),
    // Not `accountId`: the account is no question to ask before a refund, only a check when said.
    callerAccountId: z
      .string()
      .optional()
      .describe('The account the caller says is theirs, e.g. ACC-1003, when they name one; omit otherwise'),
    amount: z
      .number()
      .positive()
      .optional()
      .describe('Amount to refund in dollars, e.g. 29.5; omit to refund everything still refundable'),
    reason: z.string().describe("The caller's reason for the refund, in a few words, e.g. 'charged twice'"),
  }),
  execute: async (args, ctx: Ctx) => {
    const invoiceId = normalizeId('INV', args.invoiceId) ?? normalizeId('INV', ctx.state.invoiceId);
    if (!invoiceId) return { found: false, missing: 'invoiceId', message: 'Which invoice should I refund?' };
    // "my account is ACC-1003, can you refund INV-2046": an invoice of another account is not found,
    // as if the account were established, in the words of one that does not exist (it had refunded
    // ACC-1010's invoice).
    const scope = accountScope(args.callerAccountId, ctx.state);
    if (!scope.ok) return scope.result;
    return ctx.db.transaction(async (tx) => {
      const invoice = await findInvoice(tx, invoiceId, scope.accountId);
      if (!invoice) return unknownInvoice(invoiceId);
      ctx.state.invoiceId = invoice.id;
      const account = await findAccount(tx, invoice.accountId);
      if (account) rememberAccount(ctx.state, account);
      const base = { found: true as const, invoiceId: invoice.id, refunded: false };
      if (invoice.status === 'open') {
        return {
          ...base,
          status: 'not_refundable',
          message: `Invoice ${invoice.id} hasn't been paid yet, so there's nothing to refund.`,
        };
      }
      const totals = await refundTotals(tx, invoice.id);
      if (totals.pendingId !== null) {
        return {
          ...base,
          status: 'already_pending',
          refundId: refundRef(totals.pendingId),
          message: `A refund on invoice ${invoice.id} is already waiting for approval by our billing team.`,
        };
      }
      const remaining = invoice.amountCents - totals.issued;
      if (invoice.status === 'refunded' || remaining <= 0) {
        return {
          ...base,
          status: 'already_refunded',
          message: `Invoice ${invoice.id} has already been refunded.`,
        };
      }
      const cents = args.amount == null ? remaining : dollarsToCents(args.amount);
      if (cents <= 0 || cents > remaining) {
        return {
          ...base,
          status: 'invalid_amount',
          refundable: formatMoney(remaining),
          message: `I can refund up to ${formatMoney(remaining)} on invoice ${invoice.id}.`,
        };
      }
      const amount = formatMoney(cents);
      const reason = args.reason?.trim() || 'not given';
      if (cents > SELF_SERVICE_REFUND_LIMIT_CENTS && !ctx.approval) {
        const [row] = await tx
          .insert(supportRefunds)
          .values({ invoiceId: invoice.id, amountCents: cents, reason, status: 'pending_human' })
          .returning({ id: supportRefunds.id });
        ctx.state.lastRefundId = refundRef(row.id);
        return {
          ...base,
          escalate: true,
          reason: `Refund of ${amount} exceeds the ${formatPrice(SELF_SERVICE_REFUND_LIMIT_CENTS)} self-service limit`,
          status: 'needs_human',
          refundId: refundRef(row.id),
          amount,
          amountDollars: centsToDollars(cents),
          message: `A refund of ${amount} needs approval from our billing team, so I've put the request in for them.`,
        };
      }
      const [row] = await tx
        .insert(supportRefunds)
        .values({ invoiceId: invoice.id, amountCents: cents, reason, status: 'issued' })
        .returning({ id: supportRefunds.id });
      const fullyRefunded = cents === remaining;
      if (fullyRefunded) {
        await tx
          .update(supportInvoices)
          .set({ status: 'refunded' })
          .where(eq(supportInvoices.id, invoice.id));
      }
      ctx.state.lastRefundId = refundRef(row.id);
      return {
        ...base,
        refunded: true,
        status: 'issued',
        refundId: refundRef(row.id),
        amount,
        amountDollars: centsToDollars(cents),
        invoiceStatus: fullyRefunded ? 'refunded' : invoice.status,
        message: `I've refunded ${amount} on invoice ${invoice.id}; it reaches the card on file in 5 to 10 business days.`,
      };
    });
  },
});

export const changePlan = defineTool({
  name: 'change_plan',
  description:
    'Move an account to another plan (Starter, Growth or Scale); takes effect now and is prorated on the next invoice. Use only after the caller confirmed which plan they want.',
  sideEffect: true,
  parameters: z.object({
    accountId: z
      .string()
      .optional()
      .describe('Account ID, e.g. ACC-1001; omit if already known in this conversation'),
    plan: z.enum(SUPPORT_PLANS).describe('The plan to switch to'),
  }),
  execute: async (args, ctx: Ctx) => {
    const scope = accountScope(args.accountId, ctx.state);
    if (!scope.ok) return scope.result;
    const accountId = scope.accountId;
    if (!accountId) return { found: false, missing: 'accountId', message: 'Which account should I change?' };
    return ctx.db.transaction(async (tx) => {
      const account = await findAccount(tx, accountId);
      if (!account) return unknownAccount(accountId);
      const [price] = await tx
        .select()
        .from(supportPricing)
        .where(eq(supportPricing.plan, args.plan))
        .limit(1);
      if (!price) return { found: false, plan: args.plan, message: `${args.plan} isn't a plan we offer.` };
      const monthlyPrice = formatPrice(price.monthlyCents);
      if (account.plan === args.plan) {
        rememberAccount(ctx.state, account);
        return {
          found: true,
          changed: false,
          status: 'unchanged',
          accountId,
          fromPlan: account.plan,
          toPlan: args.plan,
          monthlyPrice,
          message: `Account ${accountId} is already on ${args.plan}.`,
        };
      }
      await tx.insert(supportPlanChanges).values({ accountId, fromPlan: account.plan, toPlan: args.plan });
      await tx.update(supportAccounts).set({ plan: args.plan }).where(eq(supportAccounts.id, accountId));
      rememberAccount(ctx.state, { id: accountId, plan: args.plan });
      const upgrade = SUPPORT_PLANS.indexOf(args.plan) > SUPPORT_PLANS.indexOf(account.plan as SupportPlan);
      return {
        found: true,
        changed: true,
        status: 'changed',
        accountId,
        fromPlan: account.plan,
        toPlan: args.plan,
        direction: upgrade ? 'upgrade' : 'downgrade',
        monthlyPrice,
        includedMinutes: price.includedMinutes,
        message: `Account ${accountId} is now on ${args.plan} at ${monthlyPrice} a month, prorated on the next invoice.`,
      };
    });
  },
});
