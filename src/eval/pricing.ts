import { parseModelSpec } from '../models/modelSpec.ts';

/** USD per 1M tokens. */
export type ModelPrice = { inputPerMTok: number; outputPerMTok: number };

/**
 * List prices (USD per 1M input / output tokens) of the models we quote costs for. Dated model names
 * (`gpt-4.1-mini-2025-04-14`) match their family by the longest known prefix. Local servers behind
 * OPENAI_BASE_URL have no list price, so their cost is unknown rather than guessed.
 */
export const MODEL_PRICES: Readonly<Record<string, ModelPrice>> = {
  'gpt-4.1': { inputPerMTok: 2.0, outputPerMTok: 8.0 },
  'gpt-4.1-mini': { inputPerMTok: 0.4, outputPerMTok: 1.6 },
  'gpt-4.1-nano': { inputPerMTok: 0.1, outputPerMTok: 0.4 },
  'gpt-4o': { inputPerMTok: 2.5, outputPerMTok: 10.0 },
  'gpt-4o-mini': { inputPerMTok: 0.15, outputPerMTok: 0.6 },
};

const OFFLINE_PRICE: ModelPrice = { inputPerMTok: 0, outputPerMTok: 0 };

/** The price of a model spec (`offline`, `openai:gpt-4.1-mini`), or null when it is not in the table. */
export function priceFor(modelSpec: string): ModelPrice | null {
  const spec = parseModelSpec(modelSpec);
  if (spec.provider === 'offline') return OFFLINE_PRICE;
  const name = spec.model.toLowerCase();
  const family = Object.keys(MODEL_PRICES)
    .filter((known) => name === known || name.startsWith(`${known}-`))
    .sort((a, b) => b.length - a.length)[0];
  return family ? MODEL_PRICES[family] : null;
}

export function costUsd(usage: { inputTokens: number; outputTokens: number }, price: ModelPrice): number {
  return (usage.inputTokens * price.inputPerMTok + usage.outputTokens * price.outputPerMTok) / 1_000_000;
}
