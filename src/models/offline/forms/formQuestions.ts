import type { NormalizedAgent } from '../../../graph/types.ts';
import { isFreeTextProperty, type JsonSchema, propertyWords } from '../argumentExtraction.ts';
import { isPersonWord } from '../personWord.ts';
import { describeProperty, spokenPropertyWords } from '../propertyKinds.ts';
import { askForArgument, fillTemplate } from '../responseTemplates.ts';

/**
 * The sentences of a form, and how to recognise them again in the conversation: the offline model
 * keeps no memory of its own, so what it asked last (a slot question, the same question rephrased
 * with an example, an offer of a person, a read-back before a change) is read from its own words.
 */

const REPHRASE = "Sorry, I didn't catch that. ";
/** The question asked again after the customer asked one of their own that nothing here answers. */
const UNANSWERED = "I'm afraid I can't answer that one here. ";
const EXAMPLE = / For example: [^\n]*$/;
const THANKED = 'Thanks. ';
const OFFER = /^I'm sorry, I'm not getting the (.+?) right\. /;
export const CONFIRM_PREFIX = 'Just to confirm: ';
const CONFIRM_SUFFIX = ' Shall I go ahead?';

/** A question asked a second time: said again differently, with an example answer. */
export function rephrasedQuestion(
  agent: NormalizedAgent | undefined,
  property: string,
  schema: unknown,
): string {
  return `${REPHRASE}${withExample(askForArgument(agent, property), exampleFor(agent, property, schema))}`;
}

/** The question with an example answer, unless it shows one already ("It starts with INV, like INV-2041"). */
export function withExample(question: string, example: string): string {
  return /\b(?:like|for example|e\.g\.)\s/i.test(question) ? question : `${question} For example: ${example}`;
}

/**
 * "what's your commission?" to "What's the street address of the home?": no mishearing, so no "Sorry, I
 * didn't catch that"; the question is said to be unanswered here, and the form's question asked again.
 * It counts as the second asking, as a rephrasing does.
 */
export function questionUnanswered(agent: NormalizedAgent | undefined, property: string): string {
  return `${UNANSWERED}${askForArgument(agent, property)}`;
}

/** After two tries: offer a person, and say once more what an answer looks like. */
export function personOffer(agent: NormalizedAgent | undefined, property: string, schema: unknown): string {
  return (
    `I'm sorry, I'm not getting the ${spokenPropertyWords(property)} right. I can pass you to a member of our ` +
    `team: just say yes. Or try once more, for example: ${exampleFor(agent, property, schema)}`
  );
}

/** What an answer looks like: the author's example, the schema's "e.g. …", else one by the kind of value. */
export function exampleFor(agent: NormalizedAgent | undefined, property: string, schema: unknown): string {
  const own = agent?.responses?.examples?.[property];
  if (own) return own;
  type Declared = { description?: string; enum?: unknown[]; anyOf?: Declared[] };
  const declared = (schema as { properties?: Record<string, Declared> })?.properties?.[property];
  const description = String(declared?.description ?? '');
  const given = description.match(/\b(?:e\.g\.|for example|like)\s+(.+?)\)?$/i)?.[1];
  if (given) return given.replace(/;.*$/, '').trim();
  // A choice of a few words ("short, medium or long") is answered by one of them, not "the hair length".
  const choices = [declared, ...(declared?.anyOf ?? [])].flatMap((d) => d?.enum ?? []);
  const choice = choices.find((v): v is string => typeof v === 'string');
  if (choice) return choice;
  const words = propertyWords(property);
  if (/e-?mail/.test(words)) return 'sam.lee@example.com';
  if (/phone|mobile|number/.test(words)) return '555 0111';
  if (/date|day|dob|birth/.test(words)) return 'Friday, or 2031-06-20';
  if (/time/.test(words)) return '10am or 14:30';
  if (/name/.test(words)) return 'Sam Lee';
  return `the ${words}`;
}

