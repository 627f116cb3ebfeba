import type { AgentOutputItem, ModelRequest } from '@openai/agents-core';
import type { JsonSchema } from './argumentExtraction.ts';
import { messageText } from './conversationView.ts';
import type { FunctionTool } from './toolChoice.ts';

// The offline model's items and ids: what it answers with, and the stable fingerprint its ids come from.

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
