/**
 * Human-readable reason and intent slug for a routing decision. The reason quotes the customer (so it
 * is specific) and names the words that decided it (so it is auditable); it ends up in the handoff
 * payload, the transcript and the dashboard.
 */

const SNIPPET_MAX = 90;

/** Reference-looking tokens (INV-1042, ACC2001, CALL-77) worth keeping in a reason even when truncated. */
const REFERENCE = /\b[A-Z]{2,6}-?\d{2,}\b/g;

export type ReasonKind = 'handoff' | 'handback' | 'human' | 'stay' | 'unsure' | 'foreign' | 'unfamiliar';

export function describeRoute(input: {
  kind: ReasonKind;
  text: string;
  /** Display name of the agent the decision points at (target, or the current agent for stay). */
  agent: string;
  terms: readonly string[];
  confidence: number;
}): string {
  const quote = quoteCustomer(input.text);
  const matched = input.terms.length > 0 ? `${input.agent}: ${input.terms.join(', ')}` : input.agent;
  switch (input.kind) {
    case 'handoff':
      return `Customer asks ${quote} (matched ${matched})`;
    case 'handback':
      return `Customer changed topic: ${quote} (matched ${matched})`;
    case 'human':
      return `Customer asks for a person: ${quote} (matched ${matched})`;
    case 'stay':
      return `Stays with ${input.agent}: ${quote}${input.terms.length > 0 ? ` (matched ${input.terms.join(', ')})` : ''}`;
    case 'foreign':
      return `Stays with ${input.agent}: ${quote} is about ${input.terms.join(', ')}, which no agent here handles`;
    case 'unfamiliar':
      return `Stays with ${input.agent}: ${quote} is mostly in words no agent here uses (${input.terms.join(', ')})`;
    case 'unsure':
      return `Unclear request ${quote}: best guess ${input.agent} at ${input.confidence.toFixed(2)}`;
  }
}

/** `billing.refund` from the agent name and the strongest term. */
export function intentSlug(agent: string, terms: readonly string[]): string {
  return `${slug(agent) || 'agent'}.${slug(terms[0] ?? '') || 'general'}`;
}

function slug(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function quoteCustomer(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= SNIPPET_MAX) return `"${clean}"`;
  const cut = clean.slice(0, SNIPPET_MAX);
  const snippet = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SNIPPET_MAX / 2)).trim()}…`;
  const lost = [...new Set(clean.match(REFERENCE) ?? [])].filter((ref) => !snippet.includes(ref));
  return lost.length > 0 ? `"${snippet}" [${lost.join(', ')}]` : `"${snippet}"`;
}
