import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { ToolDb } from '../../src/authoring.ts';
import { formatDayShort } from '../shared/calendar.ts';
import { formatMoney } from './format.ts';
import { findPatient, providerTitle } from './recordsTools.ts';
import {
  healthcareInsurancePlans,
  healthcarePaymentMethods,
  healthcarePaymentPlans,
  healthcarePayments,
  healthcareStatements,
} from './schema.ts';

/**
 * A verified patient's bills as the billing desk reads them. Every query here is filtered by the
 * patient id the caller verified as (the tools pass `verifiedPatientId`), so no statement, card or plan
 * of another patient is ever read.
 */

export type StatementRow = typeof healthcareStatements.$inferSelect;

/** What is still owed on a statement. */
export const owedOn = (s: StatementRow) => Math.max(0, s.patientCents - s.paidCents);

/** Every statement of the patient, newest visit first. */
export function statementsOf(db: ToolDb, patientId: string): Promise<StatementRow[]> {
  return db
    .select()
    .from(healthcareStatements)
    .where(eq(healthcareStatements.patientId, patientId))
    .orderBy(desc(healthcareStatements.visitDate), desc(healthcareStatements.id));
}

/** Statements with something still owed, oldest first: the order a payment pays them off. */
export function openStatementsOf(db: ToolDb, patientId: string): Promise<StatementRow[]> {
  return db
    .select()
    .from(healthcareStatements)
    .where(
      and(
        eq(healthcareStatements.patientId, patientId),
        gt(healthcareStatements.patientCents, healthcareStatements.paidCents),
      ),
    )
    .orderBy(asc(healthcareStatements.visitDate), asc(healthcareStatements.id));
}

export const balanceOf = (open: readonly StatementRow[]) => open.reduce((sum, s) => sum + owedOn(s), 0);

/**
 * Pays `amountCents` off the open statements, oldest first, inside the caller's transaction. Returns
 * the statements it paid something on.
 */
export async function applyPayment(db: ToolDb, patientId: string, amountCents: number): Promise<string[]> {
  let left = amountCents;
  const paid: string[] = [];
  for (const s of await openStatementsOf(db, patientId)) {
    if (left <= 0) break;
    const part = Math.min(left, owedOn(s));
    await db
      .update(healthcareStatements)
      .set({ paidCents: sql`${healthcareStatements.paidCents} + ${part}` })
      .where(and(eq(healthcareStatements.id, s.id), eq(healthcareStatements.patientId, patientId)));
    left -= part;
    paid.push(s.id);
  }
  return paid;
}

/** The card on file as the caller hears it ("Visa ending 4421"), or null. */
export async function methodOnFile(db: ToolDb, patientId: string): Promise<string | null> {
  const [method] = await db
    .select()
    .from(healthcarePaymentMethods)
    .where(eq(healthcarePaymentMethods.patientId, patientId))
    .orderBy(asc(healthcarePaymentMethods.id))
    .limit(1);
  return method?.label ?? null;
}

/** The patient's latest payment taken or link sent, or null. */
export async function lastPaymentOf(db: ToolDb, patientId: string) {
  const [payment] = await db
    .select()
    .from(healthcarePayments)
    .where(eq(healthcarePayments.patientId, patientId))
    .orderBy(desc(healthcarePayments.createdAt), desc(healthcarePayments.id))
    .limit(1);
  return payment ?? null;
}

export async function activePlanOf(db: ToolDb, patientId: string) {
  const [plan] = await db
    .select()
    .from(healthcarePaymentPlans)
    .where(and(eq(healthcarePaymentPlans.patientId, patientId), eq(healthcarePaymentPlans.status, 'active')))
    .limit(1);
  return plan ?? null;
}

/** The name of the patient's insurance plan, or null when self-pay. */
export async function insurerName(db: ToolDb, patientId: string): Promise<string | null> {
  const patient = await findPatient(db, patientId);
  if (!patient?.planId) return null;
  const [plan] = await db
    .select({ name: healthcareInsurancePlans.name })
    .from(healthcareInsurancePlans)
    .where(eq(healthcareInsurancePlans.id, patient.planId))
    .limit(1);
  return plan?.name ?? null;
}

/** "the X-ray on Tuesday, October 14 with Dr. Amara Okafor (ST-7002)". */
export const visitText = (s: StatementRow) =>
  `the ${s.service} on ${formatDayShort(s.visitDate)} with ${providerTitle(s.provider)} (${s.id})`;

/** Why the patient's share is theirs, in the words a billing clerk would use. */
export function reasonText(s: StatementRow, insurer: string | null): string {
  const plan = insurer ?? 'your plan';
  switch (s.reason) {
    case 'copay':
      return `that is the ${s.service} copay of ${plan}`;
    case 'deductible':
      return `it went to your deductible, which isn't met yet this year, so ${plan} paid nothing on it`;
    case 'coinsurance':
      return `that is your coinsurance share after the deductible`;
    case 'not covered':
      return `${plan} doesn't cover ${s.service}`;
    case 'self-pay':
      return "there's no insurance on your record, so it is billed to you at our self-pay rate";
    case 'out of network':
      return `${plan} is out of network with us, so it paid nothing`;
    default:
      return `${plan} paid it in full`;
  }
}

/** Billed, discount, insurance and the patient's share of one statement, as numbers and as a sentence. */
export function breakdown(s: StatementRow, insurer: string | null) {
  const parts = [`we billed ${formatMoney(s.billedCents)}`];
  if (s.adjustmentCents > 0)
    parts.push(
      `${s.reason === 'self-pay' ? 'the self-pay discount' : 'the network discount'} took off ${formatMoney(s.adjustmentCents)}`,
    );
  if (insurer) parts.push(`${insurer} paid ${formatMoney(s.insurancePaidCents)}`);
  parts.push(`your share was ${formatMoney(s.patientCents)}`);
  if (s.paidCents > 0) parts.push(`you've paid ${formatMoney(s.paidCents)}`);
  return {
    statementId: s.id,
    service: s.service,
    visitDate: s.visitDate,
    provider: providerTitle(s.provider),
    billed: formatMoney(s.billedCents),
    adjustment: formatMoney(s.adjustmentCents),
    insurancePaid: formatMoney(s.insurancePaidCents),
    yourShare: formatMoney(s.patientCents),
    paid: formatMoney(s.paidCents),
    owed: formatMoney(owedOn(s)),
    reason: s.reason,
    text: parts.join(', '),
  };
}
