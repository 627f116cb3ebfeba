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

/**
 * Hair (or a coat) is measured against the body as often as named: "it's shoulder length" priced as
 * nothing and the colour quote asked "short, medium or long?" until it gave up (dev16-salon-03). A
 * length said that way is the value it stands for, where the enum has a middle value for it.
 */
const BY_THE_BODY: readonly [RegExp, string][] = [
  [
    /\b(?:above|past|below|to|down to)\s+(?:my|the|her|his)\s+(?:waist|hips?|back|bum|bra(?:\s*strap)?)\b|\bwaist[\s-]+length\b|\bdown\s+(?:my|her|his)\s+back\b/gi,
    'long',
  ],
  // "just past my shoulders" is still the middle length (salons count long from well past them).
  [/\bjust\s+(?:past|below|over)\s+(?:my|the|her|his)\s+shoulders?\b/gi, 'medium'],
  [/\b(?:past|below|beyond)\s+(?:my|the|her|his)\s+shoulders?\b/gi, 'long'],
  [
    /\bshoulder[\s-]*length\b|\b(?:to|at|on|touching|just\s+(?:above|below))\s+(?:my|the|her|his)\s+shoulders?\b|\bcollarbone\b|\blob\b/gi,
    'medium',
  ],
  [/\b(?:chin|jaw|ear)[\s-]*length\b|\bpixie\b|\bcropped\b|\bbuzz(?:ed)?\b/gi, 'short'],
];

/** `text` with lengths said against the body written as the enum's own value. */
export function lengthsByTheBody(text: string, values: readonly string[]): string {
  return BY_THE_BODY.reduce(
    (said, [phrase, value]) => (values.includes(value) ? said.replace(phrase, ` ${value} `) : said),
    text,
  );
}
