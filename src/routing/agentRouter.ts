import type { NormalizedEdge, NormalizedGraph } from '../graph/types.ts';
import { asksWhatWeAre } from './asksWhatWeAre.ts';
import { DeskDomains } from './deskDomains.ts';
import { type EntryKeep, whyEntryKeeps } from './entryKeeps.ts';
import { fastPathConfidence, trainPhrasingViews } from './fastPathConfidence.ts';
import { FeatureSpace } from './featureSpace.ts';
import { ThingDomain } from './foreignThings.ts';
import { saysInPersonOnly } from './inPerson.ts';
import { withoutLeadingAcknowledgement } from './leadingAcknowledgement.ts';
import { LexicalClassifier } from './lexicalClassifier.ts';
import { unsureReadWithoutOwnNames } from './ownBusinessName.ts';
import { OwnThings } from './ownThings.ts';
import { describeRoute, intentSlug, type ReasonKind } from './routeReason.ts';
import { readCachedRouters, routerCacheDir, writeCachedRouters } from './routerCache.ts';
import { buildRouterDocs, STAY_LABEL, specialistTexts } from './routerTrainingSet.ts';
import { DIGIT_TOKEN, isStopword, tokenize } from './textFeatures.ts';
import { possessedIn, speaksOfTheirOwnPeople } from './theirOwnPeople.ts';

/**
 * Below this top probability (after renormalising over the enabled labels) the router says `unsure`;
 * it also does for a message without any word to route on (only numbers, dates, punctuation).
 * With five labels (stay, three specialists, human) a correct specialist often wins with 0.4–0.5
 * while the rest is spread thin; at 0.5 those right answers became "unsure" and the caller was asked
 * again. Lowered to 0.4 after the held-out folds of the support template's routing.jsonl
 * (`eval routing --holdout 5`) kept the same out-of-scope messages at 0.4 as at 0.5: off-topic messages
 * mostly lose to `stay` outright rather than scrape past it.
 */
export const DEFAULT_ROUTER_THRESHOLD = 0.4;

/**
 * The label count the routing threshold is stated for (stay, three specialists, human: where it was
 * chosen). With more labels the probability spreads thinner: a real-estate entry router choosing among
 * eleven labels is often right with 0.3–0.39, and at the five-label bar those right answers became
 * "unsure". So the bar scales by REFERENCE_LABELS / labels above five (0.4 → 0.18 for eleven); chosen on
 * the templates' eval/dev.jsonl (real-estate in-scope 0.83 → 0.88, out of scope unchanged; 5, 6 and 7
 * measured the same). The fast path's threshold is calibrated per template and is not scaled.
 */
export const REFERENCE_LABELS = 5;

/** The routing threshold for a decision among `labels` allowed labels. */
export function spreadThreshold(threshold: number, labels: number): number {
  return threshold * Math.min(1, REFERENCE_LABELS / labels);
}

/** Whether the text has a word that can carry a topic: not a stopword, not a number. */
export function hasTopicWord(text: string): boolean {
  return tokenize(text).some((w) => w !== DIGIT_TOKEN && !isStopword(w) && /\p{L}/u.test(w));
}

export type RouteDecision = {
  decision: 'stay' | 'handoff' | 'unsure';
  /** The handoff tool to call; set only when `decision` is `handoff`. */
  toolName?: string;
  /** The agent that tool leads to; set only when `decision` is `handoff`. */
  target?: string;
  /** Probability of the best allowed label. */
  confidence: number;
  /**
   * Only when asked for (`route(…, { fastPath: true })`): how sure the router and the phrasing views
   * together are of this decision (see fastPathConfidence.ts). Hybrid routing skips the LLM on it.
   */
  fastPathConfidence?: number;
  /** Share of the message's content words the router recognised (see vocabularyMatch.ts). */
  recognized?: number;
  reason: string;
  /** Short slug such as `billing.refund`. */
  intent: string;
  /** Every allowed label with its probability, best first (for traces and hybrid routing). */
  ranking: { label: string; target?: string; p: number }[];
  /** Why the entry kept a message its classifier would hand on (entryKeeps.ts); set only then. */
  keptAs?: EntryKeep['kind'];
};

export type AgentRouter = {
  readonly agent: string;
  readonly threshold: number;
  /** `stay` plus one label per handoff edge (its tool name). */
  readonly labels: readonly string[];
  /** The trained model, shared by every router of this (graph, agent); null when the agent has no edges. */
  readonly classifier: LexicalClassifier | null;
  /**
   * With `fastPath`, the decision also carries `fastPathConfidence`, and that is what the threshold
   * applies to: below it the router is `unsure`. The first such call trains the phrasing views.
   */
  route(text: string, enabledToolNames?: readonly string[], options?: RouteOptions): RouteDecision;
};

