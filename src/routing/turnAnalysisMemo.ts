import type { FeatureSpace } from './featureSpace.ts';

/**
 * The routers' analysis of a message (`FeatureSpace.analyze`: typo repair, features, TF-IDF, the
 * embedding block), kept for the rest of the turn that made it. One turn of the offline model routes
 * the same customer message several times: the entry agent's router hands it on, the specialist's
 * router reads it again on its own model call, and the capped-route and specialist-before-person checks
 * ask once more. Every router of a graph shares one feature space, so the analysis is the same each
 * time; only the label scores differ. Kept per turn, never across turns: a memo keyed by text alone
 * would answer another conversation's (or the benchmark's repeated) messages from memory.
 *
 * The offline model decides synchronously, so `withTurnAnalyses` scopes the memo to that stretch of
 * code: concurrent turns interleave only between model calls, never inside one, and each finds its own
 * memo again through its turn object. The analysis is read-only for its users (lexicalClassifier.ts).
 */
type Analysis = ReturnType<FeatureSpace['analyze']>;
type Memo = Map<FeatureSpace, Map<string, Analysis>>;

const byTurn = new WeakMap<object, Memo>();
let current: Memo | undefined;

/** Runs `fn` (synchronous) with the analyses of `turn` reused; without a turn, nothing is kept. */
export function withTurnAnalyses<T>(turn: object | undefined, fn: () => T): T {
  if (!turn) return fn();
  let memo = byTurn.get(turn);
  if (!memo) {
    memo = new Map();
    byTurn.set(turn, memo);
  }
  const outer = current;
  current = memo;
  try {
    return fn();
  } finally {
    current = outer;
  }
}

/** `space.analyze(text)`, computed once per turn inside `withTurnAnalyses`, as before outside it. */
export function analyzeInTurn(space: FeatureSpace, text: string): Analysis {
  if (!current) return space.analyze(text);
  let texts = current.get(space);
  if (!texts) {
    texts = new Map();
    current.set(space, texts);
  }
  let analysis = texts.get(text);
  if (!analysis) {
    analysis = space.analyze(text);
    texts.set(text, analysis);
  }
  return analysis;
}