/** The slot a question asked for, whether asked plainly, rephrased, or with a person offered. */
export function baseQuestion(text: string): { text: string; attempt: 1 | 2 | 3 } | { offeredWords: string } {
  const offer = text.match(OFFER);
  if (offer) return { offeredWords: offer[1] };
  if (text.startsWith(REPHRASE))
    return { text: text.slice(REPHRASE.length).replace(EXAMPLE, ''), attempt: 2 };
  if (text.startsWith(UNANSWERED)) return { text: text.slice(UNANSWERED.length), attempt: 2 };
  // "Thanks. Who should the demo invite be for? For example: Sam Lee": asked again, with an example,
  // after a reply that filled something else (formTurn.ts).
  if (text.startsWith(THANKED) && EXAMPLE.test(text))
    return { text: text.slice(THANKED.length).replace(EXAMPLE, ''), attempt: 2 };
  return { text, attempt: 1 };
}

/** The read-back templates the author wrote for a tool, most specific first. */
function confirmTemplates(agent: NormalizedAgent | undefined, toolName: string): readonly string[] {
  const written = agent?.responses?.confirm?.[toolName];
  return written === undefined ? [] : typeof written === 'string' ? [written] : written;
}

/**
 * What the state knows about the record a call is about, for the read-back: "move booking … at
 * {bookingTime}" names the booking's own time, which the call leaves out. Only values that are no
 * argument of the call (a payment's amount is said only once the customer named it), and only when
 * the call is about the record the state holds (no argument says otherwise).
 */
function aboutTheRecord(
  args: Record<string, unknown>,
  schema: JsonSchema,
  state: Record<string, unknown> | undefined,
): Record<string, unknown> {
  if (!state) return {};
  const other = Object.entries(args).some(([k, v]) => k in state && v != null && state[k] !== v);
  const properties = schema?.properties ?? {};
  return other ? {} : Object.fromEntries(Object.entries(state).filter(([k]) => !(k in properties)));
}

/**
 * The author's read-back, if one alternative fills: the first whose placeholders this call fills
 * ("pay {amount}" only once one was named), this turn's look-ups (`facts`, by tool name:
 * `{lookup_balance.card}`, forms/readBackFacts.ts) or what the state knows of the record (`state`).
 */
export function filledConfirmation(
  agent: NormalizedAgent | undefined,
  toolName: string,
  args: Record<string, unknown>,
  schema: JsonSchema,
  facts: Record<string, unknown> = {},
  state?: Record<string, unknown>,
): string | undefined {
  const record = aboutTheRecord(args, schema, state);
  // "let's book that": the subject said as a pronoun names nothing, so an alternative that names what the
  // conversation holds comes first (the salon's `{quotedServiceName}`); failing that, the words as said.
  const fill = (shown: Record<string, unknown>, known = record) =>
    confirmTemplates(agent, toolName)
      .map((template) => fillTemplate(template, [shown, facts, known]))
      .find((text) => text !== undefined);
  // Also when a value of the call differs from one the state holds ("10 is good" after the morning's
  // earliest time was kept): "Just to confirm: that on Saturday…" named nothing, where the state still
  // held the colour quoted. Only values no argument of the call has, and only in place of the pronoun.
  const held = Object.fromEntries(
    Object.entries(state ?? {}).filter(([k]) => !(k in (schema?.properties ?? {}))),
  );
  const shown = readable(args, schema);
  const withPronouns = readable(args, schema, true);
  const pronounLeftOut = Object.keys(withPronouns).length > Object.keys(shown).length;
  const filled = fill(shown) ?? (pronounLeftOut ? fill(shown, held) : undefined) ?? fill(withPronouns);
  // "to {timeText}" with the time as said ("at 1:30"): "to 1:30pm", never "to at 1:30pm"; nor "at at 11am"
  // for "at {newTime}" with a time said "at 11".
  return filled === undefined
    ? undefined
    : `${CONFIRM_PREFIX}${filled.replace(/\b(to|by|until|from|at)\s+at\s+(?=\d)/gi, '$1 ').replace(/[.\s]+$/, '')}.${CONFIRM_SUFFIX}`;
}

