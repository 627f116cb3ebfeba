import { findMoney } from './amounts.ts';
import { findEmail, findPhone } from './contactDetails.ts';
import { findDate, findReference } from './entityExtractors.ts';
import { isQuestion, opensAsQuestion } from './forms/digressions.ts';
import { isOnlyFiller, leadingPersonName } from './forms/slotValues.ts';
import type { PropertyInfo } from './propertyKinds.ts';

/** Words that decline a question rather than answer it ("no", "I don't have one", "skip"). */
const DECLINED =
  /^(no|nope|none|nothing|n\/?a|skip|pass)\b|\b(not sure|no idea|rather not|don'?t know|do not know|don'?t have|do not have)\b/i;
/** How people lead into a short answer: "it's Acme Ltd", "I'm Dana", "my name is Dana". */
const LEAD_IN =
  /^(it'?s|it is|that'?s|that is|this is|we'?re|we are|i'?m|i am|my name is|my name'?s|name'?s|the company is|our company is|company is)\s+/i;
const MAX_ANSWER_WORDS = 8;
/** A name given again after a correction: "Jon Park - sorry, put Jonathan Park" → "Jonathan Park, …". */
const CORRECTED_NAME =
  /^.*\b(?:sorry|actually|i mean|no)\b[\s,;:-]+(?:(?:put|make it|make that|use|write|it'?s|its|it is)\s+)?(.+)$/i;

/**
 * The reply to the question we asked for this property, taken as it is: only for string properties
 * no finder can read (a company, a name without "my name is", a reason). Typed values (dates,
 * emails, ids) come from the finders, which read every message, so a newer message still wins.
 */
export function fromAnswer(p: PropertyInfo, answer: string | undefined): unknown {
  const text = answer?.trim();
  if (!text) return undefined;
  // "40", "about 40 please" to "How much would you like to pay?": dollars, said without a unit.
  if (p.kind === 'money') return bareAmount(text);
  const takesText =
    p.kind === 'freeText' || p.kind === 'person' || p.kind === 'unknown' || p.kind === 'company';
  if (!takesText || !(p.types.includes('string') || p.types.length === 0)) return undefined;
  // A name must read as a name: "3pm works" or "the first one is fine" answer something else.
  if (p.kind === 'person') {
    // "Oh, before we book, what are the property taxes like in Maplewood?" to "May I have your full
    // name?" is a question of the caller's own, not their name ("Oh" had been booked as the client).
    if (text.includes('?') && text.split(/\s+/).length > 4) return undefined;
    // "Jon Park - sorry, put Jonathan Park, that's what's on my insurance card": the name after the correction.
    const corrected = CORRECTED_NAME.exec(text)?.[1];
    return (corrected && leadingPersonName(corrected)) || leadingPersonName(text);
  }
  const phrase = plainPhrase(text, p.kind !== 'freeText');
  if (phrase === undefined || isOnlyFiller(phrase)) return undefined;
  return phrase;
}

/** The one number of a short reply, with no sign of being a count, a time or a percent. */
function bareAmount(text: string): number | undefined {
  // "I'm looking at LST-1004" to "What price of home should I quote on?": a reference's digits are no
  // amount (it was quoted on $1,004,000).
  const numbers = text.replace(/\b[A-Za-z]{2,8}-\d{2,}\b/g, ' ').match(/\d+(?:[.,]\d+)*/g) ?? [];
  if (numbers.length !== 1 || text.split(/\s+/).length > 6) return undefined;
  if (
    /%|[ap]\.?m\b|o'?clock|percent|months?|weeks?|days?|years?|installments?|payments?|times?|seats?/i.test(
      text,
    )
  )
    return undefined;
  const value = Number(numbers[0].replace(/,(?=\d{3}\b)/g, ''));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * The reply as a value, unless it is a question, declines, or carries a value of another shape (an
 * email or a reference in reply to "what's your name?" answers something else). `short`: names and
 * the like are a few words, not a paragraph.
 */
function plainPhrase(text: string, short: boolean): string | undefined {
  let clean = text.replace(/[\s.!,;]+$/, '').trim();
  // "I twisted my ankle yesterday and it's puffy. What should I do for it?": free text said before a
  // closing question is the answer; the question asks what to do with it.
  // So is "it's 9 Cedar Court in Lakeview, is that a good area to sell in?": a question after a comma.
  const comma = clean.lastIndexOf(',');
  const [before, after] = [clean.slice(0, comma), clean.slice(comma + 1).trim()];
  if (!short && clean.endsWith('?') && comma > 0 && opensAsQuestion(after) && !isQuestion(before))
    clean = before.trim();
  else if (!short && clean.endsWith('?'))
    clean = clean.replace(/(?:^|(?<=[.!]))\s*[^.!?]*\?\s*$/, '').replace(/[\s.!,;]+$/, '');
  if (clean === '' || clean.endsWith('?') || DECLINED.test(clean)) return undefined;
  if (!short) return clean;
  const value = clean.replace(LEAD_IN, '').trim();
  if (value === '') return undefined;
  if (value.split(/\s+/).length > MAX_ANSWER_WORDS) return undefined;
  const otherShape =
    findEmail(value) ??
    findPhone(value) ??
    findMoney(value) ??
    findDate(value, new Date(0)) ??
    findReference(value, {}) ??
    (/\d{3,}/.test(value) ? value : undefined);
  return otherShape === undefined ? value : undefined;
}
