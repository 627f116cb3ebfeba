import type { NormalizedGraph } from './types.ts';

export type GraphJSON = {
  name: string;
  entry: string;
  agents: {
    name: string;
    handoffDescription: string | null;
    tools: { name: string; description: string; sideEffect: boolean }[];
    handoffs: {
      to: string;
      tool: string;
      inputFilter: unknown;
      gated: boolean;
      guarded: boolean;
      system: boolean;
    }[];
    agentTools: { agent: string; tool: string }[];
    sla: { maxTurns: number; escalateTo: string } | null;
    examples: number;
    human: boolean;
    model: string | null;
    /** Where a phone call is put through when control reaches this agent (the dashboard draws it). */
    phone: {
      target: string;
      mode: 'cold' | 'warm';
      callerId: string | null;
      timeoutSec: number;
      source: 'graph' | 'env';
    } | null;
  }[];
  policy: NormalizedGraph['policy'];
  routing: NormalizedGraph['routing'];
};

/** A plain, serializable description of the topology (for the CLI, the dashboard and diffs in review). */
export function toGraphJSON(graph: NormalizedGraph): GraphJSON {
  return {
    name: graph.name,
    entry: graph.entry,
    agents: graph.agents.map((a) => ({
      name: a.name,
      handoffDescription: a.handoffDescription ?? null,
      tools: a.tools.map((t) => ({ name: t.name, description: t.description, sideEffect: t.sideEffect })),
      handoffs: a.handoffs.map((e) => ({
        to: e.to,
        tool: e.toolName,
        inputFilter: e.inputFilter,
        gated: !!e.canHandoff,
        guarded: !!e.guardrail,
        system: e.system,
        injects: (e.injectTools ?? []).map((t) => t.name),
      })),
      agentTools: (a.agentTools ?? []).map((t) => ({ agent: t.agent, tool: t.toolName })),
      sla: a.sla ?? null,
      examples: a.examples.length,
      human: a.human,
      model: typeof a.model === 'string' ? a.model : a.model ? 'custom' : null,
      phone: a.phone
        ? {
            target: a.phone.target,
            mode: a.phone.mode,
            callerId: a.phone.callerId,
            timeoutSec: a.phone.timeoutSec,
            source: a.phone.source,
          }
        : null,
    })),
    policy: graph.policy,
    routing: graph.routing,
  };
}

/**
 * Mermaid flowchart: entry in bold, the Human node rounded, system escalation edges dotted, agents
 * used as tools with a `tool` label, SLA escalations as thick edges, phone targets as parallelograms.
 */
export function toMermaid(graph: NormalizedGraph): string {
  const lines = ['flowchart LR'];
  for (const agent of graph.agents) {
    const label =
      agent.tools.length > 0
        ? `${agent.name}<br/><small>${agent.tools.map((t) => t.name).join(', ')}</small>`
        : agent.name;
    if (agent.human) lines.push(`  ${agent.name}([${agent.name}])`);
    else if (agent.name === graph.entry) lines.push(`  ${agent.name}[["${label}"]]`);
    else lines.push(`  ${agent.name}["${label}"]`);
  }
  for (const agent of graph.agents) {
    for (const edge of agent.handoffs) {
      lines.push(edge.system ? `  ${agent.name} -.-> ${edge.to}` : `  ${agent.name} --> ${edge.to}`);
    }
    for (const t of agent.agentTools ?? []) lines.push(`  ${agent.name} -.->|tool| ${t.agent}`);
    if (agent.sla) lines.push(`  ${agent.name} ==>|SLA ${agent.sla.maxTurns}| ${agent.sla.escalateTo}`);
    if (agent.phone) {
      lines.push(`  phone_${agent.name}[/"📞 ${agent.phone.target}"/]`);
      lines.push(`  ${agent.name} -->|${agent.phone.mode} transfer| phone_${agent.name}`);
    }
  }
  return lines.join('\n');
}