export type RouteOptions = { fastPath?: boolean };

type TrainedRouter = {
  classifier: LexicalClassifier | null;
  edges: Map<string, NormalizedEdge>;
  /** The phrasing views of the fast path; trained on first use (offline routing never needs them). */
  views?: LexicalClassifier[];
};
type GraphRouters = {
  space?: FeatureSpace;
  things?: ThingDomain;
  desks?: DeskDomains;
  ownThings?: OwnThings;
  agents: Map<string, TrainedRouter>;
};

/** One training per (graph object, agent) per process; dropped with the graph. */
const cache = new WeakMap<NormalizedGraph, GraphRouters>();

import type { GraphRouterState } from './routerSnapshot.ts';

export type { GraphRouterState };

/** Trained states offered for graphs (see routerSnapshot.ts), taken up by their first route. */
const offered = new WeakMap<NormalizedGraph, () => GraphRouterState | null>();

/**
 * Lets the routers of `graph` start from a trained state instead of training (a snapshot taken when
 * the package was built). `restore` runs on the graph's first route, once; it returns null when its
 * state is not what training this graph would give, and then the routers train as usual.
 */
export function offerTrainedState(graph: NormalizedGraph, restore: () => GraphRouterState | null): void {
  if (!cache.has(graph)) offered.set(graph, restore);
}

/** Trains (or takes from the cache) the router of every agent that has edges. */
export function trainAllRouters(graph: NormalizedGraph): GraphRouterState {
  const classifiers = new Map<string, LexicalClassifier>();
  for (const agent of graph.agents) {
    const { classifier } = trainedRouter(graph, agent.name);
    if (classifier) classifiers.set(agent.name, classifier);
  }
  const space = cache.get(graph)?.space;
  if (!space) throw new Error(`trainAllRouters: graph "${graph.name}" has no agent with edges`);
  return { space, classifiers };
}

function routersOf(graph: NormalizedGraph): GraphRouters {
  let routers = cache.get(graph);
  if (routers) return routers;
  const restore = offered.get(graph);
  offered.delete(graph);
  const cacheDir = routerCacheDir();
  const routable = graph.agents.some((a) => a.handoffs.length > 0);
  const state = restore?.() ?? (cacheDir && routable ? readCachedRouters(cacheDir, graph) : null);
  routers = { space: state?.space, agents: new Map() };
  for (const [name, classifier] of state?.classifiers ?? []) {
    const agent = graph.byName.get(name);
    if (agent)
      routers.agents.set(name, { classifier, edges: new Map(agent.handoffs.map((e) => [e.toolName, e])) });
  }
  cache.set(graph, routers);
  // Not cached yet: train every router now (not only the one asked for), so the cache holds them all.
  if (!state && cacheDir && routable) writeCachedRouters(cacheDir, graph, trainAllRouters(graph));
  return routers;
}

/**
 * The feature space every router of the graph shares, fitted on the union of their training texts:
 * vectorising each text once per graph rather than once per router.
 */
function graphSpace(graph: NormalizedGraph, routers: GraphRouters): FeatureSpace {
  if (!routers.space) {
    const texts = graph.agents
      .filter((a) => a.handoffs.length > 0)
      .flatMap((a) => buildRouterDocs(graph, a.name).map((d) => d.text));
    routers.space = FeatureSpace.fit(texts);
  }
  return routers.space;
}

/**
 * Only the entry router learns the embedding block. A specialist's handback label is a mixture (every
 * other desk's topics plus off-topic chat) with no one direction in the embedding, while its `stay`
 * texts share one domain: with the block, "what appointments do I have coming up?" stayed with a
 * clinical line whose texts are all medical, instead of going back to the front desk.
 */
function trainedRouter(graph: NormalizedGraph, agentName: string): TrainedRouter {
  const routers = routersOf(graph);
  let trained = routers.agents.get(agentName);
  if (!trained) {
    const agent = graph.byName.get(agentName);
    if (!agent) throw new Error(`createAgentRouter: graph "${graph.name}" has no agent "${agentName}"`);
    const edges = new Map(agent.handoffs.map((e) => [e.toolName, e]));
    // With no edges there is nothing to decide: skip training, the router always stays.
    const classifier =
      edges.size > 0
        ? LexicalClassifier.train(buildRouterDocs(graph, agentName), {
            space: graphSpace(graph, routers),
            useEmbedding: agentName === graph.entry,
          })
        : null;
    trained = { classifier, edges };
    routers.agents.set(agentName, trained);
  }
  return trained;
}

