/** The price table moved to analytics (it prices conversations too); evals keep importing it from here. */
export { costUsd, MODEL_PRICES, type ModelPrice, priceFor } from '../analytics/pricing.ts';
