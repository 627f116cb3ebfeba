import { describe, expect, it } from 'vitest';
import { costUsd, priceFor } from '../../src/analytics/pricing.ts';

describe('pricing', () => {
  it('prices offline at zero and known models from the table, dated names by their family', () => {
    expect(priceFor('offline')).toEqual({ inputPerMTok: 0, outputPerMTok: 0 });
    expect(priceFor('openai:gpt-4.1-mini')).toEqual({ inputPerMTok: 0.4, outputPerMTok: 1.6 });
    expect(priceFor('openai:gpt-4.1')).toEqual({ inputPerMTok: 2, outputPerMTok: 8 });
    expect(priceFor('openai:gpt-4.1-mini-2025-04-14')).toEqual({ inputPerMTok: 0.4, outputPerMTok: 1.6 });
    expect(priceFor('openai:gpt-4o-mini')).toEqual({ inputPerMTok: 0.15, outputPerMTok: 0.6 });
  });

  it('knows no price for local models rather than guessing one', () => {
    expect(priceFor('openai:llama3.1:8b')).toBeNull();
  });

  it('computes USD from token usage', () => {
    const price = priceFor('openai:gpt-4.1-mini')!;
    expect(costUsd({ inputTokens: 1_000_000, outputTokens: 500_000 }, price)).toBeCloseTo(0.4 + 0.8);
    expect(costUsd({ inputTokens: 2000, outputTokens: 100 }, price)).toBeCloseTo(0.00096);
  });
});
