import type { NormalizedAgent, NormalizedGraph } from '../graph/types.ts';

/** Style guide first (one voice), then the agent's own instructions, then what is already known. */
export function composeInstructions(graph: NormalizedGraph, agent: NormalizedAgent, state: unknown): string {
  return withKnownFacts(baseInstructions(graph, agent, state), state);
}

/** The style guide and the agent's own instructions. */
export function baseInstructions(graph: NormalizedGraph, agent: NormalizedAgent, state: unknown): string {
  const own = typeof agent.instructions === 'function' ? agent.instructions(state) : agent.instructions;
  return own ? (graph.styleGuide ? `${graph.styleGuide}\n\n${own}` : own) : graph.styleGuide;
}

/** `base` followed by what the context already holds, so no agent asks for it again. */
export function withKnownFacts(base: string, state: unknown): string {
  const known = knownFacts(state);
  if (!known) return base;
  const facts = `Already known about this customer (never ask for these again):\n${known}`;
  return base ? `${base}\n\n${facts}` : facts;
}

function knownFacts(state: unknown): string {
  if (!state || typeof state !== 'object') return '';
  // Called on every model call: one pass, no intermediate arrays.
  let lines = '';
  for (const key in state as Record<string, unknown>) {
    if (!Object.hasOwn(state, key)) continue;
    const v = (state as Record<string, unknown>)[key];
    if (v === undefined || v === null || v === '') continue;
    lines += `${lines ? '\n' : ''}- ${key}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`;
  }
  return lines;
}