/** The read-back before a change: the author's one-line summary, else the arguments in words. */
export function confirmation(...call: Parameters<typeof filledConfirmation>): string {
  const filled = filledConfirmation(...call);
  if (filled) return filled;
  const [, toolName, args, schema] = call;
  const shown = readable(args, schema);
  const summary = `${capitalize(propertyWords(toolName))}: ${Object.entries(shown)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${propertyWords(k)} ${v}`)
    .join(', ')}`;
  return `${CONFIRM_PREFIX}${summary.replace(/[.\s]+$/, '')}.${CONFIRM_SUFFIX}`;
}

/**
 * A value the read-back names that the call does not have yet ("split your balance into {months}
 * monthly payments" with no months said): asked before the read-back, as a required value is, so the
 * one line can be said and one "yes" makes the change. Only when no alternative of the template fills.
 */
export function readBackGap(
  agent: NormalizedAgent | undefined,
  toolName: string,
  args: Readonly<Record<string, unknown>>,
): string | undefined {
  // A look-up's fact (`{lookup_balance.card}`) is no value to ask for: the look-up gives it.
  const templates = confirmTemplates(agent, toolName).map((t) => t.replace(/\{\w+\.[\w.]+\}/g, ''));
  if (templates.length === 0 || templates.some((t) => fillTemplate(t, [args]) !== undefined))
    return undefined;
  const gapsOf = (template: string) =>
    [...template.matchAll(/\{([\w]+)\}/g)]
      .map((m) => m[1])
      .filter((property) => args[property] === undefined || args[property] === null);
  // Everything said but which record ("push it back to half one"): ask for the record, not a new day.
  const onlyTheRecord = templates
    .map(gapsOf)
    .find((g) => g.length > 0 && g.every((p) => NAMES_A_RECORD.test(p)));
  if (onlyTheRecord) return onlyTheRecord[0];
  const gaps = gapsOf(templates.at(-1) ?? '');
  // What the customer wants (the new day) before which record it is about: a record's reference is
  // often in the conversation already or found by a look-up, and a required day was asked first.
  return gaps.find((property) => !NAMES_A_RECORD.test(property)) ?? gaps[0];
}

/** A property that names a record by its reference (`bookingRef`, `invoiceId`). */
const NAMES_A_RECORD = /(?:Ref|Reference|Id|ID)$/;

/** Whether `text` ends with a read-back (of any agent): a desk's read-back is relayed with its reply. */
export function isReadBack(text: string | undefined): boolean {
  return text?.includes(CONFIRM_PREFIX) === true && text.trimEnd().endsWith(CONFIRM_SUFFIX.trim());
}

/** What a read-back says will be done ("cancel your … visit …"), if `text` ends with one. */
export function readBackSummary(text: string | undefined): string | undefined {
  const start = text?.lastIndexOf(CONFIRM_PREFIX) ?? -1;
  if (!text || start === -1 || !isReadBack(text)) return undefined;
  return text
    .trimEnd()
    .slice(start + CONFIRM_PREFIX.length, -CONFIRM_SUFFIX.trim().length)
    .trim();
}

/** Which tool a read-back was for, if `text` is one of this agent's read-backs. */
export function confirmedTool(
  agent: NormalizedAgent | undefined,
  toolNames: readonly string[],
  text: string | undefined,
): string | undefined {
  const start = text?.lastIndexOf(CONFIRM_PREFIX) ?? -1;
  if (!text || start === -1 || !text.endsWith(CONFIRM_SUFFIX)) return undefined;
  const summary = text.slice(start + CONFIRM_PREFIX.length, -CONFIRM_SUFFIX.length);
  return toolNames.find((name) => {
    const templates = confirmTemplates(agent, name);
    if (templates.length === 0) return summary.startsWith(`${capitalize(propertyWords(name))}: `);
    return templates.some((template) => {
      const pattern = template
        .replace(/[.\s]+$/, '')
        .split(/\{[\w.]+\??\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.+?');
      return new RegExp(`^${pattern}\\.?$`, 's').test(summary);
    });
  });
}

/**
 * Values as a read-back says them; the call keeps its own: dates as days ("Tuesday 24 November
 * 2026"), a request said in a whole sentence as its subject ("I want to book a men's cut on Friday at
 * 11" → "men's cut").
 */
const kindOf = (schema: JsonSchema, name: string) =>
  describeProperty(name, (schema.properties?.[name] ?? {}) as JsonSchema).kind;

const BARE_PRONOUN = /^(?:that|this|it|them|those|these|one|that one|this one|the same)$/i;

/**
 * `subjectOf`, from a later sentence when the first names its thing only as a pronoun: "Great, I'll get
 * one at the desk. While I'm here, could I book myself a deep conditioning treatment…" is the treatment,
 * not "one".
 */
function namedSubjectOf(text: string): string {
  const subject = subjectOf(text);
  if (!BARE_PRONOUN.test(subject)) return subject;
  const later = text
    .split(/(?<=[.!?])\s+/)
    .slice(1)
    .filter((sentence) => BOOK_LEAD.test(sentence))
    .map((sentence) => [sentence.trim(), subjectOf(sentence)])
    .filter(([sentence, said]) => said !== sentence && !/^(?:it|that|this|them|one)\b/i.test(said))
    .map(([, said]) => said.replace(/^(?:myself|ourselves|himself|herself)\s+(?:(?:a|an)\s+)?/i, ''))
    .find((said) => said.length >= 3);
  return later ?? subject;
}

function readable(
  args: Record<string, unknown>,
  schema: JsonSchema,
  pronouns = false,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(args)) {
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) out[k] = longDay(v);
    else if (typeof v === 'string' && isFreeTextProperty(schema, k)) {
      const subject = namedSubjectOf(v);
      if (pronouns || !BARE_PRONOUN.test(subject)) out[k] = subject;
    } else if (typeof v === 'string' && kindOf(schema, k) === 'time') out[k] = withMeridiem(v);
    // Money with cents is said with two of them: "$13.40", never "$13.4".
    else if (typeof v === 'number' && !Number.isInteger(v) && kindOf(schema, k) === 'money')
      out[k] = v.toFixed(2);
    else out[k] = v;
  }
  return out;
}

/**
 * A clock time said without am or pm, as a read-back says it: "at 3" is read back "at 3pm", never "at
 * 3" beside a booking made for 15:00. Read as businesses read a bare hour (the templates' time parsers,
 * `afternoonUpTo: 7`): 1 to 7 is the afternoon, 8 to 11 the morning, 12 noon. A 24-hour time ("14:30"),
 * one with am/pm or a part of the day is said as it was.
 */
export function withMeridiem(time: string): string {
  if (/\b(?:[ap]\.?m\.?|noon|midnight|morning|afternoon|evening|tonight)\b|\d[ap]m\b/i.test(time))
    return time;
  const m = time.match(/\b(\d{1,2})(?:([:.])(\d{2}))?(?:\s*o'?\s?clock)?(?=\s*$)/i);
  if (!m || m.index === undefined) return time;
  const hour = Number(m[1]);
  // "09:00" (a listed time, read back as offered) is a 24-hour time: never "09:00am".
  if (hour < 1 || hour > 12 || /^0\d$/.test(m[1])) return time;
  const meridiem = hour <= 7 || hour === 12 ? 'pm' : 'am';
  const clock = m[3] === undefined ? m[1] : `${m[1]}:${m[3]}`;
  return `${time.slice(0, m.index)}${clock}${meridiem}`;
}

// The article is a whole word: "do you have anything" must not read back as "nything".
// Who it is for, said between the verb and "in"/"for" ("book my daughter in for a kids cut") is no service.
// "Book me a women's cut on Tuesday" is a women's cut, not "me a women's cut".
// "have you got anything thursday evening for a fringe trim" asks; its "have" leads no service (it read
// back "you got anything on Thursday …").
const BOOK_LEAD =
  /^.*?\b(?:book|get|have|add(?:\s+on)?(?=\s+(?:a|an)\s))\s+(?!you\b)(?:(?:me|us|him|her|them|(?:my|our)\s+[a-z]+)\s+(?=in\b|for\b)|(?:me|us)\s+(?=an?\s))?(?:in\s+)?(?:for\s+)?(?:(?:a|an|my|some|the)\b)?\s*/i;
// "how much are highlights?" asked before "book it": the service is what the price was asked of. "I want
// to make the reservation for cut hair" (a learner of English) is for the cut: the booking is no service
// (it was read back as "to make the reservation with Maya on Saturday…").
const REQUEST_LEAD =
  /^.*?\b(?:like|want|need|do|for|how much (?:is|are|would|will|does|do))\s+(?:to\s+(?:make|book|get|have)\s+(?:a|an|the)\s+(?:reservation|appointment|booking)\s+for\s+)?(?:(?:a|an|my|some|the)\b)?\s*/i;
/**
 * Where the thing asked for ends: at the when, the courtesy, "as well" or "too" ("a beard trim as well").
 * Not at an "and" that joins the service's own words ("a women's cut and blow-dry on friday", "toner and
 * gloss", "a wash and blowdry": read back as "women's cut", "toner", "wash"): one or two words after it,
 * then the end or the when; "a trim and my daughter too" and "a cut and I also want…" end at the "and".
 */
const REQUEST_TAIL =
  /[,.?!]|\s(?=\d)|\s(?:be|cost|costs|on|at|for|with|tomorrow|tmrw|today|next|this|please|from|around|by|under|as well|too|also|(?:on\s+)?(?:to|onto)\s+(?:that|it|this|my\s+(?:booking|appointment|appt))(?=\s*(?:$|[,.?!]|please|as well|too|also|for|on|at|tomorrow|today))|and(?!\s+(?!(?:i|we|my|our|his|her|their|the|a|an|also|then|can|could|would|will|it|that|this|you|he|she|they|maybe|so)\b)[a-z'-]+(?:\s+[a-z'-]+)?(?=\s*$|[,.?!]|\s+(?:on|at|for|with|tomorrow|tmrw|today|next|this|please|from|around|by|under)\b))|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b/i;

export function subjectOf(text: string): string {
  // "a women's cut please" → "women's cut": the courtesy and the article are not the service.
  if (text.split(/\s+/).length <= 4) return text.replace(/^(a|an)\s+|\s+(please|pls|thanks)[.!]*$/gi, '');
  const lead = BOOK_LEAD.test(text) ? text.replace(BOOK_LEAD, '') : text.replace(REQUEST_LEAD, '');
  const subject = lead.split(REQUEST_TAIL)[0].trim();
  // "do you have anything this saturday for a blow dry?": what it is for, when the thing asked is no
  // thing (it read back "anything on Saturday …").
  const named = VAGUE_THING.test(subject) ? text.match(FOR_WHAT)?.[1] : undefined;
  const namedSubject = named === undefined ? undefined : withWhomItIsFor(named);
  if (namedSubject && namedSubject.length >= 3) return namedSubject;
  const said = withWhomItIsFor(lead);
  return said.length >= 3 ? said.replace(/^(a|an)\s+/i, '') : text;
}

/** "for man", "for my son": whom a service is for, a person WordNet knows, said right after it. */
const FOR_WHOM = /^\s+for\s+(?:(?:a|an|the|my|our|his|her)\s+)?([a-z]+)\b/i;

/**
 * The subject said first in `text`, with whom it is for when that follows it: "haircut for man" is a
 * haircut for a man ("I wish to make an appointment for haircut for man" was read back as "haircut", and
 * the desk asked which cut), but "a blow dry for tomorrow" is a blow dry.
 */
function withWhomItIsFor(text: string): string {
  const subject = text.split(REQUEST_TAIL)[0].trim();
  const rest = text.slice(text.indexOf(subject) + subject.length);
  const whom = rest.match(FOR_WHOM);
  return whom && isPersonWord(whom[1]) ? `${subject}${whom[0]}` : subject;
}

// "I would like to make an appointment for haircut for man": making the appointment is no service either.
const VAGUE_THING =
  /^(?:(?:to )?(?:make|book|schedule|get|have|set up) )?(?:anything|something|availability|openings?|space|room|time|(?:a |an )?(?:slot|appointment|booking)s?)$/i;
const FOR_WHAT = /\bfor\s+(?:(?:a|an|my|some|the)\s+)?(.+)$/i;

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/** "2026-12-03" as a read-back says it: "Thursday 3 December 2026" (a day that does not exist as said). */
export function longDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  // "2025-02-30" is no day: read it back as said, never as the 2 March it would roll over to.
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) return iso;
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function capitalize(text: string): string {
  return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text;
}
