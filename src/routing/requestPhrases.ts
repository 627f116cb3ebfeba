import { DIGIT_TOKEN, isStopword, tokenize } from './textFeatures.ts';
import { lookupWord, supersenseOf } from './wordNet.ts';

/**
 * Where in a message its thing is (foreignThings.ts judges the thing): the noun phrase after "my", the
 * object of a request's leading verb, the subject of what happened. Shallow grammar over tokens and
 * WordNet's parts of speech; no parser, so each rule says what it was built on.
 */

/** Words that start a relative clause, not a noun ("a stylist who does curls": not the WHO). */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when']);
/** Words of a noun phrase looked at. */
const PHRASE_WORDS = 3;

/** Words before a noun phrase that names whose thing it is. */
export const OWNER_DETERMINERS = new Set(['my', 'our', 'the', 'his', 'her', 'their', 'your']);

/** Words after which "my …" starts a clause (its subject): conjunctions, fillers, greetings. */
const SUBJECT_LEADS = new Set(
  'and but so or because cause cos since when while if though although um uh er hi hello hey ok okay well also now then yes no yeah think guess'.split(
    ' ',
  ),
);
/** Words after which "my …" was the subject: "my pump is beeping", "my card has expired". */
const AUXILIARIES = new Set(
  'is are was were has have had will would can could do does did should might must isnt arent wasnt werent hasnt havent hadnt wont cant doesnt didnt keeps kept just'.split(
    ' ',
  ),
);
export const POSSESSIVES = new Set(['my', 'our']);
/** How a request is put before its verb: "can you please", "i'd like to", "i need to". */
export const REQUEST_LEAD_WORDS = new Set(
  // "tryna book a table", "hoping to get…", "looking to book…": how a request is put in texting and in
  // passing (dev8's rows); the verb after them is still the request's.
  'can could would will you please pls plz kindly just i id im want wanna need like to help me us we lets let tryna trying gonna gotta hoping looking wanted wanting going'.split(
    ' ',
  ),
);
/** Lead-in words that are a request's verb when an object follows: "i need a plumber". */
const NEED_VERBS = new Set(['need', 'want', 'wanna']);
const STATEMENT_SUBJECTS = new Set(['i', 'we']);
/** The customer as the subject of a statement about themselves. */
const SELF_SUBJECTS = new Set(['i', 'im', 'ive']);
const MODALS = new Set(['can', 'could', 'would', 'will']);
/** Words before a subject that make a question of it ("should i buy it out", "do i need to"). */
const ASKING = new Set([...MODALS, 'should', 'shall', 'may', 'do', 'did']);
const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them']);
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'some', 'this', 'that']);

/** Whether WordNet commonly reads the word as one of these parts of speech. */
export function commonlyA(word: string, parts: string): boolean {
  return lookupWord(word, 1)?.common.some((s) => parts.includes(s.pos)) ?? false;
}

export function isPair(w: string): boolean {
  return /^\p{L}+ \p{L}+$/u.test(w);
}

export function isWord(w: string): boolean {
  return w.length >= 3 && /^\p{L}+$/u.test(w);
}

/**
 * "forgot my password cant log in": "can't" written without its apostrophe ends the phrase. WordNet
 * knows "cant" (jargon, a slope) and "wont" (a habit), and the software desk kept the message as being
 * about someone's cant.
 */
const NOT_CONTRACTED =
  /^(?:cant|wont|dont|didnt|doesnt|isnt|arent|wasnt|werent|hasnt|havent|hadnt|couldnt|wouldnt|shouldnt|aint)$/;

/**
 * The noun phrase from `start`: up to PHRASE_WORDS words, ending at a stopword, a number or (after its
 * first word) a word that is mostly neither noun nor adjective ("my kid fell off") or a time ("a plumber
 * tonight", "a table tomorrow": when, not what).
 */
export function phraseAt(tokens: readonly string[], start: number): string[] {
  const phrase: string[] = [];
  for (let j = start; j < Math.min(tokens.length, start + PHRASE_WORDS); j++) {
    const w = tokens[j];
    if (w === DIGIT_TOKEN || isStopword(w) || RELATIVES.has(w) || NOT_CONTRACTED.test(w)) break;
    if (j > start && (!commonlyA(w, 'na') || namesATime(w))) break;
    phrase.push(w);
  }
  return phrase;
}

/** "tonight", "tomorrow", "weekend": a word whose commonest sense is a time. */
function namesATime(word: string): boolean {
  const senses = lookupWord(word, 1);
  return senses !== null && senses.dominant.pos === 'n' && supersenseOf(senses.dominant) === 'noun.time';
}

/** A phrase ends at punctuation: "my son, he's 9" is about a son. */
export function clauses(text: string): string[][] {
  return text.split(/[,.;:!?()]+/).map(tokenize);
}

/**
 * Whether the possessive phrase at `i` is acted on ("cancel my gym membership", "calling about my car
 * loan", "I lost my card") rather than the subject of what happened, which in-scope messages use to
 * describe a problem ("my insulin pump is beeping", "when my dog bit me", "I think my cast is too tight").
 */
