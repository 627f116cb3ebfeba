import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import { propertyWords } from './argumentExtraction.ts';
import type { ToolResult } from './conversationView.ts';

/**
 * The offline model's sentences. Everything it says about data comes from a tool result, the
 * conversation state or the call's own arguments; a template with a placeholder none of those can
 * fill is not used (the generic sentence built from the result is used instead).
 */

const MAX_FIELDS = 8;

/** `{field}` / `{a.b}` placeholders filled from the first source that has the field; undefined if any is missing. */
export function fillTemplate(template: string, sources: readonly unknown[]): string | undefined {
  let complete = true;
  const text = template.replace(/\{([\w.]+)\}/g, (_, path: string) => {
    for (const source of sources) {
      const value = lookup(source, path);
      if (value !== undefined && value !== null) return formatValue(value);
    }
    complete = false;
    return '';
  });
  return complete ? text : undefined;
}

function lookup(source: unknown, path: string): unknown {
  let current: unknown = source;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One sentence per tool result: the agent's template when it fits, else a plain listing of the result. */
export function answerFromResults(
  agent: NormalizedAgent | undefined,
  results: readonly ToolResult[],
  state: Record<string, unknown> | undefined,
): string {
  return results
    .map((result) => {
      const template = agent?.responses?.tools?.[result.name];
      const filled = template ? fillTemplate(template, [result.output, state, result.args]) : undefined;
      return filled ?? describeResult(result);
    })
    .join(' ');
}

/** "Lookup invoice: invoice ID INV-1042, amount 120, status paid." — only what the tool returned. */
export function describeResult(result: ToolResult): string {
  const title = sentenceCase(propertyWords(result.name));
  const output = result.output;
  if (output === null || output === undefined || output === '')
    return `${title}: done, nothing was returned.`;
  if (typeof output !== 'object') return `${title}: ${String(output)}`;
  if (Array.isArray(output)) {
    return output.length === 0
      ? `${title}: nothing found.`
      : `${title}: ${output.map(formatValue).join('; ')}.`;
  }
  const record = output as Record<string, unknown>;
  if (typeof record.error === 'string')
    return `Sorry, I couldn't ${propertyWords(result.name)}: ${record.error}`;
  const fields = Object.entries(record).filter(([, v]) => v !== null && v !== undefined);
  if (fields.length === 0) return `${title}: done.`;
  const listed = fields.slice(0, MAX_FIELDS).map(([k, v]) => `${propertyWords(k)} ${formatValue(v)}`);
  return `${title}: ${listed.join(', ')}${fields.length > MAX_FIELDS ? ', …' : ''}.`;
}

/** The question asked when a required argument is missing. Compared verbatim to detect a pending tool. */
export function askForArgument(agent: NormalizedAgent | undefined, prop: string): string {
  const custom = agent?.responses?.askFor?.[prop];
  if (custom) return custom.replace(/\{field\}/g, propertyWords(prop));
  return `Could you give me your ${propertyWords(prop)}?`;
}

/**
 * "I can help with billing, technical support and sales. What can I do for you?" — built from the
 * enabled handoffs' descriptions, leaving out escalation to a person and hand-backs to the entry agent.
 */
export function clarifyingQuestion(
  graph: NormalizedGraph,
  agentName: string,
  enabledHandoffs: readonly string[],
): string {
  const agent = graph.byName.get(agentName);
  const topics = (agent?.handoffs ?? [])
    .filter((e) => enabledHandoffs.includes(e.toolName) && !e.system && e.to !== graph.entry)
    .filter((e) => !graph.byName.get(e.to)?.human)
    .map((e) => topicOf(e.description, e.to));
  if (topics.length > 0) return `I can help with ${joinWords([...new Set(topics)])}. What can I do for you?`;
  const own = agent?.handoffDescription ? descriptionHead(agent.handoffDescription) : undefined;
  return own
    ? `Could you tell me a bit more about what you need with ${own}?`
    : 'Could you tell me a bit more about what you need?';
}

/** The head of a description ("Billing questions: invoices…" → "billing questions"), else the agent's name. */
function topicOf(description: string, fallbackName: string): string {
  return descriptionHead(description) ?? propertyWords(fallbackName);
}

function descriptionHead(description: string): string | undefined {
  const head = description.split(/[:.;,(—–]|\s-\s/)[0].trim();
  if (head.length === 0 || head.length > 40) return undefined;
  return /^[A-Z][a-z]/.test(head) ? head[0].toLowerCase() + head.slice(1) : head;
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function sentenceCase(text: string): string {
  return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text;
}

/** What to say when there is nothing to do: greeting first time, then fallback, else a clarifying question. */
export function idleReply(input: {
  graph: NormalizedGraph;
  agentName: string;
  enabledHandoffs: readonly string[];
  firstReply: boolean;
}): string {
  const responses = input.graph.byName.get(input.agentName)?.responses;
  if (input.firstReply && responses?.greeting) return responses.greeting;
  return responses?.fallback ?? clarifyingQuestion(input.graph, input.agentName, input.enabledHandoffs);
}
