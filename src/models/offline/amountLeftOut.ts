import { findMoney } from './amounts.ts';

/**
 * "what's for sale around that price?" after our quote put a home "up to about $566,000": the amount
 * meant is the one just discussed, which the tool keeps (its parameter says to omit it then), not the
 * income said two messages before (it searched under $140,000).
 */
const THAT_AMOUNT = /\b(?:that|this|the same)\s+(?:price|budget|amount|figure|number|much)\b/i;
/**
 * "can you refund the rest of it too", after $10 of it was refunded: the whole of what is left, which an
 * optional amount left out means; the $10 said before is no amount of this request (it refunded $10 again).
 */
const THE_WHOLE =
  /\b(?:the\s+rest\s+of\s+(?:it|the)|the\s+remainder|what'?s\s+left|the\s+remaining\s+(?:amount|balance)|the\s+(?:whole|full)\s+(?:amount|invoice|balance|bill))\b/i;
/** "part of my bill, not all of it": only part. */
const ONLY_PART =
  /\b(?:not|n't|never)\s+(?:all|the\s+(?:whole|full|rest)|everything|in\s+full)\b|\b(?:part|some|half)\s+of\b/i;

/**
 * A money value the newest message points at without saying (`newest`), so no amount said before fills
 * it: the one the tool keeps ("that price"), the whole of an optional amount ("the rest of it"), or a part
 * not said (`partAmountUnsaid`).
 */
export function amountLeftOut(info: { kind: string }, newest = '', optional = false): boolean {
  return (
    info.kind === 'money' &&
    (pointsBackAtAnAmount(newest) ||
      (optional && THE_WHOLE.test(newest) && !ONLY_PART.test(newest)) ||
      partAmountUnsaid(info, newest))
  );
}

/**
 * "that price", "that amount", unless the message itself said the amount before it: "a statement for
 * $120, and I would like to pay that amount now" pays $120 (it was left out, and the whole $145 paid).
 */
function pointsBackAtAnAmount(newest: string): boolean {
  const at = newest.search(THAT_AMOUNT);
  return at >= 0 && findMoney(newest.slice(0, at)) === undefined;
}

/**
 * "just refund the overage part, not the whole invoice": only part of it is wanted, and how much is not
 * said in the message. An amount said before (the invoice's $112.40) is not that part: it was read back
 * and refunded. Left out, the agent's `clarify` entry asks how much (forms/partOfTheWhole.ts).
 */
function partAmountUnsaid(info: { kind: string }, newest = ''): boolean {
  return info.kind === 'money' && ONLY_PART.test(newest) && findMoney(newest) === undefined;
}
