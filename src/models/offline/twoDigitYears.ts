/**
 * "Dana Ruiz, 3/12/84": a birth date written with a two-digit year, as people write them on forms. A
 * birth date is never in the future, so "84" is 1984 and "15" is 2015 (a child): a year up to this
 * year's two digits is this century's, any later one the last century's. Only numeric dates of three
 * parts ("3/12/84", "03-12-84", "3.12.84"), never a time or a fraction ("3/4 cup", "12/84").
 */
const SHORT_YEAR = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{2})\b(?![/.-]?\d)/g;

/** `text` with each birth date of a two-digit year written with its four-digit year. */
export function withFullBirthYears(text: string, now: Date = new Date()): string {
  const thisYear = now.getUTCFullYear() % 100;
  return text.replace(SHORT_YEAR, (_, a: string, sep: string, b: string, yy: string) => {
    const century = Number(yy) <= thisYear ? 2000 : 1900;
    return `${a}${sep}${b}${sep}${century + Number(yy)}`;
  });
}
