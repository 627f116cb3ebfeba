import { amountLeftOut } from './amountLeftOut.ts';
import { findMoneyFor, findPercent, isPercentName } from './amounts.ts';
import { fromAnswer } from './answerValue.ts';
import { comparesValues } from './comparedValues.ts';
import { findEmail, findPhone } from './contactDetails.ts';
import { earliestTimeSaid, isEarliestTime } from './earliestTime.ts';
import {
  findBoolean,
  findCompanyName,
  findEnumValue,
  findPersonName,
  findReference,
  STREET_ADDRESS,
  withoutBirthDates,
} from './entityExtractors.ts';
import {
  dayKept,
  holdsNewValue,
  newValuesWithDay,
  recordPersonLeftOut,
  withoutGivenUp,
  withoutMembersDenied,
  withoutMembersHeld,
} from './forms/currentValues.ts';
import { referencesIn } from './forms/picks.ts';
import {
  afterSelfCorrection,
  correctedReference,
  saidLast,
  withoutChangeWords,
} from './forms/selfCorrection.ts';
import { findRoleMember, findTimeOfDay, isOnlyFiller, nameBeforeBirthDate } from './forms/slotValues.ts';
import { onlyGivesContact, reasonFrom, saysWhy } from './forms/statedReason.ts';
import { isLengthEnum, lengthsByTheBody, lengthsWanted } from './lengthWords.ts';
import { nameBesideNumber, nameSaidAlone } from './nameAlone.ts';
import { findNumber } from './numberSaid.ts';
import { settleAmounts } from './oneAmountOneValue.ts';
import { isPartOfDayEnum, partsOfDayWanted } from './partOfDayWanted.ts';
import { coerce } from './propertyCoercion.ts';
import {
  describeProperty,
  isHintedReference,
  type JsonSchema,
  type PropertyInfo,
  referenceHints,
} from './propertyKinds.ts';
import { dateSaid, daysInHand } from './shiftedDate.ts';
import { bareHour, correctedHour } from './spokenHours.ts';
import { inTheWeekSaid, isOneDay } from './weekSaidBefore.ts';

export { propertyWords } from './propertyKinds.ts';

/**
 * Fills a function tool's arguments from its JSON schema, never inventing a value: each property comes
 * from the structured conversation state (same name), else from the user's own words (newest message
 * first) by a finder chosen from the property's type, name, description, pattern and enum.
 */

export type { JsonSchema } from './propertyKinds.ts';

export type ArgumentSources = {
  /** Structured conversation context (turn scope state). */
  state?: Record<string, unknown>;
  /** User messages, newest first. */
  messages: readonly string[];
  /** The message that selected the tool: the best source for free-text fields such as `reason`. */
  focusText?: string;
  /**
   * The customer's reply to our question for a property (by property name). It is read with that
   * property's finder first; a free-text string property takes the reply as it is ("Acme Ltd").
   */
  answers?: Readonly<Record<string, string>>;
  /** Clock for relative dates ("tomorrow"). */
  now: Date;
  /** The month a day said alone ("the twelfth") is in: an upcoming date the state holds (dayOfMonth.ts). */
  near?: string;
  /** The day of the booking in hand, which a move may be said from ("push it back a week"). */
  booked?: string;
};

export type ArgumentFill = {
  args: Record<string, unknown>;
  /** Required, non-nullable properties nothing could fill, in schema order. */
  missing: string[];
  /** Optional or nullable properties nothing could fill, in schema order (sent as null or left out). */
  unfilled: string[];
};

/** Date properties that hold a birth date ("dob", "dateOfBirth"). */
const BIRTH_PROPERTY = /birth|\bdob\b/i;

/** Enum properties naming a member of staff: their values are people's names. */
const ROLE = /stylist|provider|doctor|clinician|therapist|barber|staff|agent|rep/i;

