import { isStopword, tokenize } from './textFeatures.ts';

/**
 * "alright well I'd like somebody to ring me please": the words a caller starts with while they gather
 * their thoughts say nothing about the request. Every agent learns acknowledgements as its own
 * ("alright": a reply, no new topic), so at the front they outvoted the request after them, and the
 * front desk kept a call-back it hands on. They are read past when a request of its own follows; said
 * alone, or before a word or two ("ok cool"), they stay the reply they are. An answer is no filler:
 * "yes, just the knee one" answers a read-back, and "yes" stays. Only the entry's router reads past
 * them (agentRouter.ts), where a new request is likeliest.
 */
const MARKERS = new Set([
  'well',
  'so',
  'um',
  'uh',
  'erm',
  'er',
  'oh',
  'hmm',
  'right',
  'alright',
  'ok',
  'okay',
  // "thanks! also how do I add a teammate to our workspace?": thanks for the last answer, and a new request
  // (the front desk kept it, its menu said again; found by chatting).
  'thanks',
  'thankyou',
  'thx',
  'ta',
  'cheers',
  'great',
  'perfect',
  'cool',
  'lovely',
  'brilliant',
  'awesome',
  'also',
  'and',
]);
/** Content words a request needs after the markers for them to be read past. */
const MIN_REQUEST_WORDS = 2;

export function withoutLeadingAcknowledgement(text: string): string {
  const words = text.trim().split(/\s+/u);
  let i = 0;
  const marker = (at: number) => MARKERS.has(tokenize(words[at]).join(' '));
  // "thank you": the one pair read past.
  const thankYou = (at: number) => /^thank$/i.test(words[at]) && /^you\W*$/i.test(words[at + 1] ?? '');
  while (i < words.length && (marker(i) || thankYou(i))) i += thankYou(i) ? 2 : 1;
  if (i === 0) return text;
  const rest = words.slice(i).join(' ');
  const content = tokenize(rest).filter((w) => !isStopword(w));
  return content.length >= MIN_REQUEST_WORDS ? rest : text;
}