export function createAgentRouter(
  graph: NormalizedGraph,
  agentName: string,
  opts: { threshold?: number } = {},
): AgentRouter {
  const trained = trainedRouter(graph, agentName);
  const { classifier, edges } = trained;
  const views = () => {
    trained.views ??= trainPhrasingViews(buildRouterDocs(graph, agentName));
    return trained.views;
  };
  const threshold = opts.threshold ?? DEFAULT_ROUTER_THRESHOLD;
  const labels = [STAY_LABEL, ...edges.keys()];

  /** What the graph's desks deal in (foreignThings.ts), learnt on the entry's first use. */
  const things = () => {
    const routers = routersOf(graph);
    routers.things ??= new ThingDomain(specialistTexts(graph));
    return routers.things;
  };
  const ownThings = () => {
    const routers = routersOf(graph);
    routers.ownThings ??= new OwnThings(graph);
    return routers.ownThings;
  };
  const desks = () => {
    const routers = routersOf(graph);
    routers.desks ??= new DeskDomains(graph);
    return routers.desks;
  };
  const foreignKeep = (text: string): EntryKeep | null => {
    const foreign = things().foreignThingsOf(text);
    return foreign.length > 0 ? { kind: 'foreign', terms: foreign } : null;
  };
  const routeText = (
    text: string,
    enabledToolNames?: readonly string[],
    options: RouteOptions = {},
  ): RouteDecision => {
    const enabled = enabledToolNames
      ? [...edges.keys()].filter((t) => enabledToolNames.includes(t))
      : [...edges.keys()];
    const allowed = [STAY_LABEL, ...enabled].filter((label) => classifier?.labels.includes(label));
    if (text.trim() === '') {
      return {
        decision: 'unsure',
        confidence: 0,
        ...(options.fastPath ? { fastPathConfidence: 0 } : {}),
        reason: 'Empty message',
        intent: intentSlug(agentName, []),
        ranking: [],
      };
    }
    if (!classifier || allowed.length <= 1) {
      // Nowhere else to go: staying is certain.
      return {
        decision: 'stay',
        confidence: 1,
        ...(options.fastPath ? { fastPathConfidence: 1 } : {}),
        reason: describeRoute({ kind: 'stay', text, agent: agentName, terms: [], confidence: 1 }),
        intent: intentSlug(agentName, []),
        ranking: [{ label: STAY_LABEL, p: 1 }],
      };
    }
    // At the entry only: a desk mid-task reads "yes, just the knee one" as the reply to its read-back.
    const request = agentName === graph.entry ? withoutLeadingAcknowledgement(text) : text;
    const prediction = classifier.predict(request, { allowed });
    const best = prediction.label;
    const edge = edges.get(best);
    const targetName = edge?.to ?? agentName;
    const ranking = prediction.ranking.map((r) => ({ ...r, target: edges.get(r.label)?.to }));
    // An input the router half understands is not one it may be sure of: the pooled confidence is
    // scaled by the share of content words it recognised.
    const fastPath = options.fastPath
      ? fastPathConfidence(best, prediction.ranking, views(), text, allowed) * prediction.recognized
      : undefined;
    const base = {
      confidence: prediction.confidence,
      recognized: prediction.recognized,
      ...(fastPath === undefined ? {} : { fastPathConfidence: fastPath }),
      intent: intentSlug(targetName, prediction.topTerms),
      ranking,
    };
    const describe = (kind: ReasonKind) =>
      describeRoute({
        kind,
        text,
        agent: targetName,
        terms: prediction.topTerms,
        confidence: prediction.confidence,
      });
    // Kept by the entry for what the message is about (entryKeeps.ts): it says what it can help with.
    const keptAtEntry = (kept: EntryKeep): RouteDecision => ({
      ...base,
      ...(fastPath === undefined ? {} : { fastPathConfidence: 0 }),
      decision: 'stay',
      keptAs: kept.kind,
      intent: intentSlug(agentName, kept.terms),
      reason: describeRoute({
        kind: kept.kind,
        text,
        agent: agentName,
        terms: kept.terms,
        confidence: prediction.confidence,
      }),
    });

    // A message without a single word ("2025-06-12", "$40") says nothing about the topic, however
    // confident the classifier is about the digits: it is usually the answer to a question. And a
    // winner that no word of the message argues for ("I have a problem with my account") won on the
    // label's prior alone: that is a guess, not a decision.
    if (
      (fastPath ?? prediction.confidence) <
        (fastPath === undefined ? spreadThreshold(threshold, allowed.length) : threshold) ||
      !hasTopicWord(text) ||
      prediction.topTerms.length === 0
    ) {
      // "set a timer for 10 minutes": unsure between desks, but about a thing no desk deals in. Said to
      // the entry, that is another business's request, kept as one would be that the router was sure of
      // (an unsure message is otherwise given to a desk whose change or value it names: "minutes").
      // Not on the fast path: there an unsure message goes to the LLM anyway, and most messages are
      // unsure below its threshold, so the test would only add its cost to every turn.
      const kept =
        agentName === graph.entry && fastPath === undefined && hasTopicWord(text) ? foreignKeep(text) : null;
      if (kept) return keptAtEntry(kept);
      return { ...base, decision: 'unsure', reason: describe('unsure') };
    }
    if (!edge) return { ...base, decision: 'stay', reason: describe('stay') };
    const target = graph.byName.get(edge.to);
    // "Cancel my gym membership" to a software desk, or a message mostly in words it does not know:
    // the entry keeps it (it says what it can help with; a hybrid graph lets its LLM decide).
    if (agentName === graph.entry && !target?.human) {
      const kept = whyEntryKeeps(things(), text, prediction.recognized);
      if (kept) return keptAtEntry(kept);
      // "How do I sell my old car" to a property desk: what it is about must be the chosen desk's kind
      // of thing, or the business's (deskDomains.ts).
      const foreign = target ? desks().foreignToDesk(target.name, text) : [];
      if (foreign.length > 0) return keptAtEntry({ kind: 'foreign', terms: foreign });
      // "Can you list my 2 bed in Old Town": the customer's own thing, at the desk that deals in theirs.
      const owner = target ? ownThings().ownerOf(target.name, text, ranking) : undefined;
      const ownerEdge =
        owner && [...edges.values()].find((e) => e.to === owner && enabled.includes(e.toolName));
      if (ownerEdge) {
        // Chosen by the rule, not by the classifier: only as sure as the classifier was of that desk.
        const p = ranking.find((r) => r.label === ownerEdge.toolName)?.p ?? 0;
        return {
          ...base,
          confidence: p,
          ...(fastPath === undefined ? {} : { fastPathConfidence: Math.min(fastPath, p) }),
          intent: intentSlug(owner, prediction.topTerms),
          decision: 'handoff',
          toolName: ownerEdge.toolName,
          target: owner,
          reason: describeRoute({
            kind: 'handoff',
            text,
            agent: owner,
            terms: prediction.topTerms,
            confidence: p,
          }),
        };
      }
    }
    // "Are you a human or a bot?" asks what we are; it is no request for a person.
    // Nor is "send an email to my boss": the people it names are the customer's own. What such a message
    // asks of us the router cannot tell, though ("I'm calling for my boss, he needs to cancel one of his
    // viewings"): unsure, not kept as if off-topic.
    const ownPeople = target?.human && speaksOfTheirOwnPeople(text, possessedIn(target.examples));
    if (target?.human && (asksWhatWeAre(text) || ownPeople))
      return {
        ...base,
        decision: ownPeople ? 'unsure' : 'stay',
        intent: intentSlug(agentName, prediction.topTerms),
        reason: describeRoute({
          kind: ownPeople ? 'unsure' : 'stay',
          text,
          agent: agentName,
          terms: prediction.topTerms,
          confidence: prediction.confidence,
        }),
      };
    // "I'll come in person" names nobody to speak to: the best of the other desks (or staying).
    if (target?.human && saysInPersonOnly(text))
      return routeText(
        text,
        enabled.filter((t) => !graph.byName.get(edges.get(t)?.to ?? '')?.human),
        options,
      );
    const kind: ReasonKind = target?.human ? 'human' : edge.to === graph.entry ? 'handback' : 'handoff';
    return { ...base, decision: 'handoff', toolName: edge.toolName, target: edge.to, reason: describe(kind) };
  };

  // Unsure, read again without the business's own name ("…my Relay Cloud account": ownBusinessName.ts).
  const route = (said: string, enabledToolNames?: readonly string[], options: RouteOptions = {}) =>
    unsureReadWithoutOwnNames(said, graph.businessNames, (text) =>
      routeText(text, enabledToolNames, options),
    );

  return { agent: agentName, threshold, labels, classifier, route };
}
