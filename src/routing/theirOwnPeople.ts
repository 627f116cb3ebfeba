import { tokenize } from './textFeatures.ts';
import { directHypernyms, lookupWord, type Synset, supersenseOf } from './wordNet.ts';

/**
 * "Send an email to my boss", "who's my manager at work": the people a message names are the
 * customer's own, not ours. Routers learn "manager" and "boss" from requests for one ("get me a
 * manager"), so without this such messages went to a person. It holds when every person the message
 * names (a noun whose commonest sense is a person in WordNet: "boss", "sister", "someone") follows
 * "my" or "our", and the person agent's own examples never say "my" before that word — they do for a
 * threat ("my lawyer will be in touch"), which stays a request for a person, as do its kind ("my
 * attorney", the same WordNet sense; "my solicitor", a kind of lawyer).
 */
const POSSESSIVES = new Set(['my', 'our']);

function isPersonNoun(word: string): boolean {
  const senses = lookupWord(word, 1);
  return senses?.dominant.pos === 'n' && supersenseOf(senses.dominant) === 'noun.person';
}

/** Per examples list: the router asks on every decision for a person, the list never changes. */
const possessedCache = new WeakMap<readonly string[], Set<string>>();

/** The words the person agent's examples put after "my"/"our" ("lawyer"). */
export function possessedIn(examples: readonly string[]): Set<string> {
  const known = possessedCache.get(examples);
  if (known) return known;
  const out = new Set<string>();
  possessedCache.set(examples, out);
  for (const e of examples) {
    const tokens = tokenize(e);
    tokens.forEach((w, i) => {
      if (i > 0 && POSSESSIVES.has(tokens[i - 1])) out.add(w);
    });
  }
  return out;
}

const key = (s: Synset) => `${s.pos}${s.offset}`;

/** The word's commoner noun senses ("solicitor": a canvasser, then a lawyer) and those one step above. */
function sensesUp(word: string): string[] {
  const nouns = lookupWord(word, 3)?.synsets.filter((s) => s.pos === 'n') ?? [];
  return [...nouns, ...nouns.flatMap(directHypernyms)].map(key);
}

/** A person the examples say with "my", or a kind of one. */
function saidWithMy(word: string, theirs: ReadonlySet<string>): boolean {
  if (theirs.has(word)) return true;
  const up = sensesUp(word);
  return [...theirs].some((t) => {
    const sense = lookupWord(t, 1)?.dominant;
    return sense !== undefined && up.includes(key(sense));
  });
}

/** Saying who one is: "im Leah Thornton, ops manager at Pennyworth Vets", "this is the office manager". */
const INTRODUCES = new Set(['im', 'this is', 'i am', 'name is']);

/**
 * The person word says who the customer is ("I'm Leah Thornton, ops manager at Pennyworth Vets": a
 * self-introduction, which went to a person on "manager"; "Vets" is people too): an introduction before
 * it, and nothing between that asks for anyone.
 */
function describesThemselves(tokens: readonly string[], at: number): boolean {
  for (let j = 0; j < at; j++) {
    const pair = `${tokens[j]} ${tokens[j + 1] ?? ''}`;
    if (!INTRODUCES.has(tokens[j]) && !INTRODUCES.has(pair)) continue;
    const between = tokens.slice(j + 1, at);
    return !between.some((t) => /^(?:speak|talk|to|with|get|want|need|see|put|through)$/.test(t));
  }
  return false;
}

export function speaksOfTheirOwnPeople(text: string, theirs: ReadonlySet<string>): boolean {
  const tokens = tokenize(text);
  let own = 0;
  for (const [i, w] of tokens.entries()) {
    if (!/^\p{L}{3,}$/u.test(w) || !isPersonNoun(w)) continue;
    if (describesThemselves(tokens, i)) {
      own++;
      continue;
    }
    if (i === 0 || !POSSESSIVES.has(tokens[i - 1]) || saidWithMy(w, theirs)) return false;
    own++;
  }
  return own > 0;
}
