import { monthlyPayment } from './format.ts';

/**
 * "I make about 90k a year, how much house can I afford?": the price whose 30-year fixed payment is
 * at most 28% of gross monthly income (the usual front-end ratio lenders start from), for the down
 * payment given. Property tax and insurance come on top, so this is a ceiling, not a promise; a
 * lender's pre-approval decides.
 */
export const FRONT_END_RATIO = 0.28;

export function affordablePriceCents(
  annualIncomeCents: number,
  downPct: number,
  rate: { rateMilli: number; termYears: number },
): number {
  const maxMonthlyCents = (annualIncomeCents * FRONT_END_RATIO) / 12;
  // Payment is linear in the loan: what one dollar of loan costs a month, at this rate and term.
  const perDollar = monthlyPayment(100_000_00, rate.rateMilli, rate.termYears) / 100_000_00;
  const loanCents = maxMonthlyCents / perDollar;
  const priceCents = loanCents / (1 - downPct / 100);
  // Rounded down to a thousand dollars: a ceiling is said as one.
  return Math.floor(priceCents / 100_000) * 100_000;
}
