import type { NormalizedAgent } from '../../graph/types.ts';
import { isQuestion } from './forms/digressions.ts';
import type { FunctionTool } from './modelItems.ts';
import { scoreTools, sharesContentWord, type ToolDoc } from './toolMatcher.ts';

/**
 * An agent nothing can be passed on from (a desk the front desk consults, a specialist with no
 * handoffs) was chosen for the message it got: the front desk's match already said it is this
 * agent's. "do you have anything tomorrow morning?" reached the appointments desk, whose openings
 * look-up shares only "tomorrow morning" with it (0.17, under the 0.2 bar), and the patient got the
 * desk's list of what it can do. Such an agent answers with its closest look-up when that fits at
 * least half the bar and twice as well as anything else of its own; a change is never made this way.
 */
const CLEARLY_AHEAD = 2;

function closestLookUp(text: string, docs: readonly ToolDoc[], threshold: number): string | undefined {
  const [best, next] = scoreTools(text, docs);
  const doc = docs.find((d) => d.name === best?.name);
  if (!best || !doc || doc.sideEffect || best.score < threshold / 2) return undefined;
  return best.score >= (next?.score ?? 0) * CLEARLY_AHEAD ? best.name : undefined;
}

/** The closest look-up of an agent that passes nothing on but to a person (every edge a system one). */
export function leafLookUp(
  agent: NormalizedAgent | undefined,
  text: string,
  available: readonly FunctionTool[],
  docs: readonly ToolDoc[],
  threshold: number,
): { tool: FunctionTool; focusText: string } | undefined {
  if (agent?.handoffs.every((e) => e.system) !== true) return undefined;
  const name = closestLookUp(text, docs, threshold);
  const tool = available.find((t) => t.name === name);
  return tool && { tool, focusText: text };
}

/**
 * Any agent's closest look-up, for a question asking what, how or whether to do something in the
 * look-up's own words: "I twisted my ankle playing football yesterday and now it's swollen. What should I
 * do?" handed to the clinical line scored 0.19 on the symptom look-up (the bar is 0.2) and got the
 * line's opening question (dev15-healthcare-03). Not a statement ("hey, my ankle is bothering me": the
 * desk asks what is wrong), not "can I get a women's cut this friday?" (a request), and not a question
 * sharing only letters with the look-up ("what appointments do I have coming up?" at the clinical line).
 */
export function askedLookUp(
  text: string,
  available: readonly FunctionTool[],
  docs: readonly ToolDoc[],
  threshold: number,
): { tool: FunctionTool; focusText: string } | undefined {
  const asked = informationAsked(text);
  if (asked.length === 0) return undefined;
  // "hi what do your plans cost? we need maybe 3 or 4 phone numbers": the question is what is asked,
  // the rest its context; the whole message fitted an order best ("need … numbers"), and the customer
  // got the desk's greeting. The question alone first, then the whole message as before.
  const name = closestLookUp(asked.join(' '), docs, threshold) ?? closestLookUp(text, docs, threshold);
  const doc = docs.find((d) => d.name === name);
  const tool = available.find((t) => t.name === name);
  return tool && doc && sharesContentWord(text, doc) ? { tool, focusText: text } : undefined;
}

/** The message's questions that ask what, how or whether to do something ("What should I do?"). */
function informationAsked(text: string): string[] {
  // A question mark says it even mid-message ("…what do your plans cost? we're a small clinic"); without
  // one, the message as a whole ("what should I do").
  const questions = text.match(/[^.!?]*\?/g) ?? (isQuestion(text) ? [text] : []);
  return questions.filter((q) =>
    /^\s*(?:(?:hi|hey|hello|so|and|ok|okay)\W+)*(?:what|how|why|when|where|which|who|should)\b/i.test(q),
  );
}
