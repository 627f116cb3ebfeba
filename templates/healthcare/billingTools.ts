import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { joinWords, normalizeId } from '../shared/words.ts';
import {
  activePlanOf,
  applyPayment,
  balanceOf,
  breakdown,
  insurerName,
  lastPaymentOf,
  methodOnFile,
  openStatementsOf,
  owedOn,
  reasonText,
  statementsOf,
  visitText,
} from './billingAccount.ts';
import type { HealthcareContext } from './context.ts';
import { formatMoney } from './format.ts';
import { VERIFY_FIRST, verifiedPatientId } from './identity.ts';
import { findPatient } from './recordsTools.ts';
import { healthcarePaymentPlans, healthcarePayments } from './schema.ts';

type Ctx = ToolRunContext<HealthcareContext>;

/**
 * The billing desk's tools. Every one refuses until the caller is verified (`VERIFY_FIRST`), and reads
 * or pays only the verified patient's statements. No tool takes a card number: a payment is charged
 * to the card already on file (named by brand and last four digits) or offered as a secure payment
 * link texted to the phone on file. Paying and setting up a plan are side effects, so the runtime runs
 * each call once (the tool-call ledger) even when a turn is retried.
 */

const NOTHING_OWED = (open: string) => ({
  found: true,
  balance: '$0',
  message: `You don't owe anything right now: your balance is $0.${open}`,
});

/** Dollars as a caller or a model says them (40, 40.5) → cents; null when not a positive amount. */
const toCents = (dollars: number | undefined) =>
  dollars === undefined || !Number.isFinite(dollars) || dollars <= 0 ? null : Math.round(dollars * 100);

/** What the desk can do next about a balance, given the card on file and whether a plan runs. */
function offerText(card: string | null, onPlan: boolean): string {
  const ways = [
    ...(card ? [`take a payment with the ${card}`] : []),
    'text you a secure payment link',
    ...(onPlan ? [] : ['set up a payment plan']),
  ];
  return `I can ${ways.length > 1 ? `${ways.slice(0, -1).join(', ')} or ${ways.at(-1)}` : ways[0]}.`;
}

export const lookupBalance = defineTool({
  name: 'lookup_balance',
  description:
    'How much do I owe: my balance, bill or statement; what each visit cost, what insurance paid, what is left for me to pay, and did my last payment go through.',
  parameters: z.object({}),
  execute: async (_args, ctx: Ctx) => {
    const patientId = verifiedPatientId(ctx.state);
    if (!patientId) return VERIFY_FIRST;
    const open = await openStatementsOf(ctx.db, patientId);
    const plan = await activePlanOf(ctx.db, patientId);
    const last = await lastPaymentOf(ctx.db, patientId);
    const planText = plan
      ? ` You're on a payment plan of ${formatMoney(plan.monthlyCents)} a month for ${plan.months} months (${plan.id}).`
      : '';
    const lastText = !last
      ? ''
      : last.status === 'paid'
        ? ` Your last payment, ${formatMoney(last.amountCents)} with the ${last.methodLabel} (${last.id}), went through.`
        : ` The payment link for ${formatMoney(last.amountCents)} we texted you (${last.id}) hasn't been used yet.`;
    if (open.length === 0) return { ...NOTHING_OWED(`${lastText}${planText}`), statements: [] };
    const insurer = await insurerName(ctx.db, patientId);
    const balance = balanceOf(open);
    const items = open.map((s) => `${formatMoney(owedOn(s))} for ${visitText(s)}`);
    const card = await methodOnFile(ctx.db, patientId);
    const phone = (await findPatient(ctx.db, patientId))?.phone.replace(/\D/g, '').slice(-4);
    return {
      found: true,
      balance: formatMoney(balance),
      // How a payment would be taken, for the read-back before one (the Billing desk's `confirm`).
      payWith: card ? `the ${card}` : `a secure payment link texted to the phone ending ${phone ?? ''}`,
      statements: open.map((s) => breakdown(s, insurer)),
      message: `Your balance is ${formatMoney(balance)}: ${joinWords(items)}.${lastText}${planText} ${offerText(card, plan !== null)}`,
    };
  },
});

