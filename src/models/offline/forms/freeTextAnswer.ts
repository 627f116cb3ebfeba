import { tokenize } from '../../../routing/textFeatures.ts';
import { isFreeTextProperty, type JsonSchema } from '../argumentExtraction.ts';
import type { FunctionTool } from '../modelItems.ts';
import { namesAction } from '../toolActions.ts';
import { CLEARLY_BETTER_ELSEWHERE, scoreTools, type ToolDoc } from '../toolMatcher.ts';

// A reason said to a read-back is an answer too (not routed away): reasonAtReadBack.ts.
export { reasonAtReadBack } from './reasonAtReadBack.ts';

/**
 * "I twisted my ankle playing soccer yesterday and it's puffy and sore… What should I do for it?" said
 * to Clinical's "Tell me what you're feeling and since when": any words answer a free-text question, and
 * these are about what the asking tool is for (the symptoms it triages), but the router read "soccer"
 * and "playing" as the front desk's and was very sure, so the answer was routed away as a change of
 * topic. A reply to a free-text question that fits the tool taking it best of all our tools, at half
 * the bar a new request must clear, is the answer: it is not routed.
 */
export function answersFreeTextQuestion(
  property: string,
  text: string,
  tools: readonly FunctionTool[],
  docs: readonly ToolDoc[],
  threshold: number,
  /** The other agents' tools: a reply one of them fits far better asks for that instead. */
  elsewhere: readonly ToolDoc[] = [],
): boolean {
  const [best] = scoreTools(text, docs);
  if (!best || best.score < threshold / 2) return false;
  // "ok can we get him in to see Dr. Whitfield tomorrow" to the nurse line's "Tell me what symptoms
  // you're having": it shares a word or two with the symptom look-up (0.10), but the open-slots look-up
  // fits it (0.51). It asks for a visit and goes to the router, which knows where visits are booked.
  const [other] = scoreTools(text, elsewhere);
  if (other && other.score >= threshold && other.score > 2 * best.score) return false;
  // "can we book her in tomorrow morning" to the nurse line's "Tell me what symptoms you're having": it
  // says the action of another desk's change (book) and fits it clearly better than our look-up (0.20 to
  // 0.11, "her" and "tomorrow" shared): a request for that change (questionForAnotherDesk.ts), not symptoms.
  // (The action words are those of data-changing tools' names: `book_slot` → book; a look-up has none.)
  if (other && other.score > CLEARLY_BETTER_ELSEWHERE * best.score && namesAction(tokenize(text), other.name))
    return false;
  const tool = tools.find((t) => t.name === best.name);
  return tool !== undefined && isFreeTextProperty(tool.parameters as JsonSchema, property);
}
