import { REFERENCE } from './entityExtractors.ts';

/** A customer's email address and phone number, as typed or as speech-to-text writes them. */

export function findEmail(text: string): string | undefined {
  return text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0] ?? spokenEmail(text);
}

/**
 * "lena dot brooks at mailbox dot org": an email as speech-to-text writes it, said aloud. The part after
 * "at" must have a "dot" (an address's domain), so "I'm at home" is none. A domain of words said apart
 * ("elena at vasquez events dot com, all one word") is one word: an address has no spaces.
 */
const DOMAIN_WORD = '(?!(?:the|my|our|your|a|an|and|or|is|in|on|for|to|of|at)\\b)[a-z0-9-]+';
const SPOKEN_EMAIL = new RegExp(
  `\\b([a-z0-9]+(?:\\s+(?:dot|underscore|dash|hyphen)\\s+[a-z0-9]+)*)\\s+at\\s+(${DOMAIN_WORD}(?:\\s+${DOMAIN_WORD}){0,2}(?:\\s+dot\\s+[a-z0-9-]+)*\\s+dot\\s+[a-z]{2,10})\\b`,
  'i',
);
const SPOKEN_MARKS: Readonly<Record<string, string>> = { dot: '.', underscore: '_', dash: '-', hyphen: '-' };

function spokenEmail(text: string): string | undefined {
  const m = text.match(SPOKEN_EMAIL);
  if (!m) return undefined;
  const written = (part: string) =>
    part.replace(
      /\s+(dot|underscore|dash|hyphen)\s+/gi,
      (_, mark: string) => SPOKEN_MARKS[mark.toLowerCase()],
    );
  return `${written(m[1])}@${written(m[2]).replace(/\s+/g, '')}`.toLowerCase();
}

export function findPhone(text: string): string | undefined {
  // Digits inside a reference ("GB-20310613-002") are not a phone number.
  const withoutReferences = text.replace(REFERENCE, (ref) => ' '.repeat(ref.length));
  for (const match of withoutReferences.matchAll(/\+?\(?\d[\d\s().-]{5,}\d/g)) {
    const digits = match[0].replace(/\D/g, '');
    // Dates like 2025-03-01 also look like this: require a phone-length digit run that is not a date.
    if (digits.length >= 7 && digits.length <= 15 && !/^\d{4}-\d{2}-\d{2}$/.test(match[0].trim())) {
      // "Marcus Lee here (555-0177)": the bracket opened before the number is no part of it.
      const phone = match[0].trim();
      return phone.startsWith('(') && !phone.includes(')') ? phone.slice(1) : phone;
    }
  }
  return undefined;
}