export const explainCharge = defineTool({
  name: 'explain_charge',
  description:
    'Why was I charged or why so high, did insurance not pay: explain a charge, an amount ($40), or a bill, invoice or statement (ST-7002) I got: which visit, what insurance paid, and why the rest is mine (copay, deductible, not covered).',
  parameters: z.object({
    statementId: z.string().optional().describe('Statement number, e.g. ST-7002'),
    amount: z.number().optional().describe('The charge asked about in dollars, e.g. 40'),
  }),
  execute: async (args, ctx: Ctx) => {
    const patientId = verifiedPatientId(ctx.state);
    if (!patientId) return VERIFY_FIRST;
    const all = await statementsOf(ctx.db, patientId);
    if (all.length === 0) return { found: false, message: "I don't see any statements on your account." };
    const wanted = normalizeId('ST', args.statementId);
    const cents = toCents(args.amount);
    const statement = wanted
      ? all.find((s) => s.id === wanted)
      : cents !== null
        ? (all.find((s) => owedOn(s) === cents) ??
          all.find((s) => s.patientCents === cents) ??
          all.find((s) => s.billedCents === cents))
        : (all.find((s) => owedOn(s) > 0) ?? all[0]);
    if (!statement) {
      const asked = wanted ?? `a ${formatMoney(cents ?? 0)} charge`;
      const listed = all.map((s) => `${formatMoney(s.patientCents)} for ${visitText(s)}`);
      return {
        found: false,
        message: `I don't see ${asked} on your account. Your statements are ${joinWords(listed)}. Which one should I explain?`,
      };
    }
    const insurer = await insurerName(ctx.db, patientId);
    const detail = breakdown(statement, insurer);
    const owed = owedOn(statement);
    const status =
      owed > 0 ? `You still owe ${formatMoney(owed)} on it.` : "There's nothing left to pay on it.";
    return {
      found: true,
      ...detail,
      message: `That's ${visitText(statement)}: ${detail.text}; ${reasonText(statement, insurer)}. ${status}`,
    };
  },
});

export const payByCardOrLink = defineTool({
  name: 'pay_by_card_or_link',
  description:
    'Pay my bill or balance now, or pay it off: all of it, part of it (a partial payment), or an amount off or toward it, with the card on file or a secure payment link texted to my phone.',
  sideEffect: true,
  parameters: z.object({
    amount: z.number().optional().describe('Dollars to pay now, e.g. 40; omit to pay the whole balance'),
    method: z
      .enum(['card', 'link'])
      .optional()
      .describe(
        'card: charge the card on file; link: text a secure payment link. Omit to use the card on file',
      ),
  }),
  execute: async (args, ctx: Ctx) => {
    const patientId = verifiedPatientId(ctx.state);
    if (!patientId) return VERIFY_FIRST;
    return ctx.db.transaction(async (tx) => {
      const balance = balanceOf(await openStatementsOf(tx, patientId));
      if (balance === 0) return { paid: false, ...NOTHING_OWED('') };
      const asked = toCents(args.amount);
      if (args.amount !== undefined && asked === null)
        return { paid: false, message: 'How much would you like to pay?' };
      if (asked !== null && asked > balance) {
        return {
          paid: false,
          balance: formatMoney(balance),
          message: `Your balance is ${formatMoney(balance)}, so I can't take ${formatMoney(asked)}. Shall I take ${formatMoney(balance)}?`,
        };
      }
      const amountCents = asked ?? balance;
      const card = args.method === 'link' ? null : await methodOnFile(tx, patientId);
      if (!card) {
        const patient = await findPatient(tx, patientId);
        const [link] = await tx
          .insert(healthcarePayments)
          .values({ patientId, amountCents, method: 'payment link', methodLabel: null, status: 'link_sent' })
          .returning({ id: healthcarePayments.id });
        const ending = patient?.phone.replace(/\D/g, '').slice(-4) ?? '';
        const noCard = args.method !== 'link';
        const sent = `${noCard ? "There's no card on file, so I've" : "I've"} texted`;
        return {
          paid: false,
          linkSent: true,
          paymentId: link.id,
          amount: formatMoney(amountCents),
          message: `${sent} a secure payment link for ${formatMoney(amountCents)} to the phone number ending ${ending} (${link.id}). Your balance updates once it's paid.`,
        };
      }
      const statements = await applyPayment(tx, patientId, amountCents);
      const [payment] = await tx
        .insert(healthcarePayments)
        .values({ patientId, amountCents, method: 'card on file', methodLabel: card, status: 'paid' })
        .returning({ id: healthcarePayments.id });
      const left = balance - amountCents;
      return {
        paid: true,
        paymentId: payment.id,
        amount: formatMoney(amountCents),
        method: card,
        statements,
        balance: formatMoney(left),
        message: `Done: ${formatMoney(amountCents)} paid with the ${card}. Your confirmation number is ${payment.id}, and your balance is now ${formatMoney(left)}.`,
      };
    });
  },
});

