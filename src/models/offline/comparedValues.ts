import { valuesSaid } from './entityExtractors.ts';

/**
 * "whats the difference between growth and scale?", "starter or growth?", "growth vs scale": two values of
 * one set weighed against each other, so the customer asked for neither alone (the price look-up quoted
 * Growth only). Not a change from one to the other ("from growth to scale").
 */
export function comparesValues(text: string, values: readonly string[]): boolean {
  const lower = ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  return (
    valuesSaid(text, values).length >= 2 &&
    /\b(?:or|vs|versus|between|compare|comparing|difference)\b/.test(lower) &&
    !/ (?:to|from|into) /.test(lower)
  );
}
