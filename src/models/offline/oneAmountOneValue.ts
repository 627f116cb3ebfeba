import { tokenize } from '../../routing/textFeatures.ts';
import { findMoney } from './amounts.ts';
import { describeProperty, type JsonSchema, propertyWords } from './propertyKinds.ts';

/**
 * "wat wuld my paymnt be on a 500k house w 20% down": one amount said, and a tool with two money values
 * (a mortgage quote's home `price` and the `annualIncome` an affordability question gives). Every money
 * finder read the same $500,000, so the quote took it as the income too and answered what an income of
 * $500,000 a year affords. One amount is one value: it stays with the property whose own words (its
 * name and description, less the words the other shares) the message says most ("I earn 90k a year" →
 * the income), on a tie the first in the schema (the one the tool is mostly about).
 */
export function oneAmountOneValue(
  schema: JsonSchema,
  args: Record<string, unknown>,
  messages: readonly string[],
): string[] {
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  const money = Object.keys(properties).filter(
    (n) => describeProperty(n, properties[n]).kind === 'money' && typeof args[n] === 'number',
  );
  const value = args[money[0]];
  if (money.length < 2 || money.some((n) => args[n] !== value)) return [];
  const said = messages.find((m) => findMoney(m) === value);
  if (said === undefined) return [];
  const words = new Map(
    money.map((n) => [n, new Set(contentWords(`${propertyWords(n)} ${properties[n].description ?? ''}`))]),
  );
  const own = (n: string) =>
    [...(words.get(n) ?? [])].filter((w) => money.every((o) => o === n || !words.get(o)?.has(w)));
  const heard = new Set(contentWords(said));
  const score = (n: string) => own(n).filter((w) => heard.has(w)).length;
  const keep = money.reduce((best, n) => (score(n) > score(best) ? n : best), money[0]);
  return money.filter((n) => n !== keep);
}

/** Words that say something (four letters or more): "on", "a" and the "k" of "90k" name no value. */
const contentWords = (text: string) => tokenize(text).filter((w) => /^[a-z]{4,}$/.test(w));
