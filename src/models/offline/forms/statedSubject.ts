import { isFreeTextProperty, type JsonSchema } from '../argumentExtraction.ts';
import { type FunctionTool, parametersOf } from '../modelItems.ts';
import { isQuestion } from './digressions.ts';
import { findTimeOfDay, isOnlyFiller } from './slotValues.ts';
import { GREETED, isWhyProperty } from './statedReason.ts';

/**
 * What a request is about (a service, a reason) when the customer said it in another message than
 * the one asking for the change:
 *
 * - "a men's cut on friday" (no verb, after "What would you like done, and which day suits you?")
 *   matches the price look-up by its subject, but it also gives a day only the booking takes: the
 *   subject counts as the booking's free-text value (`subjectProperties`), so it asks for the booking;
 * - "hw much for a mens cut", then "ok book me in sat 2pm": the booking request names only when, so
 *   its subject is the one the customer asked the look-up about (`requestWithSubject`), not "sat".
 */

/** Words that say when (or only ask for a booking), never what: "ok book me in sat 2pm". */
const WHEN_WORDS = new Set(
  (
    'in on at around about by from sometime any time slot appointment appt booking book ' +
    'today tomorrow tmrw tonight next this week weekend morning afternoon evening noon midday instead then ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri sat sun'
  ).split(' '),
);

/** The message says only when, or only that it wants a booking: no service, no reason. */
export function saysOnlyWhen(text: string): boolean {
  let rest = text.toLowerCase();
  for (let time = findTimeOfDay(rest); time !== undefined; time = findTimeOfDay(rest)) {
    const next = rest.replace(time.replace(/^at /, ''), ' ');
    if (next === rest) break;
    rest = next;
  }
  const words = (rest.match(/[a-z']+/g) ?? []).filter((w) => !WHEN_WORDS.has(w));
  return isOnlyFiller(words.join(' '));
}

const OPENERS = String.raw`^(?:(?:hi|hiya|hello|hey|morning|ok|okay|yes|so|um|uh)${GREETED}?\b[\s,!.]*)*`;
/** An appointment in general names no service: "I need an appointment with dermatology" looks up openings. */
const NOT_A_SERVICE = String.raw`(?! (?:appointment|appt|booking|slot|visit)\b)`;

/**
 * "can I get my hair cut this friday?", "could we book a blow-dry for saturday", "is it possible to get a
 * trim tomorrow": a request for something put as a question. It asks for the thing, not about it.
 */
const ASKS_TO_HAVE = new RegExp(
  `${OPENERS}(?:(?:can|could|may|might) (?:i|we|you|u)(?: please| pls)? (?:get|have|book|grab|come in|make|squeeze|fit|do|pop in)|is it possible to (?:get|have|book|come in)|any chance (?:i|we) (?:could|can) (?:get|have|book|come in))\\b`,
  'i',
);

/**
 * "I want a haircut on friday afternoon", "I'd like a blow-dry", "we need a trim": the same wish stated.
 * So is the bare order "Book a blow dry friday please" ("book me in for a trim"): it had the greeting's
 * "what would you like done?", and "2pm then" the fallback (dev12-salon-09).
 * Booking had answered it with its greeting, then fell back on every reply (found by chatting).
 */
const STATES_A_WISH = new RegExp(
  `${OPENERS}(?:(?:i|we)(?:'d| would)? (?:want|wanna|need|like|fancy)(?: to (?:get|have|book|come in for))? (?:a|an|some|my|our)${NOT_A_SERVICE}|(?:i'm|im|we're|were) (?:looking for|after) (?:a|an|some)${NOT_A_SERVICE}|(?:please )?(?:book|pencil) (?:(?:me|us) )?(?:in (?:for )?)?(?:a|an|some|my|our)${NOT_A_SERVICE})\\b`,
  'i',
);

/**
 * How a message asks to have something: `asks` ("can I get …?"), `states` ("I want a …"), or not at
 * all. What a change's free-text property takes from it: what is wanted (a service), from either; why
 * (a refund's reason) only from a question that names the change — "can I get a refund for INV-2045,
 * we were charged twice" gives the refund its reason, but "can I get a copy of invoice INV-2041" and
 * "I need a copy of invoice INV-2041" name no refund and are look-ups (both had been read back as a
 * refund: the reason counted as given made the refund's two values).
 */
export function wishOf(text: string): 'asks' | 'states' | undefined {
  const t = text.trim();
  if (ASKS_TO_HAVE.test(t)) return 'asks';
  return STATES_A_WISH.test(t) ? 'states' : undefined;
}

export function wishGives(
  wish: 'asks' | 'states',
  schema: JsonSchema,
  property: string,
  namesTheChange: boolean,
): boolean {
  if (!isFreeTextProperty(schema, property)) return false;
  return !isWhyProperty(schema, property) || (wish === 'asks' && namesTheChange);
}

function asksToHave(text: string): boolean {
  return wishOf(text) !== undefined;
}

/** Free-text properties of `tool` (a read-only look-up the message matched) that a request names. */
export function subjectProperties(text: string, lookUp: FunctionTool | undefined): Set<string> {
  if (!lookUp || (isQuestion(text) && !asksToHave(text)) || saysOnlyWhen(text)) return new Set();
  const properties = Object.keys(parametersOf(lookUp).properties ?? {});
  return new Set(properties.filter((p) => isFreeTextProperty(parametersOf(lookUp), p)));
}

/**
 * The message that names what `tool` (a change) is about: `request` itself, unless it says only when
 * and a required free-text property of the change has an earlier message (newest first) that a
 * read-only tool taking the same property was asked about ("hw much for a mens cut").
 */
export function requestWithSubject(input: {
  tool: FunctionTool;
  request: string;
  earlier: readonly string[];
  readOnly: readonly FunctionTool[];
  asksFor: (message: string, tool: FunctionTool) => boolean;
}): string {
  const { tool, request } = input;
  if (!saysOnlyWhen(request)) return request;
  const schema = parametersOf(tool);
  const free = ((schema.required ?? []) as string[]).filter((p) => isFreeTextProperty(schema, p));
  if (free.length === 0) return request;
  const lookUps = input.readOnly.filter((t) => free.some((p) => isFreeTextProperty(parametersOf(t), p)));
  const subject = input.earlier.find((m) => !saysOnlyWhen(m) && lookUps.some((t) => input.asksFor(m, t)));
  return subject ?? request;
}

/**
 * What a change's free-text values are about, for reading a reply as one ("just a trim" while the time
 * is asked is the service): the change's own description, and the description of every read-only
 * look-up of the agent that takes the same free-text property. The booking says "a haircut, colour or
 * treatment"; the price list it shares the service with names every service ("blow-dry, beard or fringe
 * trim"), which is what a customer answers with.
 */
export function subjectDescription(
  tool: FunctionTool,
  tools: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
): string {
  const free = Object.keys(parametersOf(tool).properties ?? {}).filter((p) =>
    isFreeTextProperty(parametersOf(tool), p),
  );
  const lookUps = tools.filter(
    (t) => t !== tool && !changesData(t.name) && free.some((p) => isFreeTextProperty(parametersOf(t), p)),
  );
  return [tool, ...lookUps].map((t) => t.description ?? '').join(' ');
}