/** Plans run from 2 to 12 months; these are the ones offered. */
const OFFERED_MONTHS = [3, 6, 12] as const;

export const payInInstallments = defineTool({
  name: 'pay_in_installments',
  description:
    "Set up a payment plan: split my bill or balance into monthly payments over 3, 6 or 12 months when I can't afford to pay it all at once.",
  sideEffect: true,
  parameters: z.object({
    months: z.number().int().optional().describe('How many monthly payments, 2 to 12, e.g. 6'),
  }),
  execute: async (args, ctx: Ctx) => {
    const patientId = verifiedPatientId(ctx.state);
    if (!patientId) return VERIFY_FIRST;
    return ctx.db.transaction(async (tx) => {
      const existing = await activePlanOf(tx, patientId);
      if (existing) {
        return {
          created: false,
          planId: existing.id,
          message: `You already have a payment plan: ${formatMoney(existing.monthlyCents)} a month for ${existing.months} months (${existing.id}).`,
        };
      }
      const balance = balanceOf(await openStatementsOf(tx, patientId));
      if (balance === 0) return { created: false, ...NOTHING_OWED('') };
      const monthly = (months: number) => Math.ceil(balance / months);
      if (args.months === undefined || args.months < 2 || args.months > 12) {
        const options = OFFERED_MONTHS.map((m) => `${m} months at ${formatMoney(monthly(m))} a month`);
        return {
          created: false,
          balance: formatMoney(balance),
          message: `I can spread your ${formatMoney(balance)} balance over ${options.slice(0, -1).join(', ')} or ${options.at(-1)}. How many months would you like?`,
        };
      }
      const months = args.months;
      const last = balance - monthly(months) * (months - 1);
      const lastText = last === monthly(months) ? '' : ` (the last one ${formatMoney(last)})`;
      const [plan] = await tx
        .insert(healthcarePaymentPlans)
        .values({ patientId, totalCents: balance, months, monthlyCents: monthly(months), status: 'active' })
        .returning({ id: healthcarePaymentPlans.id });
      const card = await methodOnFile(tx, patientId);
      const how = card ? `charged to the ${card} each month` : 'with a payment link texted to you each month';
      return {
        created: true,
        planId: plan.id,
        months,
        monthly: formatMoney(monthly(months)),
        total: formatMoney(balance),
        message: `Done: your ${formatMoney(balance)} balance is on a payment plan of ${formatMoney(monthly(months))} a month for ${months} months${lastText}, ${how}. Your plan number is ${plan.id}.`,
      };
    });
  },
});

export const billingTools = [lookupBalance, explainCharge, payByCardOrLink, payInInstallments];
