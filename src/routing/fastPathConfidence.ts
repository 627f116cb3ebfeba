import { type LabeledDoc, LexicalClassifier, type TrainOptions } from './lexicalClassifier.ts';
import { DEFAULT_ROUTER_FEATURES } from './routerFeatures.ts';

/**
 * How sure the local router may be before hybrid routing skips the LLM (issue #4: ≥ 0.99 precision).
 *
 * The router's own probability is a poor guide up there: its confident mistakes are systematic, not
 * noise. Its features are topic words, support-lexicon concepts and char grams, so a misdial ("I rang
 * the wrong place") scores as a phone problem because it says "call", and a complaint about a bill
 * that quotes the plan price scores as a pricing question because it says "plan". Both read
 * differently in their function words — "why was", "do you", "is this" — which the router drops as
 * stopwords on purpose (they are no topic).
 *
 * So the fast path asks two more views trained on the same documents, each seeing the whole phrasing:
 * every word including stopwords, as light stems and as surface words, with their bigrams (no
 * concepts, no char grams: those are the router's view already). The three are pooled geometrically
 * (a logarithmic opinion pool): p(l) ∝ Π_v p_v(l)^(1/V), renormalised over the allowed labels. A label
 * all views back keeps its probability, a label one view doubts loses much of it. The plain product
 * of experts (no 1/V) was as good on the support template but treats the views as independent when
 * they learnt from the same sentences: it pushed agreeing mistakes of other templates to 0.999+, past
 * any threshold. The fast-path confidence is the pooled probability of the router's own choice; which
 * label the router picks is unchanged.
 *
 * Chosen over a bagged router (bootstrap members agree on the same confident mistakes: same view),
 * topic-only views (word vs char vs concept: all share the stopword blindness), a margin over the
 * runner-up (orders messages like the top probability does), leave-one-word-out robustness (penalises
 * short correct requests as much as mistakes) and temperature scaling fitted by internal
 * cross-validation on the training documents (rescales views but barely reorders messages, and costs
 * five more trainings per view), on the support template's 5-fold held-out `eval calibrate`, then
 * checked on its holdout.jsonl (never trained on) and the other templates' routing.jsonl.
 */

/** A character n-gram range with no n in it: these views leave char grams to the router. */
const NO_CHAR_GRAMS: [number, number] = [1, 0];

/** The phrasing views: every word with its bigrams, as light stems and as surface forms. */
export const PHRASING_VIEWS: readonly TrainOptions[] = [
  {
    wordWeight: 1,
    conceptWeight: 0,
    supersenseWeight: 0,
    embeddingWeight: 0,
    features: {
      ...DEFAULT_ROUTER_FEATURES,
      functionWords: true,
      concepts: false,
      supersenses: false,
      charRange: NO_CHAR_GRAMS,
    },
  },
  {
    wordWeight: 1,
    conceptWeight: 0,
    supersenseWeight: 0,
    embeddingWeight: 0,
    features: {
      ...DEFAULT_ROUTER_FEATURES,
      functionWords: true,
      stems: false,
      concepts: false,
      supersenses: false,
      charRange: NO_CHAR_GRAMS,
    },
  },
];

export type Ranking = readonly { label: string; p: number }[];

/** One classifier per phrasing view, on the router's own training documents. */
export function trainPhrasingViews(docs: readonly LabeledDoc[]): LexicalClassifier[] {
  return PHRASING_VIEWS.map((options) => LexicalClassifier.train(docs, options));
}

/**
 * Logarithmic opinion pool over the labels of the first ranking: each label's probabilities combined
 * by their geometric mean across the rankings, renormalised; best first. A label a ranking lacks
 * counts as probability 0 there, and so gets 0.
 */
export function poolOpinions(rankings: readonly Ranking[]): { label: string; p: number }[] {
  if (rankings.length === 0) return [];
  // Means of logs, shifted by the best before exponentiating: products of small probabilities
  // underflow long before their normalised values do.
  const logs = rankings[0].map(({ label }) => {
    let sum = 0;
    for (const ranking of rankings) sum += Math.log(ranking.find((r) => r.label === label)?.p ?? 0);
    return { label, mean: sum / rankings.length };
  });
  const max = Math.max(...logs.map((l) => l.mean));
  if (max === Number.NEGATIVE_INFINITY) return rankings[0].map(({ label }) => ({ label, p: 0 }));
  const weights = logs.map(({ label, mean }) => ({ label, w: Math.exp(mean - max) }));
  const total = weights.reduce((s, x) => s + x.w, 0);
  return weights
    .map(({ label, w }) => ({ label, p: w / total }))
    .sort((a, b) => b.p - a.p || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/**
 * Fast-path confidence of `label`, the router's choice: its pooled probability over the router's
 * ranking (already restricted to the allowed labels) and each view's, restricted the same way.
 */
export function fastPathConfidence(
  label: string,
  routerRanking: Ranking,
  views: readonly LexicalClassifier[],
  text: string,
  allowed: readonly string[],
): number {
  const rankings = [routerRanking, ...views.map((v) => v.predict(text, { allowed, maxTerms: 0 }).ranking)];
  return poolOpinions(rankings).find((r) => r.label === label)?.p ?? 0;
}
