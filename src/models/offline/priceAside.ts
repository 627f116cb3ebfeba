import { isFreeTextProperty } from './argumentExtraction.ts';
import { isQuestion } from './forms/digressions.ts';
import { type FunctionTool, parametersOf } from './modelItems.ts';
import { distinctWords } from './subjectWords.ts';

/**
 * "how much is balayage?" asked while the booking form waits for a name: the form read it as the name
 * and said "Sorry, I didn't catch that". A price question naming a thing of its own, asked mid-form,
 * is for the look-up that gives prices and takes the same free-text value as the form (the price
 * list takes the service the booking takes), about the thing it names; the form then goes on (answerResults.ts).
 * "how much is that?" (naming nothing) is about the form's own subject: toolChoice's questionAboutSubject.
 */

export const ASKS_PRICE =
  /\b(?:how much|what(?:'s|s| is| does| do)? (?:the )?(?:price|cost)s?|prices? (?:of|for|on)|cost of)\b|\bcosts?\b/i;

const PRICES = /\b(?:prices?|costs?)\b/i;

export function priceAside(
  text: string,
  form: FunctionTool,
  available: readonly FunctionTool[],
  changesData: (name: string) => boolean,
): { tool: FunctionTool; focusText: string } | undefined {
  if (!isQuestion(text) || !ASKS_PRICE.test(text) || distinctWords(text).length === 0) return undefined;
  const schema = parametersOf(form);
  const free = Object.keys(schema.properties ?? {}).filter((p) => isFreeTextProperty(schema, p));
  // Of the look-ups taking the same free-text value (the price list, the free times), the one that gives prices.
  const pricing = available.filter(
    (t) =>
      t !== form && pricesAThing(t, changesData) && free.some((p) => isFreeTextProperty(parametersOf(t), p)),
  );
  return pricing.length === 1 ? { tool: pricing[0], focusText: text } : undefined;
}

/**
 * "How much would it be to cover my greys? Just the roots really, they're coming through at the
 * parting.": a price question naming a thing, with no form under way and no tool fitting its words
 * well enough, is for the one look-up whose description says it gives prices. The colour desk had
 * answered with its greeting (and the parting's "coming through" with a booking look-up).
 */
export function priceAsked(
  text: string,
  available: readonly FunctionTool[],
  changesData: (name: string) => boolean,
): { tool: FunctionTool; focusText: string } | undefined {
  // The price question may be one sentence of several ("…cover my greys? Just the roots really.").
  const question = text.split(/(?<=[.?!])\s+/).find((s) => isQuestion(s) && ASKS_PRICE.test(s));
  if (!question || distinctWords(text).length === 0) return undefined;
  const pricing = available.filter((t) => pricesAThing(t, changesData));
  return pricing.length === 1 ? { tool: pricing[0], focusText: text } : undefined;
}

/**
 * A look-up that gives prices of a thing said in words (a service): a record's look-up, which also
 * shows a price, takes its reference instead.
 */
function pricesAThing(tool: FunctionTool, changesData: (name: string) => boolean): boolean {
  const schema = parametersOf(tool);
  const free = Object.keys(schema.properties ?? {}).some((p) => isFreeTextProperty(schema, p));
  return free && !changesData(tool.name) && PRICES.test(tool.description ?? '');
}
