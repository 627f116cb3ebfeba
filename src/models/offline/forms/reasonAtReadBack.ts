import type { JsonSchema } from '../argumentExtraction.ts';
import type { AskedQuestion } from '../askedQuestions.ts';
import type { FunctionTool } from '../modelItems.ts';
import { isCancel, isNo, isQuestion, isYes } from './digressions.ts';
import { saysWhy } from './statedReason.ts';

/**
 * "the minutes were from a test line that was misconfigured", said to "Just to confirm: a refund of
 * $13.40 on invoice INV-2039…": the caller is explaining the refund, not changing the subject, yet the
 * router was sure of "test line" and "misconfigured" and took the caller away from the read-back (to
 * technical support, then sales). A plain statement said to the read-back of a change that takes a
 * reason (a property that says why) answers the read-back: it stays, and the read-back is said again.
 * Not a question, a yes or no, a cancel, a request ("can you…", "I want…") or an aside ("also…").
 */
const ASKS_OR_TURNS =
  /^(?:also|and also|another thing|separately|by the way|btw|oh and|one more thing)\b|\b(?:can|could|would|will) (?:you|i|we)\b|\bi(?:'d| would)? (?:want|need|like)\b|\bplease\b/i;

export function reasonAtReadBack(
  asked: AskedQuestion | undefined,
  text: string,
  tools: readonly FunctionTool[],
): boolean {
  if (asked?.kind !== 'confirm') return false;
  const said = text.trim();
  if (
    said === '' ||
    isQuestion(said) ||
    isYes(said) ||
    isNo(said) ||
    isCancel(said) ||
    ASKS_OR_TURNS.test(said)
  )
    return false;
  if (said.split(/\s+/).length < 4) return false;
  const tool = tools.find((t) => t.name === asked.tool);
  const properties = (tool?.parameters as JsonSchema | undefined)?.properties ?? {};
  return Object.entries(properties).some(([name, p]) =>
    saysWhy(name, String((p as { description?: unknown }).description ?? '')),
  );
}
