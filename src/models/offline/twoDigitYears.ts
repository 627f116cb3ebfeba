/**
 * "Dana Ruiz, 3/12/84", "born march 12 84": a birth date written with a two-digit year, as people
 * write and say them. A birth date is never in the future, so "84" is 1984 and "15" is 2015 (a child):
 * a year up to this year's two digits is this century's, any later one the last century's. Numeric
 * dates of three parts ("3/12/84", "03-12-84", "3.12.84"), never a time or a fraction ("3/4 cup",
 * "12/84"); and a month name with its day and then two digits ("march 12 84", "12th of march '84",
 * "may 30, 15"), never a time ("march 12 at 10", "march 12 10:30", "march 12 10am").
 */
const SHORT_YEAR = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{2})\b(?![/.-]?\d)/g;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** Two digits that end the date: not the hour of a time said after it. */
const YY = "'?(\\d{2})\\b(?![:.]\\d|\\s*(?:am|pm|a\\.m|p\\.m|o['’]?\\s?clock|h\\b))";
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH}\\.?\\s+${DAY},?\\s+)${YY}`, 'gi');
const DAY_MONTH_YEAR = new RegExp(`\\b(${DAY}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+)${YY}`, 'gi');

function fullYear(yy: string, thisYear: number): number {
  return (Number(yy) <= thisYear ? 2000 : 1900) + Number(yy);
}

/** `text` with each birth date of a two-digit year written with its four-digit year. */
export function withFullBirthYears(text: string, now: Date = new Date()): string {
  const thisYear = now.getUTCFullYear() % 100;
  const spelled = (_: string, head: string, yy: string) => `${head}${fullYear(yy, thisYear)}`;
  return text
    .replace(SHORT_YEAR, (_, a: string, sep: string, b: string, yy: string) => {
      return `${a}${sep}${b}${sep}${fullYear(yy, thisYear)}`;
    })
    .replace(MONTH_DAY_YEAR, spelled)
    .replace(DAY_MONTH_YEAR, spelled);
}
