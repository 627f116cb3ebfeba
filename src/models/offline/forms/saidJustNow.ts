import { lightStem } from '../../../routing/lightStem.ts';
import { isStopword, tokenize } from '../../../routing/textFeatures.ts';
import type { ConversationView, Exchange } from '../conversationView.ts';
import { ASKS_SOMETHING_DONE } from './digressions.ts';

/**
 * "Do I need to come in for a patch test before that?" right after "Full-head highlights for medium
 * hair is $180… No patch test is needed for this one. Would you like me to book it?": the question asks
 * what the reply had just said. The quote ran again with the question as its colour, asked "Which colour
 * are you thinking of?", and the caller, asked again, gave up on the booking. The sentence that said it
 * is said again, with the reply's own closing question.
 *
 * Only a short question for information that names no action ("can I book a patch test?" asks for
 * one), and only when a two-word phrase of its own ("patch test") is in exactly one
 * statement of the reply: a question naming something the reply did not say is a new request.
 */
const MAX_WORDS = 16;
/** A question for information: not "can I book a patch test?", which asks for something done. */
const ASKS_INFORMATION =
  /^(?:(?:so|and|oh|ok|okay|sorry|wait|um)[\s,]+)*(?:do|does|did|is|are|was|will|what|when|where|which|how|who|would (?:it|that|there|i)|is there|isn'?t)\b/i;

export function saidJustNow(text: string, lastReply: string | undefined): string | undefined {
  const question = text.trim();
  if (!lastReply || !question.endsWith('?') || question.split(/\s+/).length > MAX_WORDS) return undefined;
  if (!ASKS_INFORMATION.test(question) || ASKS_SOMETHING_DONE.test(question)) return undefined;
  const sentences = lastReply.split(/(?<=[.!?])\s+/).map((s) => s.trim());
  const statements = sentences.filter((s) => s.length > 0 && !s.endsWith('?'));
  const pairs = contentPairs(question);
  if (pairs.size === 0) return undefined;
  const saying = statements.filter((s) => [...contentPairs(s)].some((p) => pairs.has(p)));
  if (saying.length !== 1) return undefined;
  // Every other word of the question is in that statement too: "is the office visit covered by
  // insurance?" after "$180 for the office visit…" asks what the reply did not say.
  const said = contentWords(saying[0]);
  if ([...contentWords(question)].some((w) => !said.has(w) && !GENERIC.has(w))) return undefined;
  const closing = sentences.at(-1)?.endsWith('?') ? sentences.at(-1) : undefined;
  return closing ? `${saying[0]} ${closing}` : saying[0];
}

/**
 * Words a question about a statement may add without asking anything new ("do I need to come in…",
 * "sorry, wait, is it really needed?").
 */
const GENERIC = new Set(
  [
    ...['need', 'come', 'get', 'have', 'go', 'take', 'make', 'before', 'after', 'first', 'still', 'one'],
    ...['sorry', 'wait', 'actually', 'really', 'just', 'also', 'please', 'thanks', 'okay'],
  ].map(lightStem),
);

function contentWords(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter((w) => !isStopword(w) && /^\p{L}{3,}$/u.test(w))
      .map(lightStem),
  );
}

/** Adjacent content words, light-stemmed ("patch test", "parking space"). */
function contentPairs(text: string): Set<string> {
  const words = tokenize(text).map((w) => (isStopword(w) || !/^\p{L}{3,}$/u.test(w) ? '' : lightStem(w)));
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++)
    if (words[i - 1] && words[i]) pairs.add(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

/**
 * The messages of a conversation that asked what the reply before them had said: answered on the side,
 * they are no request and fill no value ("and do I need a patch test for it?" about a balayage quoted
 * had made the booking that followed a patch test's).
 */
export function askedAboutTheReply(exchanges: readonly Exchange[]): Set<string> {
  // Read by the form, the request reader, the offer reader and the subject reader on each turn: once
  // per conversation view (its exchanges are built once, with the view).
  let asked = askedAbout.get(exchanges);
  if (!asked) {
    asked = new Set(
      exchanges.filter((e) => saidJustNow(e.answer, e.asked) !== undefined).map((e) => e.answer),
    );
    askedAbout.set(exchanges, asked);
  }
  return asked;
}

const askedAbout = new WeakMap<readonly Exchange[], Set<string>>();

/**
 * The messages before `request`, newest first, less those that asked about the reply before them: "and
 * do I need one of those patch tests for it?", about the balayage quoted, had made the booking that
 * followed a patch test's.
 */
export function requestsBefore(
  view: Pick<ConversationView, 'userMessages' | 'exchanges'>,
  request: string,
): string[] {
  const askedAbout = askedAboutTheReply(view.exchanges);
  const at = view.userMessages.lastIndexOf(request);
  return view.userMessages
    .slice(0, Math.max(at, 0))
    .reverse()
    .filter((m) => !askedAbout.has(m));
}