export function fillArguments(schema: JsonSchema, given: ArgumentSources): ArgumentFill {
  const sources = { ...given, ...daysInHand(given) };
  const properties: Record<string, JsonSchema> = schema?.properties ?? {};
  const required = new Set<string>(schema?.required ?? []);
  const args: Record<string, unknown> = {};
  const missing: string[] = [];
  const unfilled: string[] = [];
  const isNew = (name: string) => holdsNewValue(describeProperty(name, properties[name]).description);
  const newValues = Object.keys(properties).some(isNew) ? newValuesWithDay(sources) : sources;
  for (const [name, raw] of Object.entries(properties)) {
    const info = describeProperty(name, raw);
    const answer = fromAnswer(info, sources.answers?.[name]);
    // A change's new day or time is not the booking's now ("I've got one at 1, push it to 2"), nor a day said earlier once "same day" is.
    // Whom the record is with names the record, when another member of staff is named for the search.
    const besideRecord = ROLE.test(name) && !isNew(name) ? recordPersonLeftOut(sources) : undefined;
    const said = isNew(name)
      ? info.kind === 'date'
        ? dayKept(newValues)
        : newValues
      : besideRecord && fromMessages(info, besideRecord) !== undefined
        ? besideRecord
        : sources;
    // "anything thursday after 4": the earliest the customer can come, said only as such (earliestTime.ts).
    if (info.kind === 'time' && isEarliestTime(info.description)) {
      const earliest = earliestTimeSaid(said.messages);
      if (earliest !== undefined) args[name] = earliest;
      else unfilled.push(name);
      continue;
    }
    // A free-text property answered directly ("why the refund?") takes the answer over the request.
    // A time the customer said (to our question, or in a correction: "no, make it 3pm") beats one the
    // state holds (the earliest time offered for "tomorrow afternoon").
    const found =
      mentionedNow(info, said) ??
      referenceSinceRequest(info, sources) ??
      (info.kind === 'time'
        ? (answeredTime(info, said.answers?.[name], said) ?? fromMessages(info, said))
        : undefined) ??
      fromState(info, sources.state) ??
      (info.kind === 'freeText' ? answer : undefined) ??
      (amountLeftOut(info, said.messages[0], !required.has(name) || info.nullable)
        ? undefined
        : fromMessages(info, said, required.has(name) && !info.nullable)) ??
      answer ??
      (info.kind === 'person'
        ? (nameSaidAlone(said.messages, sources.answers, name) ?? nameBesideNumber(said.messages))
        : undefined);
    // "sometime next week", then "thursday": that week's Thursday (weekSaidBefore.ts).
    const value =
      info.kind === 'date' && typeof found === 'string'
        ? inTheWeekSaid(found, said.messages, sources.now)
        : found;
    if (value !== undefined) args[name] = value;
    else if (info.nullable) {
      // Strict schemas list optional properties as required-but-nullable: send an explicit null.
      if (required.has(name)) args[name] = null;
      unfilled.push(name);
    } else if (required.has(name)) missing.push(name);
    else unfilled.push(name);
  }
  // One amount said fills one money value, not every one, nor a count (oneAmountOneValue.ts).
  unfilled.push(...settleAmounts(schema, args, sources.messages));
  return { args, missing, unfilled };
}

/**
 * Properties of `schema` that `text` alone fills with a value of an unmistakable shape (a reference
 * matching the property's pattern or prefix, an email, a phone number): "WH-303" names a webhook.
 */
export function propertiesNamedIn(schema: JsonSchema, text: string, now: Date): string[] {
  const properties: Record<string, JsonSchema> = schema?.properties ?? {};
  return Object.entries(properties)
    .map(([name, raw]) => describeProperty(name, raw))
    .filter((info) => info.kind === 'email' || info.kind === 'phone' || isHintedReference(info))
    .filter((info) => coerce(info, find(info, text, now)) !== undefined)
    .map((info) => info.name);
}

/**
 * The value `text` gives for one property by that property's own finder (a date for `date`, a plan
 * name for an enum); undefined for free-text properties, which any words would fill.
 */
export function findPropertyValue(schema: JsonSchema, property: string, text: string, now: Date): unknown {
  const raw = schema?.properties?.[property];
  if (!raw) return undefined;
  const info = describeProperty(property, raw);
  if (info.kind === 'freeText' || info.kind === 'unknown') return undefined;
  return coerce(info, find(info, text, now));
}

/**
 * The reply as the value of a name-like property asked for (a person's name, a company): "Dana Ruiz"
 * answers "May I have your full name?" though no finder reads a bare name from a sentence.
 */
export function namedAnswer(schema: JsonSchema, property: string, text: string): unknown {
  const raw = schema?.properties?.[property];
  if (!raw) return undefined;
  const info = describeProperty(property, raw);
  return info.kind === 'person' || info.kind === 'company' ? fromAnswer(info, text) : undefined;
}

/** Properties with a fixed set of values that `text` names one of ("how much is Scale?" → plan). */
export function enumPropertiesNamedIn(schema: JsonSchema, text: string): string[] {
  return Object.entries((schema?.properties ?? {}) as Record<string, JsonSchema>)
    .map(([name, raw]) => describeProperty(name, raw))
    .filter(
      (info) =>
        info.kind === 'enum' &&
        !ROLE.test(info.name) &&
        (find(info, text, new Date(0)) !== undefined || comparesValues(text, info.enum!)),
    )
    .map((info) => info.name);
}

