import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import { propertyWords } from './argumentExtraction.ts';
import type { ToolResult } from './conversationView.ts';
import { spokenPropertyWords } from './propertyKinds.ts';

/**
 * The offline model's sentences. Everything it says about data comes from a tool result, the call's
 * own arguments or the conversation state; a template with a placeholder none of those can fill is
 * not used (the result's `message`, else the generic sentence built from the result, is used instead).
 */

const MAX_FIELDS = 8;

/** `{field}` / `{a.b}` placeholders filled from the first source that has the field; undefined if any is missing. */
export function fillTemplate(template: string, sources: readonly unknown[]): string | undefined {
  let complete = true;
  // `{lookup_invoice.refundable?}`: a read-back's fact named only when in hand (forms/readBackTemplates.ts).
  const text = template.replace(/\{([\w.]+)\??\}/g, (_, path: string) => {
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

/**
 * One sentence per tool result, in this order:
 * - the result names an argument it still needs (`missing: 'accountId'`) → ask for it, as for a
 *   missing required argument;
 * - the agent's template, when the result is not a failure and every placeholder can be filled from
 *   the result, then the call's arguments, then the conversation state (the result wins: a stale
 *   state value must never stand in for what this call returned);
 * - the result's own ready-to-say `message`, or the reply of an agent used as a tool (already said
 *   in the graph's voice, so it is passed on as it is);
 * - a plain listing of the result.
 */
export function answerFromResults(
  agent: NormalizedAgent | undefined,
  results: readonly ToolResult[],
  state: Record<string, unknown> | undefined,
): string {
  // A look-up run twice to one end (the records listed, then listed again for the one picked) says its
  // answer once: the caller heard the same two appointments twice over.
  const said = results.map((result) => answerFromResult(agent, result, state));
  return said.filter((answer, i) => said.indexOf(answer) === i).join(' ');
}

function answerFromResult(
  agent: NormalizedAgent | undefined,
  result: ToolResult,
  state: Record<string, unknown> | undefined,
): string {
  const needed = missingArgument(result.output);
  // A tool that lists the choices for what it needs ("Your upcoming appointments are … Which one should
  // I cancel?") is said as it is: the plain question ("Which appointment…? Numbers look like APT-5001")
  // left the caller to guess numbers they had never heard.
  // Its reason for asking goes first: "do you do balayage?" → "The price of balayage depends on length.
  // Is your hair short, medium or long?" (the plain question alone left "do you?" unanswered).
  if (needed && !listsChoicesFor(result.output, needed))
    return [reasonForAsking(result.output), askForArgument(agent, needed)].filter(Boolean).join(' ');
  const template = agent?.responses?.tools?.[result.name];
  if (template && !isFailure(result.output)) {
    const filled = fillTemplate(template, [result.output, result.args, state]);
    if (filled !== undefined) return filled;
  }
  return ownMessage(result.output) ?? agentToolReply(agent, result) ?? describeResult(result);
}

function agentToolReply(agent: NormalizedAgent | undefined, result: ToolResult): string | undefined {
  const isAgentTool = agent?.agentTools?.some((t) => t.toolName === result.name) === true;
  return isAgentTool && typeof result.output === 'string' && result.output.trim() !== ''
    ? result.output.trim()
    : undefined;
}

/** The argument a result says it still needs: `{ missing: 'accountId' }`. */
export function missingArgument(output: unknown): string | undefined {
  if (!isRecord(output)) return undefined;
  const missing = output.missing;
  if (typeof missing === 'string' && missing.trim() !== '') return missing.trim();
  if (Array.isArray(missing) && typeof missing[0] === 'string' && missing[0].trim() !== '')
    return missing[0].trim();
  return undefined;
}

/**
 * Conventional outcome flags: when one is `false` the call did not do what the template describes.
 * Entity fields (`paid`, `refunded`, `enabled`…) are data, not outcomes, and are not listed.
 */
const OUTCOME_FLAGS = [
  'found',
  'verified',
  'ok',
  'success',
  'succeeded',
  'done',
  'booked',
  'created',
  'completed',
  'changed',
  'saved',
  'sent',
  'scheduled',
  'confirmed',
  'updated',
];

/** A result reporting an error, a missing argument, or a false outcome flag. Templates describe successes. */
export function isFailure(output: unknown): boolean {
  if (!isRecord(output)) return false;
  if (output.error !== undefined && output.error !== null && output.error !== false) return true;
  if (missingArgument(output) !== undefined) return true;
  return OUTCOME_FLAGS.some((flag) => output[flag] === false);
}

/** The output asks for `property` in its own words with the choices for it listed (records holding it). */
export function listsChoicesFor(output: unknown, property: string): boolean {
  if (!isRecord(output) || ownMessage(output) === undefined) return false;
  return Object.values(output).some(
    (v) => Array.isArray(v) && v.length > 1 && v.every((item) => isRecord(item) && property in item),
  );
}

function ownMessage(output: unknown): string | undefined {
  if (!isRecord(output)) return undefined;
  const message = output.message;
  return typeof message === 'string' && message.trim() !== '' ? message.trim() : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
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
  return `Could you give me your ${spokenPropertyWords(prop)}?`;
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
  const head = descriptionHead(description);
  // "Clinical side: booking or rescheduling appointments; …" names a part of the organisation, which
  // callers neither know nor ask for ("I can help with clinical side and operations side"): what it
  // does, the first thing the description lists, is said instead.
  const does = head && UNIT.test(head) ? firstListed(description) : undefined;
  return does ?? head ?? propertyWords(fallbackName);
}

/** The first thing a description lists after its head: "…: bills, balances and payments; …". */
function firstListed(description: string): string | undefined {
  const first = description
    .slice(description.indexOf(':') + 1)
    .split(/[.;:(]/)[0]
    .trim();
  return first.length > 0 && first.length <= 60 ? first : undefined;
}

/** A head naming where work is done rather than what it is: "clinical side", "nurse advice line". */
const UNIT = /\b(?:side|line|lead|team|desk|department|unit|queue)$/i;

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

/**
 * What a tool said before the question it ends with ("The price of balayage depends on length: is your
 * hair short, medium or long?" → "The price of balayage depends on length."), if it said more than it.
 */
export function reasonForAsking(output: unknown): string | undefined {
  const message = isRecord(output) && typeof output.message === 'string' ? output.message.trim() : '';
  const [, reason, mark] = message.match(/^(.*?[a-z0-9])\s*([:.!])\s+[^:.!?]*\?$/i) ?? [];
  // "Which neighborhood: Maplewood, Riverside … or Lakeview?" is one question whose colon lists the
  // choices: its head is no reason, and said before the question it read "Which neighborhood. Which …".
  if (mark === ':' && QUESTION_HEAD.test(reason ?? '')) return undefined;
  return reason === undefined ? undefined : `${reason}.`;
}

/** The first word of a question: what comes before a colon after it is the question's own head. */
const QUESTION_HEAD =
  /^(which|what|when|where|who|whose|how|is|are|do|does|did|can|could|would|will|should|shall)\b/i;
