/**
 * "how long does a blow dry take?" asks a duration: read as a hair length, it priced the booking for
 * long hair. Phrases where "long" measures time, not hair, are left out before an enum with `long`
 * and `short` among its values (a hair length, a coat length) is read; "my hair is long" and "long
 * hair" still name one.
 */
const LONG_AS_TIME =
  /\bhow\s+long\b|\blong\s+(?:does|do|will|would|is|did|has|have|it|that|to\s+wait|time|enough|before|after|ago)\b|\b(?:as|so|too)\s+long\b|\bfor\s+long\b(?!\s+hair)|\bno\s+longer\b|\blonger\s+than\b/gi;

/** Whether an enum's values are lengths (short, long). */
export function isLengthEnum(values: readonly string[]): boolean {
  return values.includes('long') && values.includes('short');
}

/** The text a length value is read from: "long" said of time left out. */
export function lengthsWanted(text: string): string {
  return text.replace(LONG_AS_TIME, ' ');
}
