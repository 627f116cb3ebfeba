import type { AgentOutputItem, ModelRequest, SerializedTool } from '@openai/agents-core';
import type { JsonSchema } from './argumentExtraction.ts';
import { messageText } from './conversationView.ts';

/** A tool the model may call by name (hosted tools and handoffs aside). */
export type FunctionTool = Extract<SerializedTool, { type: 'function' }>;

// The offline model's items and ids: what it answers with, and the stable fingerprint its ids come from.

/** A tool's parameters as a JSON schema (an empty one when it takes none). */
export function parametersOf(tool: FunctionTool): JsonSchema {
  return (tool.parameters ?? {}) as JsonSchema;
}

export function schemaOf(tools: readonly FunctionTool[], name: string): JsonSchema | undefined {
  return tools.find((t) => t.name === name)?.parameters as JsonSchema | undefined;
}

export function sameArguments(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const canonical = (args: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(args)
        .filter((k) => args[k] !== null && args[k] !== undefined)
        .sort()
        .map((k) => [k, args[k]]),
    );
  return canonical(a) === canonical(b);
}

export function assistantMessage(text: string, seed: string): AgentOutputItem {
  return {
    type: 'message',
    role: 'assistant',
    id: `msg_offline_${seed}`,
    status: 'completed',
    content: [{ type: 'output_text', text }],
  };
}

export function functionCall(name: string, args: Record<string, unknown>, callId: string): AgentOutputItem {
  return {
    type: 'function_call',
    name,
    callId,
    id: callId,
    status: 'completed',
    arguments: JSON.stringify(args),
  };
}

/**
 * The time a turn runs at. The turn scope contract has no clock yet; honour one if the runtime adds
 * `now` (a function, Date, ISO string or ms), else the system clock.
 */
export function clockOf(turn: unknown): Date {
  const scoped = (turn as { now?: unknown } | undefined)?.now;
  const value = typeof scoped === 'function' ? scoped() : scoped;
  if (value instanceof Date) return value;
  if (typeof value === 'string' || typeof value === 'number') return new Date(value);
  return new Date();
}

/**
 * The conversation content only (roles, texts, call names, arguments, outputs): streamed and
 * non-streamed runs annotate items slightly differently, and ids must not depend on that.
 */
export function fingerprint(input: ModelRequest['input']): string {
  if (typeof input === 'string') return input;
  return JSON.stringify(
    input.map((item) => {
      const i = item as Record<string, any>;
      return [
        i.type ?? 'message',
        i.role,
        i.name,
        i.callId,
        i.arguments,
        i.content ? messageText(i) : undefined,
        i.output,
      ];
    }),
  );
}

/** FNV-1a: a short, stable fingerprint of the request for response and message ids. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
