import { z } from 'zod';
import {
  ENTRY_HANDBACK_DESCRIPTION,
  edgeTarget,
  GraphValidationError,
  validateGraphSpec,
} from './graphValidation.ts';
import { HUMAN_DESCRIPTION, humanAgent } from './humanNode.ts';
import { normalizePhoneTarget, phoneTargetSpecs } from './phoneTarget.ts';
import { DEFAULT_POLICY } from './policyOptions.ts';
import { toGraphJSON, toMermaid } from './topology.ts';
import {
  type EdgeSpec,
  type GraphSpec,
  HUMAN_AGENT,
  type NormalizedAgent,
  type NormalizedEdge,
  type NormalizedGraph,
} from './types.ts';

export const DEFAULT_STYLE_GUIDE = [
  'You are one voice of the same assistant: keep the same warm, concise tone as the rest of the conversation.',
  'Never mention agents, transfers, handoffs, tools or internal systems. Do not say "I am transferring you" — just continue helping.',
  'Never ask the customer for information already present in the conversation or the known context.',
].join('\n');

export const DEFAULT_SAFE_REPLY =
  "I'm sorry, I can't help with that here. Is there something else I can do for you?";

export type Graph<S = any> = NormalizedGraph<S> & {
  toMermaid(): string;
  toJSON(): ReturnType<typeof toGraphJSON>;
};

/**
 * Validates and normalizes a graph. Fails fast: every problem is reported at once, naming the agent,
 * before any conversation runs. Adds the built-in Human node and the escalation edge every agent has.
 */
export function defineGraph<S extends z.ZodType = z.ZodObject<Record<string, never>>>(
  spec: GraphSpec<S>,
): Graph<z.infer<S>> {
  const { errors, warnings } = validateGraphSpec(spec);
  if (errors.length > 0) throw new GraphValidationError(spec?.name ?? '(unnamed)', errors);

  const policy = { ...DEFAULT_POLICY, ...stripUndefined(spec.policy ?? {}) };
  const specByName = new Map(spec.agents.map((a) => [a.name, a]));
  const describe = (name: string) => {
    if (name === HUMAN_AGENT) return HUMAN_DESCRIPTION;
    const own = specByName.get(name)?.handoffDescription;
    return own || (name === spec.entry ? ENTRY_HANDBACK_DESCRIPTION : undefined);
  };

  const agents: NormalizedAgent[] = spec.agents.map((agent) => {
    const handoffs = (agent.handoffs ?? []).map((edge) => normalizeEdge(agent.name, edge, describe, false));
    const escalation = policy.escalateTo;
    if (agent.name !== escalation && !handoffs.some((e) => e.to === escalation)) {
      handoffs.push(normalizeEdge(agent.name, escalation, describe, true));
    }
    const agentTools = (agent.agentTools ?? []).map((t) => {
      const spec = typeof t === 'string' ? { agent: t } : t;
      return {
        agent: spec.agent,
        toolName: spec.toolName ?? `ask_${spec.agent}`,
        description: spec.description ?? describe(spec.agent) ?? spec.agent,
      };
    });
    return {
      ...agent,
      handoffs,
      agentTools,
      examples: agent.examples ?? [],
      tools: agent.tools ?? [],
      human: false,
      phone: null,
    };
  });
  const referencesHuman = agents.some(
    (a) => a.handoffs.some((e) => e.to === HUMAN_AGENT) || a.sla?.escalateTo === HUMAN_AGENT,
  );
  if (referencesHuman) agents.push(humanAgent());
  const phones = phoneTargetSpecs(spec.phone);
  for (const agent of agents) {
    const target = phones.specs[agent.name];
    if (target) agent.phone = normalizePhoneTarget(target, phones.sources[agent.name]);
  }

  const graph: NormalizedGraph = {
    name: spec.name,
    entry: spec.entry,
    description: spec.description,
    agents,
    byName: new Map(agents.map((a) => [a.name, a])),
    styleGuide: spec.styleGuide ?? DEFAULT_STYLE_GUIDE,
    policy,
    routing: { mode: spec.routing?.mode ?? 'llm', threshold: spec.routing?.threshold ?? 0.7 },
    contextSchema: (spec.context ?? z.object({}).passthrough()) as z.ZodType<any>,
    safeReply: spec.safeReply ?? DEFAULT_SAFE_REPLY,
    setupSql: spec.setupSql ?? [],
    warnings: warnings.map((w) => w.message),
    voicePipeline: spec.voicePipeline,
    voicemail: spec.voicemail,
    businessNames: spec.businessNames ?? [],
  };
  return Object.assign(graph, {
    toMermaid: () => toMermaid(graph),
    toJSON: () => toGraphJSON(graph),
  });
}

function normalizeEdge(
  from: string,
  edge: EdgeSpec | string,
  describe: (name: string) => string | undefined,
  system: boolean,
): NormalizedEdge {
  const to = edgeTarget(edge);
  const options: Exclude<EdgeSpec, string> = typeof edge === 'string' ? { to } : edge;
  return {
    from,
    to,
    toolName: `transfer_to_${to}`,
    description: options.description ?? describe(to) ?? to,
    inputFilter: options.inputFilter ?? 'full',
    canHandoff: options.canHandoff,
    guardrail: options.guardrail,
    injectTools: options.injectTools ?? [],
    system,
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function isGraph(value: unknown): value is Graph {
  return typeof value === 'object' && value !== null && (value as Graph).byName instanceof Map;
}
