import {
  findBoolean,
  findDate,
  findEmail,
  findEnumValue,
  findMoney,
  findNumber,
  findPersonName,
  findPhone,
  findReference,
} from './entityExtractors.ts';
import {
  findRoleMember,
  findTimeOfDay,
  isOnlyFiller,
  leadingPersonName,
  nameBeforeBirthDate,
} from './forms/slotValues.ts';

/**
 * Fills a function tool's arguments from its JSON schema, never inventing a value: each property comes
 * from the structured conversation state (same name), else from the user's own words (newest message
 * first) by a finder chosen from the property's type, name, description, pattern and enum.
 */

export type JsonSchema = Record<string, any>;

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
};

export type ArgumentFill = {
  args: Record<string, unknown>;
  /** Required, non-nullable properties nothing could fill, in schema order. */
  missing: string[];
  /** Optional or nullable properties nothing could fill, in schema order (sent as null or left out). */
  unfilled: string[];
};

type Kind =
  | 'enum'
  | 'boolean'
  | 'email'
  | 'phone'
  | 'date'
  | 'money'
  | 'reference'
  | 'person'
  | 'time'
  | 'number'
  | 'freeText'
  | 'unknown';

type PropertyInfo = {
  name: string;
  types: string[];
  enum?: string[];
  description: string;
  pattern?: string;
  format?: string;
  nullable: boolean;
  kind: Kind;
};

const FREE_TEXT =
  /reason|description|details?|message|note|summary|issue|problem|question|comment|text|query|feedback|subject|explanation/i;
/** Enum properties naming a member of staff: their values are people's names. */
const ROLE = /stylist|provider|doctor|clinician|therapist|barber|staff|agent|rep/i;
const NOT_A_PERSON =
  /^(user|file|plan|product|company|business|tool|agent|org|organization|team|account|project|display)name$/i;

