import { isStopword, tokenize } from '../../../routing/textFeatures.ts';
import type { ConversationView, ToolResult } from '../conversationView.ts';
import { isFailure } from '../responseTemplates.ts';

/**
 * "What's the difference in price and time between a keratin smoothing and a deep conditioning?", "I'm
 * trying to decide between balayage and full-head highlights": a comparer asks the same look-up about
 * two things, and only the one the look-up read first was quoted ("Deep conditioning is $30…"); the
 * customer had to ask again for the other, or chose without knowing. The look-up runs again for the
 * other option, and the reply gives both answers (answerResults.ts).
 */
const BETWEEN = /\bbetween\s+(.+?)\s+and\s+(.+?)(?=[?.!,;]|\s+(?:for|on|with|if|because|since)\b|$)/i;
const VERSUS = /\b([\w'-]+(?:\s+[\w'-]+){0,2})\s+(?:vs\.?|versus)\s+([\w'-]+(?:\s+[\w'-]+){0,2})/i;

/** The two options a message compares, each as said ("a keratin smoothing", "a deep conditioning"). */
export function comparedOptions(text: string): [string, string] | undefined {
  const m = text.match(BETWEEN) ?? text.match(VERSUS);
  if (!m) return undefined;
  const [a, b] = [m[1], m[2]].map((o) => o.trim());
  return contentOf(a).length > 0 && contentOf(b).length > 0 ? [a, b] : undefined;
}

const contentOf = (said: string) => tokenize(said).filter((w) => !isStopword(w) && /\p{L}/u.test(w));

/** Whether the result speaks of the option: every content word of it is in the result's words. */
function answers(result: ToolResult, option: string): boolean {
  const said = new Set(tokenize(JSON.stringify(result.output ?? '')));
  return contentOf(option).every((w) => said.has(w) || said.has(w.replace(/s$/, '')));
}

/** The same look-up for the option the answer did not speak of, when the latest message compares two. */
export function otherOptionLookUp(input: {
  view: ConversationView;
  changesData: (toolName: string) => boolean;
}): { name: string; args: Record<string, unknown> } | undefined {
  const { view, changesData } = input;
  const [result] = view.trailingResults;
  if (view.trailingResults.length !== 1 || !result || changesData(result.name) || isFailure(result.output))
    return undefined;
  if (view.earlierThisTurn.some((r) => r.name === result.name)) return undefined;
  const text = view.latestUserMessage ?? '';
  const options = comparedOptions(text);
  if (!options) return undefined;
  const spoken = options.filter((o) => answers(result, o));
  if (spoken.length !== 1) return undefined;
  const other = options.find((o) => o !== spoken[0]) as string;
  // The value the look-up read the first option from: the free text that held the whole message.
  const property = Object.entries(result.args ?? {}).find(
    ([, v]) => typeof v === 'string' && v.includes(other),
  )?.[0];
  return property === undefined
    ? undefined
    : { name: result.name, args: { ...result.args, [property]: other } };
}

/** The first of the two answers, when the trailing one answered the other option of a comparison. */
export function firstOptionAnswered(view: ConversationView): ToolResult | undefined {
  const [result] = view.trailingResults;
  const first = view.earlierThisTurn[0];
  if (!result || !first || first.name !== result.name || isFailure(first.output)) return undefined;
  return comparedOptions(view.latestUserMessage ?? '') ? first : undefined;
}
