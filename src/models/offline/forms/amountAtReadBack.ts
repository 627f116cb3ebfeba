import { isQuestion } from './digressions.ts';

/**
 * "how much would we get back?", "how much is that in total?" said to "Just to confirm: a refund of
 * $99.00 on invoice INV-2047 to the card on file": a question about the change just read back, not a
 * new topic. The router heard "how much" and handed it to the front desk, which sent it to sales for
 * plan prices, and the refund was lost. A "how much" question naming nothing of its own (only words
 * about getting, paying or the total) asked at a read-back stays with it, and the read-back, which
 * says the amount, is its answer.
 */

/** Words such a question may hold besides "how much": pronouns, getting or paying, the total. */
const ABOUT_THE_AMOUNT = new Set(
  (
    'and so ok okay wait sorry um hmm then just exactly roughly again in all total altogether amount money ' +
    'would will is be it that this those we i you us me our my get getting back come coming return returned ' +
    'refund refunded refunding pay paying paid charge charged cost costs be going to the of does do did ' +
    'owe exactly overall sum'
  ).split(' '),
);

export function asksAmountOfReadBack(text: string): boolean {
  const said = text.trim().toLowerCase();
  if (!isQuestion(said) || !/\bhow much\b/.test(said)) return false;
  const words = said
    .replace(/\bhow much\b/, ' ')
    .replace(/[^a-z' ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  return words.every((w) => ABOUT_THE_AMOUNT.has(w.replace(/'(d|ll|s|re)$/, '')));
}

/** The read-back names an amount of money, so saying it again answers "how much". */
export function namesAmount(readBack: string): boolean {
  return /\$\d/.test(readBack);
}
