import { cosine, TfidfVectorizer } from '../../routing/textFeatures.ts';

/**
 * Picks the function tool whose name + description is most similar to the user's message (TF-IDF
 * cosine over the same word and char n-grams the router uses).
 *
 * MIN_TOOL_SIMILARITY was measured on the support fixture's six tools: messages meant for a tool
 * scored 0.20–0.72 against it, chat and other topics 0.00–0.18 ("update my credit card" vs "look up an
 * invoice" shares the char grams of "up": 0.18).
 */
export const MIN_TOOL_SIMILARITY = 0.2;

export type ToolDoc = { name: string; description: string };

type FittedTools = {
  vectorizer: TfidfVectorizer;
  docs: { name: string; vector: ReturnType<TfidfVectorizer['transform']> }[];
};

/** Tools rarely change between calls: keep the last few fitted sets (bounded, insertion-ordered). */
const fitted = new Map<string, FittedTools>();
const MAX_FITTED = 64;

function toolText(tool: ToolDoc): string {
  return `${tool.name.replace(/[_-]+/g, ' ')} ${tool.description}`;
}

function fittedTools(tools: readonly ToolDoc[]): FittedTools {
  const key = JSON.stringify(tools.map((t) => [t.name, t.description]));
  const hit = fitted.get(key);
  if (hit) return hit;
  const texts = tools.map(toolText);
  const vectorizer = new TfidfVectorizer().fit(texts);
  const result = {
    vectorizer,
    docs: tools.map((t, i) => ({ name: t.name, vector: vectorizer.transform(texts[i]) })),
  };
  if (fitted.size >= MAX_FITTED) fitted.delete(fitted.keys().next().value!);
  fitted.set(key, result);
  return result;
}

export type ToolMatch = { name: string; score: number };

/** Every tool scored against `text`, best first (ties broken by name for determinism). */
export function scoreTools(text: string, tools: readonly ToolDoc[]): ToolMatch[] {
  if (tools.length === 0 || text.trim() === '') return [];
  const { vectorizer, docs } = fittedTools(tools);
  const query = vectorizer.transform(text);
  return docs
    .map((d) => ({ name: d.name, score: cosine(query, d.vector) }))
    .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1));
}

/** The best tool not in `exclude`, when it clears `threshold`. */
export function matchTool(
  text: string,
  tools: readonly ToolDoc[],
  options: { exclude?: ReadonlySet<string>; threshold?: number } = {},
): ToolMatch | undefined {
  const best = scoreTools(text, tools).find((m) => !options.exclude?.has(m.name));
  return best && best.score >= (options.threshold ?? MIN_TOOL_SIMILARITY) ? best : undefined;
}
