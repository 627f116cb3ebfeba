import { findPropertyValue, type JsonSchema } from '../argumentExtraction.ts';
import type { ConversationView } from '../conversationView.ts';
import { propertyWords } from '../propertyKinds.ts';
import { isFailure } from '../responseTemplates.ts';
import { matchTool } from '../toolMatcher.ts';

/**
 * "Hi, this is Marcus Bell, born July 4 1990, I need to see Dr. Okafor next week": the message gave
 * every value of a check (identity: name and birth date), which ran and passed, and it also asks for
 * something else. The request is served next, in the same turn, rather than answered with "How can I
 * help you today?" — the customer already said how.
 */
export function requestAlongside(input: {
  view: ConversationView;
  tools: readonly { name: string; description?: string; parameters?: unknown }[];
  changesData: (name: string) => boolean;
  examplesOf: (name: string) => readonly string[];
  threshold: number | undefined;
  now: Date;
}): boolean {
  const { view, now } = input;
  const text = view.latestUserMessage;
  const results = view.trailingResults;
  if (text === undefined || results.length !== 1 || view.calledThisTurn.size !== 1) return false;
  const [result] = results;
  if (isFailure(result.output) || input.changesData(result.name)) return false;
  const schema = (input.tools.find((t) => t.name === result.name)?.parameters ?? {}) as JsonSchema;
  const required: string[] = schema.required ?? [];
  const allGiven =
    required.length >= 2 && required.every((p) => findPropertyValue(schema, p, text, now) !== undefined);
  if (!allGiven) return false;
  // The reply to a question asking for those values ("What's your full name and date of birth?") only
  // answers it: whatever else its words resemble, it asks for nothing more.
  const asked = view.exchanges.at(-1)?.asked?.toLowerCase() ?? '';
  if (required.some((p) => asked.includes(propertyWords(p).toLowerCase()))) return false;
  const rest = input.tools
    .filter((t) => t.name !== result.name)
    .map((t) => ({
      ...{ name: t.name, description: t.description ?? '' },
      ...{ sideEffect: input.changesData(t.name), examples: input.examplesOf(t.name) },
    }));
  return matchTool(text, rest, { threshold: input.threshold }) !== undefined;
}
