import { tokenize } from '../../routing/textFeatures.ts';
import { findMoney } from './amounts.ts';
import { findNumber } from './numberSaid.ts';
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

/**
 * "around 460" to "What's the most you'd like to spend?": the budget, in thousands, and the bedroom count
 * read the same bare number (460 bedrooms, and nothing found). A number a money value took is a count
 * only when the count's unit is said with it ("3 beds under 460"). Otherwise the count is the one said
 * earlier with its unit ("a 3 bed in Lakeview"), or none. Returns each count to correct: its value or
 * undefined.
 */
export function countsBesideAmounts(
  schema: JsonSchema,
  args: Record<string, unknown>,
  messages: readonly string[],
): Map<string, number | undefined> {
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  const kindOf = (n: string) => describeProperty(n, properties[n]).kind;
  const amounts = Object.keys(properties).filter((n) => kindOf(n) === 'money' && typeof args[n] === 'number');
  const taken = Object.keys(properties).filter(
    (n) =>
      kindOf(n) === 'number' &&
      amounts.some((a) => args[a] === args[n]) &&
      !messages.some((m) => saidWithUnit(m, args[n] as number, n)),
  );
  return new Map(
    taken.map((n) => {
      const said = messages
        .map((m) => [m, findNumber(m, n)] as const)
        .find(([m, v]) => v !== undefined && v !== args[n] && saidWithUnit(m, v, n));
      return [n, said?.[1]];
    }),
  );
}

/** "3 bed", "3 bedrooms", "2 baths": the number followed by a word its property's name starts with. */
function saidWithUnit(text: string, value: number, property: string): boolean {
  const stem = propertyWords(property).toLowerCase().split(' ').pop()?.replace(/s$/, '') ?? '';
  const after = text.toLowerCase().matchAll(new RegExp(`(?<![\\d.])${value}(?![\\d.])\\s*-?([a-z]+)`, 'g'));
  const unit = (word: string) => word.replace(/s$/, '');
  return [...after].some(
    ([, word]) => unit(word).startsWith(stem) || (unit(word).length >= 3 && stem.startsWith(unit(word))),
  );
}

/** Words that say something (four letters or more): "on", "a" and the "k" of "90k" name no value. */
const contentWords = (text: string) => tokenize(text).filter((w) => /^[a-z]{4,}$/.test(w));

/**
 * Both rules above applied to filled arguments, in place: a money value one amount should not fill and
 * a count that read the amount are emptied (or the count set to the one said with its unit). Returns
 * the properties emptied, to be asked.
 */
export function settleAmounts(
  schema: JsonSchema,
  args: Record<string, unknown>,
  messages: readonly string[],
): string[] {
  const emptied = [...oneAmountOneValue(schema, args, messages)];
  for (const name of emptied) delete args[name];
  for (const [name, count] of countsBesideAmounts(schema, args, messages)) {
    if (count !== undefined) args[name] = count;
    else {
      delete args[name];
      emptied.push(name);
    }
  }
  return emptied;
}
