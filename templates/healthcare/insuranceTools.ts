import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ToolDb } from '../../src/authoring.ts';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { joinWords } from '../shared/words.ts';
import type { HealthcareContext } from './context.ts';
import { formatMoney } from './format.ts';
import { VERIFY_FIRST, verifiedPatientId } from './identity.ts';
import { findPatient } from './recordsTools.ts';
import { healthcareCoverage, healthcareInsurancePlans } from './schema.ts';
import { INSURERS, SERVICES } from './seedData.ts';

type Ctx = ToolRunContext<HealthcareContext>;

export const listAcceptedPlans = defineTool({
  name: 'list_accepted_plans',
  description:
    'Which insurers or plans we accept or take, in network: Aetna, Blue Cross, Cigna, Humana, Medicaid, United Healthcare, Kaiser; anyone may ask.',
  parameters: z.object({
    insurer: z.enum(INSURERS).optional().describe('Insurer the caller asked about, e.g. Aetna'),
  }),
  execute: async (args, ctx: Ctx) => {
    if (args.insurer) {
      const plans = await ctx.db
        .select()
        .from(healthcareInsurancePlans)
        .where(eq(healthcareInsurancePlans.insurer, args.insurer));
      const accepted = plans.filter((p) => p.accepted);
      return {
        found: true,
        insurer: args.insurer,
        accepted: accepted.length > 0,
        message:
          accepted.length > 0
            ? `Yes, we're in network with ${joinWords(accepted.map((p) => p.name))}.`
            : `I'm sorry, we're not in network with ${args.insurer}, so visits would be billed as out of network or self-pay.`,
      };
    }
    const plans = await ctx.db
      .select()
      .from(healthcareInsurancePlans)
      .where(eq(healthcareInsurancePlans.accepted, true))
      .orderBy(asc(healthcareInsurancePlans.name));
    return {
      found: true,
      plans: plans.map((p) => p.name),
      message: `We accept ${joinWords(plans.map((p) => p.name))}.`,
    };
  },
});

async function patientPlan(db: ToolDb, patientId: string) {
  const patient = await findPatient(db, patientId);
  if (!patient?.planId) return { patient, plan: null };
  const [plan] = await db
    .select()
    .from(healthcareInsurancePlans)
    .where(eq(healthcareInsurancePlans.id, patient.planId))
    .limit(1);
  return { patient, plan: plan ?? null };
}

const SELF_PAY = {
  found: false,
  message:
    "There's no insurance on your record, so visits are self-pay. You can add a plan at your next visit.",
};

export const lookupCoverage = defineTool({
  name: 'lookup_coverage',
  description:
    'My insurance on file: is it active, is my plan in network with you, member ID, copay, deductible.',
  parameters: z.object({}),
  execute: async (_args, ctx: Ctx) => {
    const patientId = verifiedPatientId(ctx.state);
    if (!patientId) return VERIFY_FIRST;
    const { patient, plan } = await patientPlan(ctx.db, patientId);
    if (!plan || !patient) return SELF_PAY;
    ctx.state.planId = plan.id;
    const costs = `a ${formatMoney(plan.deductibleCents)} deductible, ${formatMoney(plan.primaryCopayCents)} for a regular visit and ${formatMoney(plan.specialistCopayCents)} for a specialist`;
    return {
      found: true,
      plan: plan.name,
      memberId: patient.memberId,
      inNetwork: plan.accepted,
      deductible: formatMoney(plan.deductibleCents),
      primaryCopay: formatMoney(plan.primaryCopayCents),
      specialistCopay: formatMoney(plan.specialistCopayCents),
      message: plan.accepted
        ? `You're covered by ${plan.name} (member ID ${patient.memberId}), in network with us: ${costs}.`
        : `Your plan on file is ${plan.name} (member ID ${patient.memberId}), which is out of network with us, so visits would be billed as out of network.`,
    };
  },
});

export const checkProcedureCoverage = defineTool({
  name: 'check_procedure_coverage',
  description:
    'Does my plan or insurance cover a service: MRI, X-ray, lab work, physical therapy, flu shot, annual physical, telehealth; is it covered, copay and prior authorization.',
  parameters: z.object({
    service: z.enum(SERVICES).describe('The service asked about'),
  }),
  execute: async (args, ctx: Ctx) => {
    const patientId = verifiedPatientId(ctx.state);
    if (!patientId) return VERIFY_FIRST;
    const { plan } = await patientPlan(ctx.db, patientId);
    if (!plan) return SELF_PAY;
    if (!plan.accepted) {
      return {
        found: true,
        covered: false,
        service: args.service,
        message: `${plan.name} is out of network with us, so I can't confirm coverage for ${args.service}; please check with your insurer.`,
      };
    }
    const [row] = await ctx.db
      .select()
      .from(healthcareCoverage)
      .where(and(eq(healthcareCoverage.planId, plan.id), eq(healthcareCoverage.service, args.service)))
      .limit(1);
    if (!row?.covered) {
      return {
        found: true,
        covered: false,
        service: args.service,
        message: `${plan.name} doesn't cover ${args.service} at our clinic.`,
      };
    }
    const parts = [
      row.copayCents > 0 ? `a ${formatMoney(row.copayCents)} copay` : 'no copay',
      row.coinsurancePct > 0 ? `${row.coinsurancePct}% coinsurance after your deductible` : null,
    ].filter(Boolean);
    const auth = row.priorAuth ? ' It needs prior authorization from your insurer first.' : '';
    return {
      found: true,
      covered: true,
      service: args.service,
      copay: formatMoney(row.copayCents),
      coinsurancePct: row.coinsurancePct,
      priorAuthorization: row.priorAuth,
      message: `Yes, ${plan.name} covers ${args.service} with ${joinWords(parts as string[])}.${auth}`,
    };
  },
});

export const insuranceTools = [listAcceptedPlans, lookupCoverage, checkProcedureCoverage];
