/**
 * The one workload every framework runs: per conversation, turn 1 "invoice" goes Triage → Billing
 * (handoff), Billing calls `lookup_invoice` and answers from its result; turn 2 "webhooks" makes
 * Billing hand back to Triage, which answers. Five model calls, one tool call, two handoffs, two
 * turns. The model is scripted (zero latency) and decides from the conversation only, so every
 * framework gets the same decisions from the same inputs.
 */
export const TURN_TEXTS = [
  'I have a question about my invoice INV-1',
  'thanks. also my webhooks keep failing',
];
export const EXPECTED_REPLIES = ['Invoice INV-1 is paid: $42.', 'Let me look into your webhooks.'];
export const INVOICE = { invoiceId: 'INV-1', status: 'paid', amount: 42 };

export type AgentName = 'Triage' | 'Billing';

export type Decision =
  | { kind: 'handoff'; to: AgentName }
  | { kind: 'tool'; name: 'lookup_invoice'; args: { invoiceId: string } }
  | { kind: 'text'; text: string };

/** What the scripted model looks at: the last user message, and whether the last item is the tool's result. */
export type ConversationView = { lastUser: string; afterToolResult: boolean };

export function decide(agent: AgentName, view: ConversationView): Decision {
  const aboutInvoice = view.lastUser.includes('invoice');
  if (agent === 'Triage') {
    return aboutInvoice ? { kind: 'handoff', to: 'Billing' } : { kind: 'text', text: EXPECTED_REPLIES[1] };
  }
  if (view.afterToolResult) return { kind: 'text', text: EXPECTED_REPLIES[0] };
  if (aboutInvoice) return { kind: 'tool', name: 'lookup_invoice', args: { invoiceId: 'INV-1' } };
  return { kind: 'handoff', to: 'Triage' };
}

export const HANDOFF_ARGS = { reason: 'the customer asked about this topic', intent: 'routing' };

/** Counts model calls per framework, to prove each ran the same workload (5 per conversation). */
export const modelCalls = { count: 0 };

/** One framework under test. `turn` returns the reply so the run can check it is the expected one. */
export type Variant = {
  name: string;
  /** Durable: every turn is committed to a database before the reply returns. */
  durability: 'memory' | 'PGlite (disk)' | 'PostgreSQL';
  open(): Promise<Runner>;
};

export type Runner = {
  /** Starts conversation number `i` (a thread id, a store row, a history slot). */
  start(i: number): Promise<unknown>;
  turn(conversation: unknown, text: string): Promise<string>;
  close(): Promise<void>;
};
