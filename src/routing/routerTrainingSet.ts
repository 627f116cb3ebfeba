import type { NormalizedAgent, NormalizedEdge, NormalizedGraph } from '../graph/types.ts';
import { ACKNOWLEDGEMENTS, ENTRY_SMALL_TALK } from './builtinPhrases.ts';
import type { LabeledDoc } from './lexicalClassifier.ts';

/** Label of "keep the conversation with the current agent". Every other label is an edge's tool name. */
export const STAY_LABEL = 'stay';

/**
 * Training documents for the router of one agent: `stay` plus one label per handoff edge.
 *
 * - Edge to a specialist T: what T says it handles (description, examples, tool descriptions).
 * - Edge to the entry agent (a handback to triage): what every agent reachable from the entry handles,
 *   minus the current agent and the targets it already has its own edge to — so a specialist hands
 *   back when the user changes topic, without the handback label fighting the direct edges.
 * - Edge to the Human node: its escalation phrases.
 * - `stay`: the current agent's own texts, acknowledgements, and for the entry agent greetings and
 *   out-of-scope small talk.
 */
export function buildRouterDocs(graph: NormalizedGraph, agentName: string): LabeledDoc[] {
  const agent = graph.byName.get(agentName);
  if (!agent) throw new Error(`buildRouterDocs: graph "${graph.name}" has no agent "${agentName}"`);
  const docs: LabeledDoc[] = [];
  const push = (label: string, texts: Iterable<string>) => {
    for (const text of texts) if (text.trim() !== '') docs.push({ label, text });
  };

  push(STAY_LABEL, agentTexts(agent));
  push(STAY_LABEL, ACKNOWLEDGEMENTS);
  if (agent.name === graph.entry) push(STAY_LABEL, ENTRY_SMALL_TALK);

  const directTargets = new Set(agent.handoffs.map((e) => e.to));
  for (const edge of agent.handoffs) {
    const target = graph.byName.get(edge.to);
    push(edge.toolName, edgeOwnTexts(edge, target));
    if (!target || target.human) continue;
    if (target.name === graph.entry && target.name !== agent.name) {
      for (const name of reachableFrom(graph, target.name)) {
        if (name === agent.name || name === target.name || directTargets.has(name)) continue;
        const other = graph.byName.get(name)!;
        if (!other.human) push(edge.toolName, agentTexts(other));
      }
    } else {
      push(edge.toolName, agentTexts(target, { withDescription: false }));
    }
  }
  return docs;
}

/** The edge's description (what the model would see), plus the target's own description when it differs. */
function edgeOwnTexts(edge: NormalizedEdge, target: NormalizedAgent | undefined): string[] {
  const texts = [edge.description];
  if (target?.handoffDescription && target.handoffDescription !== edge.description) {
    texts.push(target.handoffDescription);
  }
  if (target?.human) texts.push(...target.examples);
  return texts;
}

/** What an agent handles, in its author's words: description, examples, and what its tools do. */
function agentTexts(agent: NormalizedAgent, options: { withDescription?: boolean } = {}): string[] {
  const texts: string[] = [];
  if (options.withDescription !== false && agent.handoffDescription) texts.push(agent.handoffDescription);
  texts.push(...agent.examples);
  for (const tool of agent.tools) texts.push(`${tool.name.replace(/[_-]+/g, ' ')}: ${tool.description}`);
  return texts;
}

function reachableFrom(graph: NormalizedGraph, start: string): string[] {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const current = graph.byName.get(queue.shift()!);
    for (const edge of current?.handoffs ?? []) {
      if (!seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return [...seen];
}
