import { phoneTargetProblems, phoneTargetSpecs } from './phoneTarget.ts';
import { type EdgeSpec, type GraphSpec, HUMAN_AGENT } from './types.ts';

export type GraphIssue = { agent: string | null; message: string };

/** Raised at build time, before any conversation runs, with every problem found (not just the first). */
/** No template by that name, and no graph module at that path. */
export class GraphNotFoundError extends Error {
  constructor(name: string, templates: readonly string[]) {
    super(`unknown graph "${name}": use a template (${templates.join(', ')}) or a path to a graph module`);
    this.name = 'GraphNotFoundError';
  }
}

export class GraphValidationError extends Error {
  constructor(
    readonly graph: string,
    readonly issues: GraphIssue[],
  ) {
    super(`graph "${graph}" is invalid:\n${issues.map((i) => `  - ${i.message}`).join('\n')}`);
    this.name = 'GraphValidationError';
  }
}

const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,50}$/;

/** Handing back to the entry agent needs no description of its own: this one is used. */
export const ENTRY_HANDBACK_DESCRIPTION =
  'Hand the conversation back when the customer needs something outside your area, so it can be routed again.';

export function edgeTarget(edge: EdgeSpec): string {
  return typeof edge === 'string' ? edge : edge.to;
}

/** Returns errors (fatal) and warnings (printed, not fatal) for a graph spec. */
export function validateGraphSpec(spec: GraphSpec<any>): { errors: GraphIssue[]; warnings: GraphIssue[] } {
  const errors: GraphIssue[] = [];
  const warnings: GraphIssue[] = [];
  const err = (agent: string | null, message: string) => errors.push({ agent, message });

  if (!spec || typeof spec !== 'object')
    return { errors: [{ agent: null, message: 'graph spec must be an object' }], warnings };
  if (!spec.name || !/^[a-z0-9][a-z0-9_-]*$/i.test(spec.name))
    err(null, `graph name "${spec.name}" must be a slug`);
  if (!Array.isArray(spec.agents) || spec.agents.length === 0) {
    err(null, 'graph has no agents');
    return { errors, warnings };
  }

  const byName = new Map<string, (typeof spec.agents)[number]>();
  for (const agent of spec.agents) {
    const name = agent?.name;
    if (typeof name !== 'string' || !NAME_PATTERN.test(name)) {
      err(
        name ?? null,
        `agent name "${name}" must start with a letter and contain only letters, digits, _ or -`,
      );
      continue;
    }
    if (name === HUMAN_AGENT)
      err(name, `agent "${HUMAN_AGENT}" is built in; hand off to it instead of defining it`);
    if (byName.has(name)) err(name, `duplicate agent name "${name}"`);
    byName.set(name, agent);
  }
  const known = (name: string) => byName.has(name) || name === HUMAN_AGENT;

  if (!spec.entry) err(null, 'graph has no entry agent');
  else if (!byName.has(spec.entry)) err(spec.entry, `entry agent "${spec.entry}" is not defined`);

  for (const agent of byName.values()) {
    if (typeof agent.instructions !== 'string' && typeof agent.instructions !== 'function') {
      err(agent.name, `agent "${agent.name}" has no instructions`);
    }
    const seenTargets = new Set<string>();
    for (const edge of agent.handoffs ?? []) {
      const to = edgeTarget(edge);
      if (!known(to)) {
        err(agent.name, `agent "${agent.name}" hands off to unknown agent "${to}"`);
        continue;
      }
      if (to === agent.name) err(agent.name, `agent "${agent.name}" hands off to itself`);
      if (seenTargets.has(to)) err(agent.name, `agent "${agent.name}" lists the handoff to "${to}" twice`);
      seenTargets.add(to);
      const target = byName.get(to);
      const hasEdgeDescription = typeof edge === 'object' && !!edge.description;
      if (target && to !== spec.entry && !target.handoffDescription?.trim() && !hasEdgeDescription) {
        err(agent.name, `agent "${agent.name}" hands off to "${to}", which has no handoffDescription`);
      }
    }
    for (const t of agent.agentTools ?? []) {
      const target = typeof t === 'string' ? t : t?.agent;
      if (!byName.has(target))
        err(agent.name, `agent "${agent.name}" uses unknown agent "${target}" as a tool`);
      else if (target === agent.name) err(agent.name, `agent "${agent.name}" uses itself as a tool`);
    }
    if (agent.sla) {
      if (!(Number.isInteger(agent.sla.maxTurns) && agent.sla.maxTurns > 0)) {
        err(agent.name, `agent "${agent.name}" has an sla.maxTurns that is not a positive integer`);
      }
      if (!known(agent.sla.escalateTo))
        err(agent.name, `agent "${agent.name}" escalates (sla) to unknown agent "${agent.sla.escalateTo}"`);
    }
    const toolNames = new Set<string>();
    for (const tool of agent.tools ?? []) {
      if (toolNames.has(tool.name))
        err(agent.name, `agent "${agent.name}" has two tools named "${tool.name}"`);
      if (tool.name.startsWith('transfer_to_'))
        err(agent.name, `tool "${tool.name}" uses the reserved prefix transfer_to_`);
      toolNames.add(tool.name);
    }
  }

  const escalateTo = spec.policy?.escalateTo ?? HUMAN_AGENT;
  if (!known(escalateTo)) err(null, `policy.escalateTo names unknown agent "${escalateTo}"`);

  if (spec.entry && byName.has(spec.entry)) {
    const reachable = reachableFrom(spec.entry, (name) => {
      const agent = byName.get(name);
      const asTools = (agent?.agentTools ?? []).map((t) => (typeof t === 'string' ? t : t.agent));
      return [
        ...(agent?.handoffs ?? []).map(edgeTarget),
        ...asTools,
        ...(agent?.sla ? [agent.sla.escalateTo] : []),
      ];
    });
    reachable.add(escalateTo); // every agent can escalate
    for (const name of byName.keys()) {
      if (!reachable.has(name)) err(name, `agent "${name}" is unreachable from entry "${spec.entry}"`);
    }
    const entry = byName.get(spec.entry)!;
    if ((entry.tools ?? []).length > 0) {
      warnings.push({
        agent: entry.name,
        message: `entry agent "${entry.name}" has tools (${entry.tools!.map((t) => t.name).join(', ')}); a triage agent should only hand off`,
      });
    }
  }
  const routing = spec.routing;
  if (routing?.mode && !['llm', 'local', 'hybrid'].includes(routing.mode)) {
    err(null, `routing.mode must be llm, local or hybrid (got "${routing.mode}")`);
  }
  if (routing?.threshold !== undefined && !(routing.threshold >= 0 && routing.threshold <= 1)) {
    err(null, `routing.threshold must be between 0 and 1 (got ${routing.threshold})`);
  }
  validatePhoneTargets(spec, known, escalateTo, err);
  if (spec.voicemail !== undefined && (typeof spec.voicemail !== 'string' || !spec.voicemail.trim()))
    err(null, 'voicemail must be a non-empty message template');
  if (
    spec.businessNames !== undefined &&
    (!Array.isArray(spec.businessNames) ||
      spec.businessNames.some((n) => typeof n !== 'string' || !/[\p{L}\p{N}]/u.test(n)))
  )
    err(null, 'businessNames must be a list of names, each with a letter or digit');
  const policy = spec.policy ?? {};
  for (const key of ['maxHandoffs', 'warnAt', 'maxToolCalls', 'maxModelCalls', 'maxCorrections'] as const) {
    const v = policy[key];
    if (v !== undefined && !(Number.isInteger(v) && v >= 0))
      err(null, `policy.${key} must be a non-negative integer`);
  }
  // Renamed: `maxTurns` is an SLA's count of user turns; ignoring the old key would lift the limit silently.
  if ('maxTurns' in policy)
    err(
      null,
      'policy.maxTurns is now policy.maxModelCalls (model calls in one turn; sla.maxTurns counts user turns)',
    );
  return { errors, warnings };
}

