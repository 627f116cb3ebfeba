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
  /** Clock for relative dates ("tomorrow"). */
  now: Date;
};

export type ArgumentFill = {
  args: Record<string, unknown>;
  /** Required, non-nullable properties nothing could fill, in schema order. */
  missing: string[];
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
const NOT_A_PERSON =
  /^(user|file|plan|product|company|business|tool|agent|org|organization|team|account|project|display)name$/i;

export function fillArguments(schema: JsonSchema, sources: ArgumentSources): ArgumentFill {
  const properties: Record<string, JsonSchema> = schema?.properties ?? {};
  const required = new Set<string>(schema?.required ?? []);
  const args: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const [name, raw] of Object.entries(properties)) {
    const info = describeProperty(name, raw);
    const value = fromState(info, sources.state) ?? fromMessages(info, sources);
    if (value !== undefined) args[name] = value;
    else if (info.nullable) {
      // Strict schemas list optional properties as required-but-nullable: send an explicit null.
      if (required.has(name)) args[name] = null;
    } else if (required.has(name)) missing.push(name);
  }
  return { args, missing };
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

function fromMessages(p: PropertyInfo, sources: ArgumentSources): unknown {
  if (p.kind === 'freeText') {
    const text = (sources.focusText ?? sources.messages[0])?.trim();
    return text ? coerce(p, text) : undefined;
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
      return findEnumValue(text, p.enum!);
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
      return findPersonName(text);
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
