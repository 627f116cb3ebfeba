import { type JsonSchema, propertiesNamedIn } from './argumentExtraction.ts';
import { isQuestion } from './forms/digressions.ts';
import type { FunctionTool } from './modelItems.ts';

/**
 * "SL-2057 please": a bare reference (nothing else but a few words) that no read-only tool takes and
 * exactly one data-changing tool does is the customer picking it (a slot offered earlier, perhaps by
 * a desk that only sees this message). Any other wording, or a phone or email, never picks such a tool.
 * Why may follow it in a clause of its own ("SL-2057 please, my knee has been hurting": the reason;
 * the front desk passes a pick on that way: forms/deskReply.ts `replyForDesk`).
 */
export function pickedReference(
  text: string,
  available: readonly FunctionTool[],
  now: Date,
  changesData: (toolName: string) => boolean,
): { tool: FunctionTool; focusText: string } | undefined {
  const first = text.split(/[,;]/)[0];
  const rest = first.replace(/\b[a-z]{2,5}-?\d{2,}\b/gi, ' ').trim();
  const why = text.slice(first.length);
  const words = rest.split(/\s+/).filter(Boolean).length;
  if (rest === first.trim() || isQuestion(text) || /\d/.test(why) || words > 3) return undefined;
  const references = (t: FunctionTool) =>
    propertiesNamedIn((t.parameters ?? {}) as JsonSchema, text, now).filter((p) => !/phone|mail/i.test(p));
  const takers = available.filter((t) => changesData(t.name) && references(t).length > 0);
  return takers.length === 1 ? { tool: takers[0], focusText: text } : undefined;
}