/** Whether any words fill this property (a reason, a description): the slot a form fills with a reply as said. */
export function isFreeTextProperty(schema: JsonSchema, property: string): boolean {
  const raw = schema?.properties?.[property];
  return raw !== undefined && describeProperty(property, raw).kind === 'freeText';
}

/** A plain string property no finder reads (a company name): only a reply can fill it. */
export function isPlainTextProperty(schema: JsonSchema, property: string): boolean {
  const raw = schema?.properties?.[property];
  if (raw === undefined) return false;
  const info = describeProperty(property, raw);
  const plain = info.kind === 'unknown' || info.kind === 'company';
  return plain && (info.types.includes('string') || info.types.length === 0);
}

function fromState(p: PropertyInfo, state: Record<string, unknown> | undefined): unknown {
  if (!state) return undefined;
  const key = (k: string) => k.toLowerCase().replace(/[_-]/g, '');
  const match =
    Object.keys(state).find((k) => k === p.name) ?? Object.keys(state).find((k) => key(k) === key(p.name));
  return match === undefined ? undefined : coerce(p, state[match]);
}

/**
 * The time answered to our question, unless a later message changed it ("at 3pm", then to the
 * read-back "no sorry 4pm", then "yes": 4pm). `messages` are newest first.
 */
function answeredTime(p: PropertyInfo, answer: string | undefined, sources: ArgumentSources): unknown {
  if (answer === undefined) return undefined;
  const at = sources.messages.indexOf(answer);
  const later = at > 0 ? fromMessages(p, { ...sources, messages: sources.messages.slice(0, at) }) : undefined;
  return later ?? coerce(p, find(p, answer, sources.now, sources.near, sources.booked) ?? bareHour(answer));
}

/**
 * A value of unmistakable shape that the newest message states outright ("the Growth plan", "WH-304")
 * overrides what the state remembers: the customer is correcting or changing it.
 */
function mentionedNow(p: PropertyInfo, sources: ArgumentSources): unknown {
  const latest = sources.messages[0];
  if (latest === undefined) return undefined;
  if (
    p.kind !== 'enum' &&
    p.kind !== 'email' &&
    p.kind !== 'phone' &&
    p.kind !== 'time' &&
    !isHintedReference(p)
  )
    return undefined;
  return coerce(p, find(p, latest, sources.now, sources.near, sources.booked));
}

/**
 * "can i see LST-1015 on saturday at 10", then the name and the number: a reference the customer said
 * in the request (or since) beats the one the state remembers, which is what a tool last showed (a
 * search keeps the first of the homes it found, LST-1013: the viewing was booked of that one).
 */
