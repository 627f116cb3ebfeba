import { findEmail, findPhone } from '../contactDetails.ts';
import { DIGIT_DATES, REFERENCE } from '../entityExtractors.ts';
import type { JsonSchema } from '../propertyKinds.ts';
import { isPick } from './picks.ts';
import { isOnlyFiller, leadingPersonName } from './slotValues.ts';

/** Whom a greeting greets, said after it: "hi there", "hello all", "morning folks" (a pattern source). */
export const GREETED = String.raw`(?:\s+(?:there|dear|love|all|folks|team|everyone|guys|mate|again))`;

/**
 * Why a customer wants something, said with the request: "I need to see a doctor next week, my knee
 * has been hurting" asks for an appointment, and the knee is its reason. A property that says why (a
 * visit's reason, a refund's reason, a complaint's details) took the whole message that chose the
 * tool, and a pick said later ("the first one") took nothing, so the booking was saved as "visit"; a
 * pick said where a value was read ("ok the first one then") even became the reason.
 */

/**
 * A clause that asks for something, after a greeting or filler ("need appt w dr okafor": texted, no "I"),
 * or says what the call is about ("i'm ringing about me knee physio appointment"), or tells us to undo
 * something ("actually scratch that, cancel the seat order. I'll pay the open invoice first": the order
 * just placed went uncancelled while the invoice's words sent the message to billing).
 */
const ASKS_FOR = new RegExp(
  String.raw`^(?:(?:hi|hiya|hello|hey|so|ok|okay|um|uh|yes|please)${GREETED}?\b[\s,!.]*)*(?:(?:i(?:'d| would)? )?(?:need|want)|i(?:'d| would)? like|(?:i'?m|i am|we'?re|we are) (?:ringing|calling|phoning|writing|messaging) (?:about|regarding|re)|i'm (?:looking|hoping|trying|after|wanting)|i am (?:looking|after|wanting)|i wanna|(?:i|we) (?:have to|must|gotta|(?:'ve|have) got to)|i'd love|(?:can|could|may) (?:i|we|you|someone|somebody|an? (?!lot\b|bit\b)\w+)|(?:can|could|may) (?:she|he|they) (?:please )?(?:be seen|get seen|come in|see|have)|i'd like|please|book|schedule|get me|(?:actually\s+|just\s+)?(?:cancel|reschedule|refund)\s+(?:the|my|our|that|this|it)\b)\b`,
  'i',
);

/**
 * A request joined to what came before it by "and": "I'm relocating in the spring and would like an
 * agent to call me" asks for the call, whatever the move's words say; so does "…and I'd like to move it"
 * (the "I'd" had never matched: only "i would like" and "'d like" after a space had).
 */
