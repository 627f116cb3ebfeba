import { lookupWord } from '../../routing/wordNet.ts';
import type { ConversationView } from './conversationView.ts';

/**
 * "ok how do I fix it" right after the call log said "The call was blocked because the account balance
 * ran out. Pay the open invoice or turn on auto-recharge in Billing, and calls resume right away.": the
 * desk answered with its menu ("I can check failed calls or a webhook…"), though its own last answer
 * says what to do. A question of what to do, said right after a look-up's answer, is answered with the
 * advice in what we said: its sentences after the first (the finding) that open with a verb, else all
 * of them after the first.
 */
const ASKS_WHAT_TO_DO =
  /\bhow (?:do|can|should|would|to) (?:i|we|u|you)?\s*(?:fix|sort|solve|resolve|stop|get (?:it|them|this) (?:working|fixed|back))\b|\bwhat (?:do|should|can|shall) (?:i|we|u) do\b/i;

export function adviceAskedAgain(input: {
  text: string;
  view: ConversationView;
  changesData: (toolName: string) => boolean;
}): string | undefined {
  const { text, view } = input;
  const shown = view.previousResult;
  if (!shown || input.changesData(shown.name) || !ASKS_WHAT_TO_DO.test(text)) return undefined;
  // What we said: the look-up's answer as the desk put it (a reply template may add its fix field).
  const said = view.lastAssistantText?.trim();
  if (!said) return undefined;
  const sentences = said.split(/(?<=[.!])\s+(?=[A-Z])/).slice(1);
  // The advice: its sentences that open with a verb ("Pay the open invoice…"), else all but the finding.
  const imperative = sentences.filter((s) => opensWithAVerb(s));
  const advice = (imperative.length > 0 ? imperative : sentences).join(' ');
  if (advice === '') return undefined;
  return `To sort it out: ${advice.charAt(0).toLowerCase()}${advice.slice(1)}`;
}

function opensWithAVerb(sentence: string): boolean {
  const first = sentence.match(/^[A-Za-z]+/)?.[0].toLowerCase();
  if (!first || /^(the|a|an|this|that|it|you|your|we|our|i|if|when|there)$/.test(first)) return false;
  return lookupWord(first)?.dominant.pos === 'v';
}