export function fillArguments(schema: JsonSchema, sources: ArgumentSources): ArgumentFill {
  const properties: Record<string, JsonSchema> = schema?.properties ?? {};
  const required = new Set<string>(schema?.required ?? []);
  const args: Record<string, unknown> = {};
  const missing: string[] = [];
  const unfilled: string[] = [];
  for (const [name, raw] of Object.entries(properties)) {
    const info = describeProperty(name, raw);
    const answer = fromAnswer(info, sources.answers?.[name]);
    // A free-text property answered directly ("why the refund?") takes the answer over the request.
    const value =
      mentionedNow(info, sources) ??
      fromState(info, sources.state) ??
      (info.kind === 'freeText' ? answer : undefined) ??
      fromMessages(info, sources) ??
      answer;
    if (value !== undefined) args[name] = value;
    else if (info.nullable) {
      // Strict schemas list optional properties as required-but-nullable: send an explicit null.
      if (required.has(name)) args[name] = null;
      unfilled.push(name);
    } else if (required.has(name)) missing.push(name);
    else unfilled.push(name);
  }
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

/** Properties with a fixed set of values that `text` names one of ("how much is Scale?" → plan). */
export function enumPropertiesNamedIn(schema: JsonSchema, text: string): string[] {
  return Object.entries((schema?.properties ?? {}) as Record<string, JsonSchema>)
    .map(([name, raw]) => describeProperty(name, raw))
    .filter(
      (info) => info.kind === 'enum' && !ROLE.test(info.name) && find(info, text, new Date(0)) !== undefined,
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
  return info.kind === 'unknown' && (info.types.includes('string') || info.types.length === 0);
}

function isHintedReference(info: PropertyInfo): boolean {
  if (info.kind !== 'reference') return false;
  const hints = referenceHints(info);
  return hints.pattern !== undefined || hints.prefix !== undefined;
}

/** Spoken form of a property name: `invoiceId` → "invoice ID". */
export function propertyWords(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .replace(/\bid\b/g, 'ID')
    .trim();
}

function describeProperty(name: string, raw: JsonSchema): PropertyInfo {
  const members: JsonSchema[] = raw.anyOf ?? raw.oneOf ?? [raw];
  const types: string[] = [];
  let nullable = false;
  let merged: JsonSchema = {};
  for (const member of members) {
    const memberTypes: string[] = Array.isArray(member.type) ? member.type : member.type ? [member.type] : [];
    if (memberTypes.includes('null')) nullable = true;
    const nonNull = memberTypes.filter((t) => t !== 'null');
    if (nonNull.length > 0 || member.enum) {
      types.push(...nonNull);
      merged = { ...merged, ...member };
    }
  }
  const info: Omit<PropertyInfo, 'kind'> = {
    name,
    types,
    enum: merged.enum?.filter((v: unknown) => v !== null).map(String),
    description: String(raw.description ?? merged.description ?? ''),
    pattern: merged.pattern,
    format: merged.format,
    nullable,
  };
  return { ...info, kind: classify(info) };
}

function classify(p: Omit<PropertyInfo, 'kind'>): Kind {
  const name = p.name;
  const text = `${propertyWords(name)} ${p.description}`.toLowerCase();
  if (p.enum && p.enum.length > 0) return 'enum';
  if (p.types.includes('boolean')) return 'boolean';
  if (p.format === 'email' || /e-?mail/i.test(name)) return 'email';
  if (/phone|mobile|tel(ephone)?$/i.test(name)) return 'phone';
  if (
    p.format === 'date' ||
    p.format === 'date-time' ||
    /date|day$|^when$/i.test(name) ||
    /\byyyy\b/.test(text)
  ) {
    return 'date';
  }
  if (
    /amount|price|cost|total|budget|fee|refund|charge|sum/i.test(name) ||
    /\bdollars?\b|\$|\bamount\b/.test(text)
  ) {
    return 'money';
  }
  // Before free text: "timeText" is a clock time, not a sentence.
  if (/time/i.test(name) && !p.types.includes('number') && !p.types.includes('integer')) return 'time';
  if (p.pattern) return 'reference';
  if (/(id|ref|reference|number|code|no)$/i.test(name) && /[a-z]/.test(name) && !p.types.includes('number')) {
    return 'reference';
  }
  if (
    (/^name$|name$/i.test(name) && !NOT_A_PERSON.test(name)) ||
    /name of the (person|customer|caller)/i.test(text)
  ) {
    return 'person';
  }
  if (p.types.includes('number') || p.types.includes('integer')) return 'number';
  if (FREE_TEXT.test(name)) return 'freeText';
  return 'unknown';
}

function fromState(p: PropertyInfo, state: Record<string, unknown> | undefined): unknown {
  if (!state) return undefined;
  const key = (k: string) => k.toLowerCase().replace(/[_-]/g, '');
  const match =
    Object.keys(state).find((k) => k === p.name) ?? Object.keys(state).find((k) => key(k) === key(p.name));
  return match === undefined ? undefined : coerce(p, state[match]);
}

/** Words that decline a question rather than answer it ("no", "I don't have one", "skip"). */
const DECLINED =
  /^(no|nope|none|nothing|n\/?a|skip|pass)\b|\b(not sure|no idea|rather not|don'?t know|do not know|don'?t have|do not have)\b/i;
/** How people lead into a short answer: "it's Acme Ltd", "I'm Dana", "my name is Dana". */
const LEAD_IN =
  /^(it'?s|it is|that'?s|that is|this is|we'?re|we are|i'?m|i am|my name is|my name'?s|name'?s|the company is|our company is|company is)\s+/i;
const MAX_ANSWER_WORDS = 8;

/**
 * The reply to the question we asked for this property, taken as it is: only for string properties
 * no finder can read (a company, a name without "my name is", a reason). Typed values (dates,
 * emails, ids) come from the finders, which read every message, so a newer message still wins.
 */
function fromAnswer(p: PropertyInfo, answer: string | undefined): unknown {
  const text = answer?.trim();
  if (!text) return undefined;
  const takesText = p.kind === 'freeText' || p.kind === 'person' || p.kind === 'unknown';
  if (!takesText || !(p.types.includes('string') || p.types.length === 0)) return undefined;
  // A name must read as a name: "3pm works" or "the first one is fine" answer something else.
  if (p.kind === 'person') return leadingPersonName(text);
  const phrase = plainPhrase(text, p.kind !== 'freeText');
  if (phrase === undefined || isOnlyFiller(phrase)) return undefined;
  return phrase;
}

/**
 * The reply as a value, unless it is a question, declines, or carries a value of another shape (an
 * email or a reference in reply to "what's your name?" answers something else). `short`: names and
 * the like are a few words, not a paragraph.
 */
function plainPhrase(text: string, short: boolean): string | undefined {
  const clean = text.replace(/[\s.!,;]+$/, '').trim();
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

/**
 * A value of unmistakable shape that the newest message states outright ("the Growth plan", "WH-304")
 * overrides what the state remembers: the customer is correcting or changing it.
 */
function mentionedNow(p: PropertyInfo, sources: ArgumentSources): unknown {
  const latest = sources.messages[0];
  if (latest === undefined) return undefined;
  if (p.kind !== 'enum' && p.kind !== 'email' && p.kind !== 'phone' && !isHintedReference(p))
    return undefined;
  return coerce(p, find(p, latest, sources.now));
}

function fromMessages(p: PropertyInfo, sources: ArgumentSources): unknown {
  if (p.kind === 'freeText') {
    const text = (sources.focusText ?? sources.messages[0])?.trim();
    return text && !isOnlyFiller(text) ? coerce(p, text) : undefined;
  }
  if (p.kind === 'unknown') return undefined;
  for (const message of sources.messages) {
    const value = coerce(p, find(p, message, sources.now));
    if (value !== undefined) return value;
  }
  return undefined;
}

function find(p: PropertyInfo, text: string, now: Date): unknown {
  switch (p.kind) {
    case 'enum':
      // A stylist or doctor is set only when named as one ("with Maya"): customers share first names.
      return ROLE.test(p.name) ? findRoleMember(text, p.enum!) : findEnumValue(text, p.enum!);
    case 'time':
      return findTimeOfDay(text);
    case 'boolean':
      return findBoolean(text);
    case 'email':
      return findEmail(text);
    case 'phone':
      return findPhone(text);
    case 'date':
      return findDate(text, now);
    case 'money':
      return findMoney(text);
    case 'person':
      return findPersonName(text) ?? nameBeforeBirthDate(text);
    case 'number':
      return findNumber(text, p.name);
    case 'reference':
      return findReference(text, referenceHints(p));
    default:
      return undefined;
  }
}

function referenceHints(p: PropertyInfo): { pattern?: RegExp; prefix?: string; stem?: string } {
  if (p.pattern) {
    try {
      return { pattern: new RegExp(p.pattern.replace(/^\^/, '').replace(/\$$/, '')) };
    } catch {
      // An unusable pattern falls back to the name-based hints below.
    }
  }
  const example = p.description.match(/\b([A-Z]{2,8})-?\d{2,}/);
  const stem = propertyWords(p.name)
    .toLowerCase()
    .split(' ')
    .find((w) => !/^(id|ref|reference|number|code|no)$/.test(w));
  return { prefix: example?.[1], stem };
}

/** Makes a found value fit the property's type, or drops it (undefined) when it cannot. */
function coerce(p: PropertyInfo, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (p.enum && !p.enum.includes(String(value))) return undefined;
  const wantsNumber = p.types.includes('number') || p.types.includes('integer');
  const wantsString = p.types.includes('string') || p.types.length === 0;
  if (typeof value === 'number') {
    if (wantsNumber)
      return p.types.includes('integer') && !p.types.includes('number') && !Number.isInteger(value)
        ? undefined
        : value;
    return wantsString ? String(value) : undefined;
  }
  if (typeof value === 'boolean')
    return p.types.includes('boolean') || p.types.length === 0 ? value : undefined;
  if (typeof value === 'string') {
    if (wantsString) return value;
    if (wantsNumber && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
    return undefined;
  }
  return p.types.includes('object') || p.types.includes('array') ? value : undefined;
}