function referenceSinceRequest(p: PropertyInfo, sources: ArgumentSources): unknown {
  if (!isHintedReference(p) || sources.focusText === undefined) return undefined;
  const at = sources.messages.indexOf(sources.focusText);
  if (at < 0) return undefined;
  for (const message of sources.messages.slice(0, at + 1)) {
    const value = coerce(p, find(p, message, sources.now, sources.near, sources.booked));
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Whether a message says something in words beyond references and numbers: "SL-2057 please" picks a
 * slot, it is no reason for a visit, while "a checkup for my knee" is one.
 */
function saysSomethingInWords(text: string): boolean {
  return !isOnlyFiller(text.replace(/\b[A-Za-z]{0,6}-?\d[\w-]*\b/g, ' '));
}

/** A free-text property that holds a home or place by its street address ("The home by its street address"). */
const HOLDS_ADDRESS = /^the \w+ by its street address\b/i;

function fromMessages(p: PropertyInfo, sources: ArgumentSources, required = false): unknown {
  // "could I come and look at 27 Willow Court on Thursday?", then "Friday would be better, 5:30": the
  // home is the address said, not the newest message (the viewing was booked for "Friday would be…").
  // Not past a home named since by its number ("LST-1004"), nor when the state holds one by its number
  // (a home shown: the tool takes that one), which the property is left out for; and a message that says
  // the address itself is taken as said (with its town, "12 Oak Lane, Maplewood"). Held-out conversations
  // lost a row without the state's home spared (cause not read).
  const focus = sources.focusText ?? sources.messages[0];
  const holdsReference = Object.values(sources.state ?? {}).some(
    (v) => typeof v === 'string' && referencesIn(v)[0] === v,
  );
  if (
    p.kind === 'freeText' &&
    HOLDS_ADDRESS.test(p.description) &&
    !STREET_ADDRESS.test(focus ?? '') &&
    !holdsReference
  ) {
    const since = sources.messages.findIndex((m) => STREET_ADDRESS.test(m) || referencesIn(m).length > 0);
    const address = since < 0 ? undefined : sources.messages[since].match(STREET_ADDRESS)?.[0];
    if (address !== undefined) return coerce(p, address.trim());
  }
  if (p.kind === 'freeText') {
    // "Greg Holt 555-0155" chose the call-back (a name said alone) and became its reason: a message that
    // only gives who to call says nothing of what about; the newest one that does is the reason.
    const said = (sources.focusText ?? sources.messages[0])?.trim();
    const focus =
      said && onlyGivesContact(said) ? (sources.messages.find((m) => !onlyGivesContact(m)) ?? said) : said;
    // Why (a visit's reason): the clause said beside the request, never a pick (forms/statedReason.ts).
    if (!saysWhy(p.name, p.description))
      return focus && saysSomethingInWords(focus) ? coerce(p, withoutChangeWords(focus)) : undefined;
    const why = reasonFrom({ ...sources, focus, required, saysSomething: saysSomethingInWords });
    return why === undefined ? undefined : coerce(p, why);
  }
  if (p.kind === 'unknown') return undefined;
  for (const message of sources.messages) {
    const value = coerce(p, find(p, message, sources.now, sources.near, sources.booked));
    if (value !== undefined) return value;
  }
  return undefined;
}

function find(p: PropertyInfo, text: string, now: Date, near?: string, booked?: string): unknown {
  switch (p.kind) {
    case 'enum':
      // A stylist or doctor is set only when named as one ("with Maya"): customers share first names.
      if (ROLE.test(p.name)) return findRoleMember(withoutMembersDenied(text, p.enum!), p.enum!);
      // "vomiting since this afternoon" is no afternoon wanted, "after 5" is the evening (partOfDayWanted.ts).
      // "how long does it take?" names no hair length (lengthWords.ts).
      // "My hair's long. Well, actually, no, it's more medium really": the length after the correction.
      if (isLengthEnum(p.enum!)) return enumSaid(lengthsByTheBody(lengthsWanted(text), p.enum!), p.enum!);
      if (comparesValues(text, p.enum!)) return undefined;
      return enumSaid(isPartOfDayEnum(p.enum!) ? partsOfDayWanted(text) : text, p.enum!);
    case 'time':
      return findTimeOfDay(text) ?? correctedHour(text);
    case 'boolean':
      return findBoolean(text);
    case 'email':
      return findEmail(text);
    case 'phone':
      // "07700 900330. Oh wait, no, sorry, it's 07700 900303": the number said after the correction.
      return saidLast(text, findPhone);
    case 'date': {
      // "this thursday... no sorry, this friday": the day said after the self-correction, as for times.
      const how = { near, booked, isNew: holdsNewValue(p.description), oneDay: isOneDay(p.description) };
      // "his name is Tomás Herrera, born 30 May 2015" to a booking's name question: no day to search.
      const days = BIRTH_PROPERTY.test(`${p.name} ${p.description}`) ? text : withoutBirthDates(text);
      return saidLast(days, (said) => dateSaid(said, now, how));
    }
    case 'money':
      return findMoneyFor(p.name, text);
    case 'person':
      return findPersonName(text) ?? nameBeforeBirthDate(text);
    case 'number':
      return isPercentName(p.name) ? findPercent(text) : findNumber(text, p.name);
    case 'reference': {
      const hints = referenceHints(p);
      return correctedReference(text, (said) => findReference(said, hints)) ?? findReference(text, hints);
    }
    case 'company':
      return findCompanyName(text);
    default:
      return undefined;
  }
}

/**
 * "downgrade … to Starter. No wait, sorry, Growth": the value said after the customer's last
 * self-correction (forms/selfCorrection.ts, as for days and times), else the value of the whole message.
 */
function enumSaid(said: string, values: readonly string[]): string | undefined {
  const text = withoutMembersDenied(withoutMembersHeld(said, values), values);
  const corrected = afterSelfCorrection(text);
  // "Rather than using the card on file, could you text a link": the value given up is not the one wanted.
  return (
    (corrected === undefined ? undefined : findEnumValue(corrected, values)) ??
    findEnumValue(withoutGivenUp(text), values) ??
    findEnumValue(text, values)
  );
}
