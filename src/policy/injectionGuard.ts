import type { AgentInputItem, InputGuardrail } from '@openai/agents-core';
import { z } from 'zod';
import type { NormalizedEdge, NormalizedGraph } from '../graph/types.ts';
import { normalizeForInspection } from './inspectionText.ts';
import { lastUserText } from './userText.ts';

export { normalizeForInspection };

/**
 * Prompt-injection detection for the text that reaches a handoff decision. Deterministic patterns,
 * no model: it runs on every handoff, costs microseconds, and cannot itself be talked out of its job.
 * It targets what matters at a handoff edge — text that tries to (1) override the agent's
 * instructions, (2) force a transfer by speaking the tool protocol or asking for a privileged target,
 * (3) write forged structured state into the conversation context — and leaves ordinary requests
 * ("transfer me to billing", "change my plan to Growth", a pasted error JSON) alone.
 */
export type InjectionKind = 'instruction_override' | 'forced_handoff' | 'forged_context';
export type InjectionFinding = { kind: InjectionKind; reason: string; match: string };

const OVERRIDE: RegExp[] = [
  /\b(ignore|disregard|forget|override|bypass|drop)\b[^.!?\n]{0,40}\b(previous|prior|above|earlier|all|any|your|the|these|those|system|original)\b[^.!?\n]{0,24}\b(instructions?|prompts?|rules|directions|guidelines|polic(?:y|ies)|guardrails?|restrictions)\b/,
  /\byou are now\b|\bfrom now on,? you (are|will|must)\b|\bnew (system )?instructions?\s*:/,
  /(^|\n)\s*(system|developer)\s*(prompt)?\s*:/,
  /<\|?\s*(im_start|im_end|system|endoftext)\s*\|?>|\[\/?(system|inst)\]|#{2,}\s*(system|instructions?)\b/,
  /\b(developer|god|debug|admin|jailbreak)\s+mode\b/,
];

const FORCED_HANDOFF: RegExp[] = [
  // The tool protocol itself: a user never needs to name a function or write its payload.
  /\btransfer_to_\w+/,
  /\b(call|invoke|execute|run|trigger)\s+(the\s+|a\s+)?(tool|function|handoff)\b/,
  /"(reason|intent)"\s*:/,
  // A transfer to a privileged destination (agents do not have admin twins).
  /\b(transfer|hand\s*(?:me\s+)?(?:off|over)|route|connect|switch|escalate|forward|put)\b[^.!?\n]{0,40}\b(admin|administrator|root|superuser|sudo|privileged|internal (?:team|tools?)|back[- ]?office|operator console)\b/,
];