/** Conjunctions that open a clause saying when or why something happens, and the subjects after them. */
const WHEN = new Set(['when', 'whenever', 'while', 'because', 'since']);
const SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'it']);

/**
 * "some test results came up in my portal tonight and I'd like the doctor to call me": "in my portal"
 * says where something is, not what is asked (the entry had kept the call-back as about a portal).
 */
const WHERE = new Set(['in']);

/**
 * "can I bring my dog to the viewing", "I'll bring my own shampoo, can you book me for a wash": what
 * the customer brings along comes with them to what they ask for; it is not what they ask about.
 */
const BRING_ALONG = new Set(['bring', 'brings', 'bringing', 'carry', 'carrying']);

export function actedOn(tokens: string[], i: number, phrase: string[]): boolean {
  const before = tokens[i - 1];
  if (before === undefined || SUBJECT_LEADS.has(before) || WHERE.has(before) || BRING_ALONG.has(before))
    return false;
  // "it's worse when I sit at my desk": said of when something happens, not what is asked.
  if (tokens.slice(1, i).some((w, k) => WHEN.has(w) && SUBJECTS.has(tokens[k + 2] ?? ''))) return false;
  const after = tokens[i + 1 + phrase.length];
  if (after === undefined) return true;
  return !AUXILIARIES.has(after) && !(commonlyA(after, 'v') && !commonlyA(after, 'n'));
}

/**
 * Whether "my …" at `i` is the subject a message is about: a thing of the customer's own with a
 * trouble ("my printer says offline", "my cat has been sneezing", "my boiler is broken"), which is
 * the business's only if the thing is (foreignThings.ts judges that). Not when it did something to
 * the customer ("my dog bit me") or the customer says how they are ("my insulin pump is beeping and I
 * feel dizzy"): then they are the one to help, the thing is context. Only "my": "our whole call center
 * is down" is a business's own set-up, at a desk that serves businesses.
 */
export function troubledThing(text: string, tokens: string[], i: number, phrase: string[]): boolean {
  if (tokens[i] !== 'my' || phrase.length === 0 || BRING_ALONG.has(tokens[i - 1] ?? '')) return false;
  if (tokens.slice(i + 1 + phrase.length).some((w) => w === 'me' || w === 'us')) return false;
  // "and I feel dizzy" states something of the customer; "where can I get it fixed" asks.
  const words = tokenize(text);
  return !words.some((w, k) => SELF_SUBJECTS.has(w) && !ASKING.has(words[k - 1] ?? ''));
}

/**
 * Where a request's leading word is, past how it is put ("can you please", "i'd like to"); -1 when
 * there is none. "I run a small bridal shop and…", "we sell shoes online": a verb straight after its
 * subject tells the business who the customer is; the request comes later, if at all.
 */
export function requestVerbAt(tokens: readonly string[]): number {
  let i = 0;
  while (i < tokens.length && REQUEST_LEAD_WORDS.has(tokens[i])) i++;
  if (i >= tokens.length) return -1;
  // "can I book a table", "could we order…": a subject after a modal asks; it tells nothing about itself.
  const asks = i > 1 && MODALS.has(tokens[i - 2]);
  if (i > 0 && STATEMENT_SUBJECTS.has(tokens[i - 1]) && !asks) return -1;
  return i;
}

/**
 * What a clause says the customer needs, wherever it says it: "locked out of my truck need a locksmith",
 * "pipe burst under the sink, need an emergency plumber tonight". Only "need"/"want" with "a"/"an": the
 * request is for one of something, not a narrative's "checked spam" or "cleared cookies".
 */
export function neededThing(tokens: readonly string[]): string[] {
  const k = tokens.findIndex(
    (w, j) => NEED_VERBS.has(w) && (tokens[j + 1] === 'a' || tokens[j + 1] === 'an'),
  );
  return k < 0 ? [] : phraseAt(tokens, k + 2);
}

/** Contractions the tokenizer leaves without their apostrophe ("cant log in"): never a thing's owner. */
export function isAuxiliary(word: string): boolean {
  return AUXILIARIES.has(word) || word === 'dont';
}

/**
 * The object of a request's leading verb: "book a table for two" → table, "order me a pizza" → pizza,
 * "i need a plumber" → plumber. `theirs`: it follows "my"/"our" ("remove my ex employee").
 */
export function requestObject(tokens: string[]): { phrase: string[]; theirs: boolean } {
  const none = { phrase: [], theirs: false };
  let i = requestVerbAt(tokens);
  if (i < 0) return none;
  // "i need a plumber": the lead-in's own verb takes the object.
  if (!(DETERMINERS.has(tokens[i]) && NEED_VERBS.has(tokens[i - 1] ?? ''))) {
    if (!commonlyA(tokens[i], 'v') || BRING_ALONG.has(tokens[i])) return none;
    i++;
    while (i < tokens.length && OBJECT_PRONOUNS.has(tokens[i])) i++;
  }
  const theirs = POSSESSIVES.has(tokens[i] ?? '');
  if (i < tokens.length && DETERMINERS.has(tokens[i])) i++;
  return { phrase: phraseAt(tokens, i), theirs };
}
