import type { AgentInputItem } from '@openai/agents';

/**
 * The words of a user message item: its string content, or the texts of its parts joined; null for
 * any other item (assistant output, tool calls and results, handoffs).
 */
export function userItemText(item: unknown): string | null {
  const { role, content } = (item ?? {}) as { role?: unknown; content?: unknown };
  if (role !== 'user') return null;
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content
      .map((part: { text?: unknown } | null) => (typeof part?.text === 'string' ? part.text : ''))
      .join(' ');
  return '';
}

/** The current user message: the last user item of a run's input (earlier turns were checked when they ran). */
export function lastUserText(input: string | readonly AgentInputItem[]): string {
  if (typeof input === 'string') return input;
  for (let i = input.length - 1; i >= 0; i--) {
    const text = userItemText(input[i]);
    if (text !== null) return text;
  }
  return '';
}
