import { z } from 'zod';
import { leadsLadder } from '../graph/ladder.ts';
import type { NormalizedAgent, NormalizedEdge, NormalizedGraph } from '../graph/types.ts';
import {
  ACKNOWLEDGEMENTS,
  ESCALATION_PHRASES,
  GREETINGS,
  OFF_TOPIC,
  SHORT_REPLIES,
} from './builtinPhrases.ts';
import type { LabeledDoc } from './lexicalClassifier.ts';

/** Label of "keep the conversation with the current agent". Every other label is an edge's tool name. */
export const STAY_LABEL = 'stay';

/**
 * Training documents for the router of one agent: `stay` plus one label per handoff edge.
 *
 * - Edge to a specialist T: what T says it handles (description, examples, tool descriptions), and
 *   when T leads a branch of its own (a tree), what the agents below T handle: the way there goes
 *   through T, so T's edge is the right first step for their topics too.
 * - Edge to the entry agent (a handback to triage): what every agent reachable from the entry handles,
 *   minus the current agent and the targets it already has its own edge to, plus off-topic requests —
 *   so a specialist hands back when the user changes topic, without the handback label fighting the
 *   direct edges.
 * - Edge to the Human node: its escalation phrases and the built-in ones.
 * - `stay`: the current agent's own texts, greetings, acknowledgements and short answers (also the
 *   values its own tools ask for, such as a plan name), and for the entry agent off-topic requests.
 */
export function buildRouterDocs(graph: NormalizedGraph, agentName: string): LabeledDoc[] {
  const agent = graph.byName.get(agentName);
  if (!agent) throw new Error(`buildRouterDocs: graph "${graph.name}" has no agent "${agentName}"`);
  const docs: LabeledDoc[] = [];
  const push = (label: string, texts: Iterable<string>) => {
    for (const text of texts) if (text.trim() !== '') docs.push({ label, text });
  };

  // A lead's description sums up its ladder ("bills and balances, insurance claims…"): as its own
  // texts it would teach the lead to keep what the rungs below it take. Its examples stay its own.
  push(STAY_LABEL, agentTexts(agent, { withDescription: !leadsLadder(graph, agent.name) }));
  push(STAY_LABEL, ACKNOWLEDGEMENTS);
  push(STAY_LABEL, SHORT_REPLIES);
  push(STAY_LABEL, GREETINGS);
  push(STAY_LABEL, parameterAnswers(agent));
  if (agent.name === graph.entry) push(STAY_LABEL, OFF_TOPIC);

  const directTargets = new Set(agent.handoffs.map((e) => e.to));
  for (const edge of agent.handoffs) {
    const target = graph.byName.get(edge.to);
    push(edge.toolName, edgeOwnTexts(edge, target));
    if (!target || target.human) continue;
    if (target.name === graph.entry && target.name !== agent.name) {
      // Off-topic requests belong to the entry agent, so a specialist hands them back.
      push(edge.toolName, OFF_TOPIC);
      for (const name of reachableFrom(graph, target.name)) {
        if (name === agent.name || name === target.name || directTargets.has(name)) continue;
        const other = graph.byName.get(name)!;
        if (!other.human) push(edge.toolName, agentTexts(other));
      }
    } else {
      push(edge.toolName, agentTexts(target, { withDescription: false }));
      for (const name of branchBelow(graph, target.name, agent.name)) {
        if (directTargets.has(name)) continue;
        const below = graph.byName.get(name)!;
        if (!below.human) push(edge.toolName, agentTexts(below));
      }
    }
  }
  return docs;
}

/**
 * The agents reachable from `head` without passing through `from` or the entry agent: the branch
 * `head` leads. In a star every specialist hands back to the entry, so the branch is empty; in a
 * ladder it is the rungs below a lead.
 */
function branchBelow(graph: NormalizedGraph, head: string, from: string): string[] {
  const blocked = new Set([from, graph.entry, head]);
  const seen = new Set<string>();
  const queue = [head];
  while (queue.length > 0) {
    const current = graph.byName.get(queue.shift()!);
    for (const edge of current?.handoffs ?? []) {
      if (blocked.has(edge.to) || seen.has(edge.to)) continue;
      seen.add(edge.to);
      queue.push(edge.to);
    }
  }
  return [...seen];
}

/** The edge's description (what the model would see), plus the target's own description when it differs. */
function edgeOwnTexts(edge: NormalizedEdge, target: NormalizedAgent | undefined): string[] {
  const texts = [edge.description];
  if (target?.handoffDescription && target.handoffDescription !== edge.description) {
    texts.push(target.handoffDescription);
  }
  if (target?.human) texts.push(...target.examples, ...ESCALATION_PHRASES);
  return texts;
}

/**
 * What the agents the entry hands to handle, in their authors' words: the things a request handed on
 * may be about (foreignThings.ts). The entry's own texts are left out: its examples are what it keeps,
 * off-topic requests among them ("I need a plumber", "my home broadband router needs resetting"), which
 * would make a plumber and a router the business's own; and a thing only the entry speaks of ("can I
 * bring my dog along" at a salon) is no specialist's ("book my dog in for a groom" stays at the desk).
 */
export function specialistTexts(graph: NormalizedGraph): string[] {
  return graph.agents.filter((a) => !a.human && a.name !== graph.entry).flatMap((a) => agentTexts(a));
}

/** One specialist's own texts: what that desk deals in. */
export function deskTexts(graph: NormalizedGraph, name: string): string[] {
  const agent = graph.byName.get(name);
  return agent ? agentTexts(agent) : [];
}

/** What an agent handles, in its author's words: description, examples, and what its tools do. */
function agentTexts(agent: NormalizedAgent, options: { withDescription?: boolean } = {}): string[] {
  const texts: string[] = [];
  if (options.withDescription !== false && agent.handoffDescription) texts.push(agent.handoffDescription);
  texts.push(...agent.examples);
  for (const tool of agent.tools)
    if (tool.routingText !== false) texts.push(`${tool.name.replace(/[_-]+/g, ' ')}: ${tool.description}`);
  return texts;
}

/**
 * Bare answers to what the agent's own tools ask for: enum values ("Growth") and the examples their
 * parameter descriptions give ("e.g. INV-2041"). After the agent asks "which plan?", "Growth" is an
 * answer, not a new topic, even where another agent talks about plans more. Only the agent's own stay
 * label learns them: at the entry agent a bare "Growth" says nothing about who should take it.
 */
function parameterAnswers(agent: NormalizedAgent): string[] {
  const answers = new Set<string>();
  for (const tool of agent.tools) {
    if (tool.routingText === false) continue;
    let schema: { properties?: Record<string, { enum?: unknown[]; description?: string }> };
    try {
      schema = z.toJSONSchema(tool.parameters) as typeof schema;
    } catch {
      continue; // a schema zod cannot describe teaches nothing here
    }
    for (const property of Object.values(schema.properties ?? {})) {
      for (const value of property.enum ?? []) if (typeof value === 'string') answers.add(value);
      const example = property.description?.match(/\be\.g\.,?\s+([^;,()]+)/)?.[1]?.trim();
      if (example) answers.add(example);
    }
  }
  return [...answers];
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
