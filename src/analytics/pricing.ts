import { parseModelSpec } from '../models/modelSpec.ts';

/** USD per 1M tokens. */
export type ModelPrice = { inputPerMTok: number; outputPerMTok: number };

export type PriceTable = Readonly<Record<string, ModelPrice>>;

/**
 * List prices (USD per 1M input / output tokens) of the models we quote costs for. Dated model names
 * (`gpt-4.1-mini-2025-04-14`) match their family by the longest known prefix. Local servers behind
 * OPENAI_BASE_URL have no list price, so their cost is unknown rather than guessed; add them (or
 * correct a price) with `SWITCHBOARD_PRICES` (see `priceTableFrom`).
 */
export const MODEL_PRICES: PriceTable = {
  'gpt-4.1': { inputPerMTok: 2.0, outputPerMTok: 8.0 },
  'gpt-4.1-mini': { inputPerMTok: 0.4, outputPerMTok: 1.6 },
  'gpt-4.1-nano': { inputPerMTok: 0.1, outputPerMTok: 0.4 },
  'gpt-4o': { inputPerMTok: 2.5, outputPerMTok: 10.0 },
  'gpt-4o-mini': { inputPerMTok: 0.15, outputPerMTok: 0.6 },
};

const OFFLINE_PRICE: ModelPrice = { inputPerMTok: 0, outputPerMTok: 0 };

const isPrice = (value: unknown): value is ModelPrice =>
  typeof value === 'object' &&
  value !== null &&
  Number.isFinite((value as ModelPrice).inputPerMTok) &&
  Number.isFinite((value as ModelPrice).outputPerMTok) &&
  (value as ModelPrice).inputPerMTok >= 0 &&
  (value as ModelPrice).outputPerMTok >= 0;

/**
 * The price table in force: the built-in list, overridden and extended by `SWITCHBOARD_PRICES`, a JSON
 * object of model name → `{ "inputPerMTok": n, "outputPerMTok": n }` (e.g. `{"llama3.1:8b":{"inputPerMTok":0,"outputPerMTok":0}}`).
 * A malformed value throws, naming the variable, rather than silently costing everything at zero.
 */
export function priceTableFrom(env: NodeJS.ProcessEnv = process.env): PriceTable {
  const raw = env.SWITCHBOARD_PRICES?.trim();
  if (!raw) return MODEL_PRICES;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new Error(`SWITCHBOARD_PRICES is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error('SWITCHBOARD_PRICES must be a JSON object of model name → {inputPerMTok, outputPerMTok}');
  const table: Record<string, ModelPrice> = { ...MODEL_PRICES };
  for (const [model, price] of Object.entries(parsed)) {
    if (!isPrice(price))
      throw new Error(
        `SWITCHBOARD_PRICES["${model}"] must be {"inputPerMTok": n, "outputPerMTok": n} with n ≥ 0`,
      );
    table[model.toLowerCase()] = { inputPerMTok: price.inputPerMTok, outputPerMTok: price.outputPerMTok };
  }
  return table;
}

/** The price of a bare model name as the API reports it (`gpt-4.1-mini-2025-04-14`), or null if unknown. */
export function priceForModelName(model: string, table: PriceTable = MODEL_PRICES): ModelPrice | null {
  const name = model.toLowerCase();
  if (name === 'offline') return OFFLINE_PRICE;
  const family = Object.keys(table)
    .filter((known) => name === known || name.startsWith(`${known}-`))
    .sort((a, b) => b.length - a.length)[0];
  return family ? table[family] : null;
}

/** The price of a model spec (`offline`, `openai:gpt-4.1-mini`), or null when it is not in the table. */
export function priceFor(modelSpec: string, table: PriceTable = MODEL_PRICES): ModelPrice | null {
  const spec = parseModelSpec(modelSpec);
  if (spec.provider === 'offline') return OFFLINE_PRICE;
  return priceForModelName(spec.model, table);
}

export function costUsd(usage: { inputTokens: number; outputTokens: number }, price: ModelPrice): number {
  return (usage.inputTokens * price.inputPerMTok + usage.outputTokens * price.outputPerMTok) / 1_000_000;
}