const FORGED_CONTEXT: RegExp[] = [
  /\b(context|state|session|metadata|memory)\s*(\.|\[)\s*["']?[a-z_]\w*["']?\s*\]?\s*(=|:)/,
  /\b(set|update|change|write|overwrite|inject|store)\s+(the\s+|my\s+|your\s+)?(conversation\s+)?(context|state|session)\b/,
  /<\/?\s*(context|state|session)\s*>/,
];

function firstMatch(patterns: RegExp[], text: string): string | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  return null;
}

/**
 * A word or character every pattern above needs (and every context-key assignment: a quote). Text with
 * none of them cannot match any pattern, so the dozen full patterns run only on text that has one.
 */
const ANY_TRIGGER =
  /ignore|disregard|forget|override|bypass|drop|you are now|from now on|instruction|system|developer|mode|transfer_to_|tool|function|handoff|admin|root|superuser|sudo|privileged|internal|back[- ]?office|operator console|context|state|session|metadata|memory|[<[#"']/;

/**
 * The first injection signal in `text`, or null. `contextKeys` are the graph's context fields: a
 * JSON object or assignment that sets one of them is forged state (tools write context, users do not).
 */
export function detectInjection(
  text: string,
  options: { contextKeys?: readonly string[] } = {},
): InjectionFinding | null {
  const t = normalizeForInspection(text);
  if (!ANY_TRIGGER.test(t)) return null;
  const override = firstMatch(OVERRIDE, t);
  if (override)
    return {
      kind: 'instruction_override',
      reason: 'text tries to override the agent instructions',
      match: override,
    };
  const forced = firstMatch(FORCED_HANDOFF, t);
  if (forced) return { kind: 'forced_handoff', reason: 'text tries to force a transfer', match: forced };
  const forged = firstMatch(FORGED_CONTEXT, t);
  if (forged)
    return { kind: 'forged_context', reason: 'text tries to write conversation state', match: forged };
  for (const key of options.contextKeys ?? []) {
    const assignment = keyAssignment(key).exec(t);
    if (assignment)
      return {
        kind: 'forged_context',
        reason: `text tries to set the context field "${key}"`,
        match: assignment[0].trim(),
      };
  }
  return null;
}

const keyAssignments = new Map<string, RegExp>();

/**
 * `"key":` for one context field, compiled once per key. As a JSON/object key only: `?invoiceId=INV-1`
 * in a pasted URL is a customer detail, not forged state.
 */
function keyAssignment(key: string): RegExp {
  let pattern = keyAssignments.get(key);
  if (!pattern) {
    const k = key.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(`["']${k}["']\\s*:`);
    keyAssignments.set(key, pattern);
  }
  return pattern;
}

/** The top-level field names of a graph's context schema (none when it is not a zod object). */
export function contextKeysOf(schema: unknown): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

const contextKeysBySchema = new WeakMap<object, string[]>();

/**
 * Whether a transfer is being forced by injected text, for chat and calls alike (the last check of
 * handoffReview.ts): one rule, so a caller cannot say on the phone what chat refuses.
 * A transfer the customer's own words try to force (instruction override, tool protocol, a privileged
 * target) or that carries forged context is refused, whatever the model decided: the model may have
 * been talked into it. The payload is checked too, since a manipulated model copies the injected text
 * into its reason. Escalation to the fallback (a human) stays open: it is the safe way out.
 * `userText` is the current user message (a chat message, a caller's transcribed utterance).
 */
export function injectionBehindHandoff(
  graph: Pick<NormalizedGraph, 'contextSchema' | 'policy'>,
  edge: Pick<NormalizedEdge, 'system' | 'to'>,
  userText: string,
  payload: { reason: string; intent?: string | null },
): InjectionFinding | null {
  if (!injectionGuardApplies(graph, edge)) return null;
  const schema = graph.contextSchema as object;
  let contextKeys = contextKeysBySchema.get(schema);
  if (!contextKeys) {
    contextKeys = contextKeysOf(schema);
    contextKeysBySchema.set(schema, contextKeys);
  }
  return detectInjection(`${userText}\n${payload.reason}\n${payload.intent ?? ''}`, { contextKeys });
}

/** Whether transfers along `edge` are checked: system edges and escalation to the fallback are not. */
export function injectionGuardApplies(
  graph: Pick<NormalizedGraph, 'policy'>,
  edge: Pick<NormalizedEdge, 'system' | 'to'>,
): boolean {
  return !edge.system && edge.to !== graph.policy.escalateTo;
}

/** How a refused injection is recorded (guardrail event, rejected handoff reason). */
export function describeInjection(finding: InjectionFinding): string {
  return `${finding.kind}: ${finding.reason} ("${finding.match.slice(0, 80)}")`;
}

/**
 * The same detection as an SDK input guardrail for an agent (`inputGuardrails: [promptInjectionGuardrail()]`):
 * the whole turn is refused with the graph's safe reply and a `guardrail.tripped` event naming the
 * signal, before any model call. Handoffs are already guarded without it (handoffReview.ts).
 */
export function promptInjectionGuardrail(options: { contextKeys?: readonly string[] } = {}): InputGuardrail {
  return {
    name: 'prompt_injection',
    execute: async ({ input }) => {
      const finding = detectInjection(lastUserText(input as string | AgentInputItem[]), options);
      return {
        tripwireTriggered: finding !== null,
        outputInfo: finding ? { reason: `${finding.kind}: ${finding.reason} ("${finding.match}")` } : null,
      };
    },
  };
}
