import type { NormalizedAgent } from '../../graph/types.ts';
import { isFreeTextProperty, type JsonSchema } from './argumentExtraction.ts';
import { isQuestion } from './forms/digressions.ts';
import { namesIllHealth } from './illHealth.ts';
import type { FunctionTool } from './modelItems.ts';
import { describeProperty } from './propertyKinds.ts';
import { IRREVERSIBLE_VERBS, namesTool, scoreTools, type ToolDoc, verbOf } from './toolMatcher.ts';

/**
 * "my balayage from you came out patchy and orange, the ref was GB-20250614-001, I'm really not happy"
 * said to CustomerService ("existing bookings and complaints"): a complaint in the customer's own
 * words shares few words with `log_complaint`'s description (0.12, under the 0.2 bar), so nothing
 * matched, and the booking reference it mentions ran the booking look-up instead; the complaint was
 * never logged (dev12-salon-05).
 *
 * A desk's declared purpose (its handoff description) names what one of its changes records
 * ("complaints" for `log_complaint`), and that change takes only the customer's words (its required
 * values are all free text: what went wrong). A statement said to the desk that fits no tool over
 * the bar, but fits that change best of all the desk's tools (and at least half the bar), is that
 * record: the customer is telling the desk what it is there to hear. Never a question (a question
 * asks for information), never a change that ends something for good (closing an account).
 */
export function deskPurposeTool(input: {
  agent: NormalizedAgent | undefined;
  text: string;
  available: readonly FunctionTool[];
  docs: readonly ToolDoc[];
  threshold: number;
  changesData: (toolName: string) => boolean;
}): { tool: FunctionTool; focusText: string } | undefined {
  const { agent, text, available } = input;
  const purpose = agent?.handoffDescription ?? '';
  if (purpose === '' || isQuestion(text)) return undefined;
  // "fever and chills since yesterday" to the clinical line: its triage look-up, however it scores
  // against the look-up's long list of symptoms (illHealth.ts).
  const triage = namesIllHealth(text)
    ? available.find((t) => !input.changesData(t.name) && servesThePurpose(t, purpose))
    : undefined;
  if (triage) return { tool: triage, focusText: text };
  const [best] = scoreTools(text, input.docs);
  if (!best || best.score < input.threshold / 2) return undefined;
  const tool = available.find((t) => t.name === best.name);
  if (!tool || !input.changesData(tool.name) || IRREVERSIBLE_VERBS.has(verbOf(tool.name))) return undefined;
  return servesThePurpose(tool, purpose) ? { tool, focusText: text } : undefined;
}

/**
 * The tool takes only the caller's words (its required values are all free text) and the desk's purpose
 * names what it is for (its object, not its action).
 */
function servesThePurpose(tool: FunctionTool, purpose: string): boolean {
  const schema = (tool.parameters ?? {}) as JsonSchema;
  // Strict schemas list optional values as required but nullable: only the others must be given.
  const required: string[] = (schema.required ?? []).filter(
    (p: string) => !describeProperty(p, schema.properties?.[p] ?? {}).nullable,
  );
  if (required.length === 0 || !required.every((p) => isFreeTextProperty(schema, p))) return false;
  return namesTool(purpose, { name: tool.name, description: '', sideEffect: false });
}
