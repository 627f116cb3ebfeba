import type { AgentInputItem, HandoffInputData } from '@openai/agents-core';
import { removeAllTools } from '@openai/agents-core/extensions';
import type { InputFilterSpec } from '../graph/types.ts';

type Filter = (data: HandoffInputData) => HandoffInputData;

/** The SDK input filter for an edge's spec; `full` means no filter (the target sees everything). */
export function toInputFilter(spec: InputFilterSpec): Filter | undefined {
  if (spec === 'full') return undefined;
  if (spec === 'removeAllTools') return removeAllTools;
  if ('lastN' in spec) return (data) => keepLast(data, spec.lastN);
  if ('summary' in spec) return (data) => summarizeEarlier(data, spec.summary.keepLast ?? 4);
  throw new Error(`unknown input filter ${JSON.stringify(spec)}`);
}

/**
 * Keeps the most recent `n` items of the stored history (which ends with the customer's current
 * message). Items produced in this run, including the handoff itself, always stay, and a tool output
 * is never kept without the call that produced it.
 */
function keepLast(data: HandoffInputData, n: number): HandoffInputData {
  const history = toArray(data.inputHistory);
  return { ...data, inputHistory: dropOrphanOutputs(history.slice(-Math.max(1, n))) };
}

/** Collapses older history into one system message that states what happened, keeping the last items verbatim. */
function summarizeEarlier(data: HandoffInputData, keepLastItems: number): HandoffInputData {
  const history = toArray(data.inputHistory);
  if (history.length <= keepLastItems) return data;
  const cut = history.length - keepLastItems;
  const kept = dropOrphanOutputs(history.slice(cut));
  const summary: AgentInputItem = { role: 'system', content: summarize(history.slice(0, cut)) };
  return { ...data, inputHistory: [summary, ...kept] };
}

/** A deterministic extractive summary: who said what, and which tools returned what, in order. */
export function summarize(items: AgentInputItem[], maxChars = 1500): string {
  const lines: string[] = [];
  for (const item of items) {
    const line = describe(item);
    if (line) lines.push(line);
  }
  let text = `Summary of the earlier conversation:\n${lines.join('\n')}`;
  if (text.length > maxChars) text = `${text.slice(0, maxChars - 1)}…`;
  return text;
}

function describe(item: AgentInputItem): string | null {
  const anyItem = item as any;
  if (anyItem.type === 'function_call') return `- looked up ${anyItem.name}(${clip(anyItem.arguments, 80)})`;
  if (anyItem.type === 'function_call_result') {
    if (String(anyItem.name).startsWith('transfer_to_')) return null;
    const output =
      typeof anyItem.output === 'string'
        ? anyItem.output
        : (anyItem.output?.text ?? JSON.stringify(anyItem.output));
    return `- ${anyItem.name} returned ${clip(output, 160)}`;
  }
  if (anyItem.role === 'user') return `- Customer: ${clip(textOf(anyItem.content), 200)}`;
  if (anyItem.role === 'assistant') return `- Assistant: ${clip(textOf(anyItem.content), 200)}`;
  return null;
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p: any) => p.text ?? p.transcript ?? '').join(' ');
  return '';
}

function clip(text: string, max: number): string {
  const flat = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function toArray(history: string | AgentInputItem[]): AgentInputItem[] {
  return typeof history === 'string' ? [{ role: 'user', content: history }] : history;
}

/** Strict providers reject a tool output whose call is missing; drop such leading outputs after a cut. */
function dropOrphanOutputs(items: AgentInputItem[]): AgentInputItem[] {
  const calls = new Set(items.filter((i: any) => i.type === 'function_call').map((i: any) => i.callId));
  return items.filter((i: any) => i.type !== 'function_call_result' || calls.has(i.callId));
}
