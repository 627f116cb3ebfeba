/** A tool's parameters as JSON Schema (what the SDK hands the model). */
export type JsonSchema = Record<string, any>;

// What a tool argument is, read from its JSON schema: its kind (a date, a reference, a person's name…)
// decides which finder reads it from the conversation (argumentExtraction.ts).

export type Kind =
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
  | 'company'
  | 'freeText'
  | 'unknown';

export type PropertyInfo = {
  name: string;
  types: string[];
  enum?: string[];
  description: string;
  pattern?: string;
  format?: string;
  nullable: boolean;
  kind: Kind;
  /**
   * The least and most a number may be: the schema's minimum and maximum, or a range its description
   * states ("How many monthly payments, 2 to 12"): "thirty a month" is no count of months.
   */
  range?: readonly [number, number];
};

const FREE_TEXT =
  /reason|description|details?|message|note|summary|issue|problem|question|comment|text|query|feedback|subject|explanation/i;
/** A string property naming an organisation: read from "from Ortiz Freight", or taken as answered. */
const COMPANY = /^(company|business|organi[sz]ation|org|employer|firm)(name)?$/i;
const NOT_A_PERSON =
  /^(user|file|plan|product|company|business|tool|agent|org|organization|team|account|project|display)name$/i;

export function isHintedReference(info: PropertyInfo): boolean {
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

/**
 * A property's words as said to a customer: how a schema stores a value is no word they use ("timeText"
 * is the time, "serviceDescription" the service; "I'm not getting the time text right" was said to
 * callers). Matching keeps `propertyWords`, whose storage words some questions and kinds are read by.
 */
export function spokenPropertyWords(name: string): string {
  return propertyWords(name).replace(/^(.+?) (text|description|iso|string|value)$/, '$1');
}

/*
 * What a property's schema says, kept per schema object: the offline model asks it about the same tool
 * schemas on every model call (argument extraction, forms, tool choice: 0.2 ms of a support turn,
 * issue #20). Schemas are not changed once a tool is defined; the description is frozen, so a caller
 * that tried to change it would fail loudly instead of changing it for every later turn.
 */
const described = new WeakMap<JsonSchema, Map<string, PropertyInfo>>();

export function describeProperty(name: string, raw: JsonSchema): PropertyInfo {
  if (typeof raw !== 'object' || raw === null) return readProperty(name, raw ?? {});
  let byName = described.get(raw);
  if (!byName) {
    byName = new Map();
    described.set(raw, byName);
  }
  let info = byName.get(name);
  if (!info) {
    info = readProperty(name, raw);
    Object.freeze(info.types);
    if (info.enum) Object.freeze(info.enum);
    byName.set(name, Object.freeze(info));
  }
  return info;
}

function readProperty(name: string, raw: JsonSchema): PropertyInfo {
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
  const range = numberRange(types, merged, info.description);
  return { ...info, kind: classify(info), ...(range ? { range } : {}) };
}

const STATED_RANGE = /\b(\d+)\s*(?:to|-|–)\s*(\d+)\b/;

function numberRange(types: string[], schema: JsonSchema, description: string): [number, number] | undefined {
  if (!types.includes('number') && !types.includes('integer')) return undefined;
  const stated = description.match(STATED_RANGE);
  const low = typeof schema.minimum === 'number' ? schema.minimum : stated ? Number(stated[1]) : undefined;
  const high = typeof schema.maximum === 'number' ? schema.maximum : stated ? Number(stated[2]) : undefined;
  if (low === undefined && high === undefined) return undefined;
  const range: [number, number] = [low ?? Number.NEGATIVE_INFINITY, high ?? Number.POSITIVE_INFINITY];
  return range[0] <= range[1] ? range : undefined;
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
  if (COMPANY.test(name)) return 'company';
  if (FREE_TEXT.test(name)) return 'freeText';
  return 'unknown';
}

/**
 * A property whose description says customers write numeric dates month first ("…, e.g. 1984-03-12;
 * callers write numeric dates month first, 03/12/1984"): an ambiguous "03/12/1984" is read that way
 * (a US clinic's callers) rather than left unread and asked for again.
 */
const MONTH_FIRST = /\bmonth first\b|\bMM\/DD\b/i;

export function referenceHints(p: PropertyInfo): {
  pattern?: RegExp;
  prefix?: string;
  stem?: string;
  monthFirst?: boolean;
} {
  if (p.pattern) {
    try {
      const pattern = new RegExp(p.pattern.replace(/^\^/, '').replace(/\$$/, ''));
      return MONTH_FIRST.test(p.description) ? { pattern, monthFirst: true } : { pattern };
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