const JOINED_REQUEST = /\s+and\s+(?=(?:i\s*)?(?:would like|'d like|need|want)\b)/i;

/** The clauses of a message that ask for something. */
export function requestClauses(text: string): string[] {
  return clauses(text)
    .flatMap((c) => c.split(JOINED_REQUEST))
    .map((c) => c.replace(/^would like\b/i, 'I would like'))
    .filter((c) => ASKS_FOR.test(c));
}

/**
 * The clauses of a message that ask a question, when it says something else too: "Oh nice. How are the
 * schools over there? Kind of matters now haha" asks about the schools, whatever the rest says. Not
 * "sorry, what time?", whose question is all it says (and is about the viewing being booked).
 */
export function questionClauses(text: string): string[] {
  const all = clauses(text);
  const asks = all.filter((c) => c.endsWith('?'));
  const rest = all.filter((c) => !c.endsWith('?')).join(' ');
  return asks.length > 0 && rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3 ? asks : [];
}

/** "SL-2057 please", "the first one": a clause that picks, which a reason may follow. */
const PICKS_A_REFERENCE = /^[a-z]{2,8}-?\d{2,}(?:\s+(?:please|pls|thanks))?$/i;

function asksOrPicks(clause: string): boolean {
  return ASKS_FOR.test(clause) || PICKS_A_REFERENCE.test(clause) || isPick(clause);
}

function clauses(text: string): string[] {
  // "with Dr. Patel next week" is one clause: a title's full stop ends nothing.
  const untitled = text.replace(/\b(dr|mr|mrs|ms|prof|st)\./gi, '$1');
  // "$400,000" and "$13.40" are one number: a comma or point between digits ends no clause.
  return (untitled.match(/(?:[^,.;!?]|(?<=\d)[,.](?=\d))+[,.;!?]*/g) ?? []).map((c) =>
    c.trim().replace(/[,.;]+$/, ''),
  );
}

/**
 * A clause that only gives a detail to find the customer by: "the phone number is 07700 900101",
 * "account ACC-1010", "it's under 07700 900303", "email sam@lee.example". It says nothing of what is wanted.
 */
const GIVES_A_DETAIL =
  /^(?:(?:and|oh|also|ok)\s+)?(?:(?:(?:my|our|the)\s+)?(?:(?:phone|mobile|cell|contact)(?:\s+(?:number|no))?|number|account(?:\s+(?:number|id))?|e-?mail(?:\s+address)?|(?:booking\s+|order\s+)?ref(?:erence)?(?:\s+number)?)\b(?:\s+(?:is|it's|its))?|(?:it's|its|it is|i'm|im|booked|booking is|it was booked)\s+under)\s*:?\s*[\w.@+ -]*\d[\w.@+ -]*$/i;

/**
 * The message without the clauses that only give a detail to find the customer by, when it says
 * something else too: "what time is my appointment on the 10th of June? The phone number is 07700
 * 900101" is a question about a booking, whatever the phone number's words resemble.
 */
export function withoutDetails(text: string): string {
  const all = clauses(text);
  const rest = all.filter((c) => !GIVES_A_DETAIL.test(c));
  return rest.length === all.length || rest.length === 0 ? text : rest.join(' ');
}

/**
 * Every detail clause the message gives is a way to reach the customer (a phone number, an email), not
 * a record to find (an account, a reference): such a clause draws the router to a call-back desk
 * whatever is asked ("cancel my tour of 220 river road, phone 555-0142" recorded a lead), where an
 * account number does tell the desk ("upgrade to Growth, account ACC-1005" is the billing desk's).
 */
export function detailsOnlyReach(text: string): boolean {
  const details = clauses(text).filter((c) => GIVES_A_DETAIL.test(c));
  return (
    details.length > 0 &&
    details.every((c) => (findPhone(c) !== undefined || findEmail(c) !== undefined) && !RECORD_WORDS.test(c))
  );
}

const RECORD_WORDS = /\b(?:account|ref(?:erence)?|booking|order)\b/i;

/**
 * Only who the customer is and how to reach them: a name, a phone number, an email ("Greg Holt
 * 555-0155", "Dana Ruiz, dana@example.com"). It says nothing of what is wanted or why.
 */
export function onlyGivesContact(text: string): boolean {
  let rest = text;
  for (const value of [findPhone(text), findEmail(text)]) if (value) rest = rest.replace(value, ' ');
  const name = leadingPersonName(rest.replace(/[\s,;.]+$/, ''));
  if (name) rest = rest.replace(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), ' ');
  return rest !== text && isOnlyFiller(rest.replace(/[^\p{L}\s']/gu, ' '));
}

/** A free-text property that says why (a refund's reason, a complaint's details), not what is wanted. */
const SAYS_WHY = /reason|why|problem|issue|complaint|comment|note|feedback|explanation|details?/i;

export function saysWhy(property: string, description: string): boolean {
  return SAYS_WHY.test(property) || SAYS_WHY.test(description.split(/[.;]/)[0] ?? '');
}

/**
 * Who is speaking ("this is Marcus Bell", "My name is Hannah Kowalski"): an identity, never a reason.
 * The lead-in's first letter either way (a sentence starts with a capital), the name's a capital.
 */
const INTRODUCES =
  /^(?:[Hh](?:i|ello|ey)\W+)?(?:[Tt]his is|[Ii]t's|[Ii]ts|[Mm]y name(?:'s| is)|[Nn]ame's|[Ii]'m|[Ii]m|I am)\s+\p{Lu}/u;

/** "Hello dear", "hi there", "good morning love": a greeting with who it greets, no reason (it went to the desk as one). */
const GREETS = new RegExp(
  String.raw`^(?:hi|hello|hey|hiya|howdy|good (?:morning|afternoon|evening))${GREETED}*\W*$`,
  'i',
);

/**
 * The clauses of a message said alongside one that asks (the request) or picks ("SL-2057 please"): what
 * is left says why, unless it is a greeting, a question, a value with digits (a date of birth, a
 * reference), or an introduction. "because"/"as" open a reason inside a clause too.
 */
export function statedReason(text: string): string | undefined {
  const all = clauses(text.replace(/\s+(?:because|cos|cuz|since)\s+/gi, ', '));
  if (!all.some(asksOrPicks)) return undefined;
  const parts = all
    .filter((c) => !asksOrPicks(c))
    .filter((c) => c.split(/\s+/).length >= 2 && !givesAValue(c) && !/\?$/.test(c) && !isOnlyFiller(c))
    .filter((c) => !INTRODUCES.test(c) && !GREETS.test(c.trim()));
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/**
 * A clause that is a value rather than a reason: a reference, a date, a phone number or an email, or a
 * few words around a number ("it's been 3 weeks", "born 1984"). "our $10,000 earnest money still hasn't
 * been returned" says why (the deposit case was filed as "other" without it).
 */
function givesAValue(clause: string): boolean {
  if (!/\d/.test(clause)) return false;
  if (new RegExp(REFERENCE.source).test(clause) || new RegExp(DIGIT_DATES.source).test(clause)) return true;
  if (findPhone(clause) !== undefined || findEmail(clause) !== undefined) return true;
  return clause.split(/\s+/).filter((w) => /^\p{L}/u.test(w)).length < 5;
}

/**
 * The value of a property that says why, from `focus` (the message that chose the tool) or, when
 * that is a pick or a bare reference ("the first one", "SL-2057 please"), from the newest earlier
 * message that said a request with its reason. A request with no reason ("I need to book an
 * appointment with Dr. Okafor") gives an optional reason nothing; a required one keeps the whole
 * message, as before (a refund asks no "why?" of "I'd like a refund on INV-2044").
 */
export function reasonFrom(input: {
  focus: string | undefined;
  messages: readonly string[];
  required: boolean;
  saysSomething: (text: string) => boolean;
}): string | undefined {
  const { focus, required } = input;
  if (focus && !isPick(focus) && input.saysSomething(focus)) {
    const why = statedReason(focus);
    if (why !== undefined) return why;
    return required || requestClauses(focus).length === 0 ? focus : undefined;
  }
  for (const message of input.messages) {
    const why = statedReason(message);
    if (why !== undefined) return why;
  }
  return undefined;
}

/** `schema`'s property says why. */
export function isWhyProperty(schema: JsonSchema, property: string): boolean {
  const description = String(schema?.properties?.[property]?.description ?? '');
  return saysWhy(property, description);
}