/** True when some agent can hand off (or escalate) to Human, so the Human node exists. */
export function graphReferencesHuman(spec: GraphSpec<any>, escalateTo: string): boolean {
  return (
    escalateTo === HUMAN_AGENT ||
    spec.agents.some(
      (a) =>
        (a.handoffs ?? []).some((e) => edgeTarget(e) === HUMAN_AGENT) || a.sla?.escalateTo === HUMAN_AGENT,
    )
  );
}

/**
 * Phone targets: each names a node of the graph and is a valid target. The environment's default
 * for Human (SWITCHBOARD_TRANSFER_NUMBER) is validated too, naming the variable, but only when the
 * graph has a Human node to put it on.
 */
function validatePhoneTargets(
  spec: GraphSpec<any>,
  known: (name: string) => boolean,
  escalateTo: string,
  err: (agent: string | null, message: string) => void,
): void {
  if (spec.phone !== undefined && (typeof spec.phone !== 'object' || spec.phone === null)) {
    err(
      null,
      'phone must be an object of phone targets by agent name, e.g. { Human: { target: "+14155550100" } }',
    );
    return;
  }
  const { specs, sources } = phoneTargetSpecs(spec.phone);
  const hasHuman = graphReferencesHuman(spec, escalateTo);
  for (const [name, target] of Object.entries(specs)) {
    const fromEnv = sources[name] === 'env';
    if (fromEnv && !hasHuman) continue;
    if (!known(name)) {
      err(null, `phone target for unknown agent "${name}"`);
      continue;
    }
    if (name === HUMAN_AGENT && !hasHuman) {
      err(name, 'phone target for Human, but no agent hands off or escalates to Human');
      continue;
    }
    const where = fromEnv ? 'SWITCHBOARD_TRANSFER_NUMBER (phone target of Human)' : `phone.${name}`;
    for (const problem of phoneTargetProblems(target, where)) err(name, problem);
  }
}

export function reachableFrom(start: string, next: (name: string) => string[]): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const to of next(queue.shift()!)) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}
