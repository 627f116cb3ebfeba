import { LEAD_IN } from './concreteRequest.ts';

/**
 * "did my refund for INV-2042 ever go through?", "has the refund been processed?", "was my booking
 * cancelled?": a question whether a change already happened asks about the record, not for the change
 * again. Such a message names the change's action ("refund") and so matched `issue_refund`, which read
 * back a second refund. It picks a change only as any question does (by values), never by its words.
 */
const HAPPENED =
  /^(did\b|(has|have|was|were)\b[^?.!]*\b(been|gone|come|through|processed|issued|done|sent|cancell?ed|refunded)\b)/i;

export function asksWhetherItHappened(text: string): boolean {
  return HAPPENED.test(text.trim().replace(LEAD_IN, ''));
}
