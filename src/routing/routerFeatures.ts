import { durationNows } from './durationNow.ts';
import { lightStem } from './lightStem.ts';
import { namedPersonAsked } from './namedPerson.ts';
import { FRAMING_CONCEPTS, findConcepts } from './supportLexicon.ts';
import { DIGIT_TOKEN, featureCounter, isStopword, type RawFeatures, tokenize } from './textFeatures.ts';
import { lookupWord, supersenseOf } from './wordNet.ts';

/**
 * Features of one message for the router (the offline tool matcher keeps the plainer `extractFeatures`):
 *
 * - `w|` light stems of the content words, so "refunded" and "refunds" are one feature;
 * - `b|` bigrams of those stems ("not work", "credit card");
 * - `k|` concepts of the support lexicon ("money back" and "reimburse" both give `k|refund`);
 * - `c|` character 3–4-grams inside each surface word, for typos and words the examples never used;
 * - `s|` WordNet supersenses of the content words' commonest sense ("throat" and "ankle" are both
 *   `noun.body`, "fever" and "rash" `noun.state`): a word no example used still lands in a class of
 *   words some example did.
 *
 * Feature keys start with their block letter: the vectorizer weighs the blocks separately.
 */
export type RouterFeatureOptions = {
  /** Unigrams and bigrams on light stems instead of surface words. */
  stems?: boolean;
  /** Concept features from the support lexicon. */
  concepts?: boolean;
  /** Smallest and largest character n-gram (inclusive). */
  charRange?: [number, number];
  /** Ignore greetings, thanks, yes/no and fillers when the message also has a topic word. */
  dropFraming?: boolean;
  /**
   * Keep stopwords as words and bigrams ("why was", "do you", "how much"): they carry the form of the
   * request (a complaint about what happened vs a question about what is offered) rather than its topic.
   * Off for routing; the phrasing views of the hybrid fast path (fastPathConfidence.ts) turn it on.
   */
  functionWords?: boolean;
  /** WordNet supersense features (`s|noun.body`). */
  supersenses?: boolean;
};

export const DEFAULT_ROUTER_FEATURES: Required<RouterFeatureOptions> = {
  stems: true,
  concepts: true,
  charRange: [3, 4],
  dropFraming: true,
  functionWords: false,
  supersenses: true,
};

export function extractRouterFeatures(
  text: string,
  options: RouterFeatureOptions & {
    withSources?: boolean;
    /**
     * The text is a customer's message to route, not a training text: its words asking for help are
     * dropped when it has a topic besides (see ASKING).
     */
    message?: boolean;
  } = {},
): RawFeatures {
  const opts = { ...DEFAULT_ROUTER_FEATURES, ...options };
  const { counts, sources, add } = featureCounter(options.withSources);

  const tokens = tokenize(text);
  const stems = tokens.map((t) => (opts.stems ? lightStem(t) : t));
  const concepts = findConcepts(stems);
  const dropped = opts.dropFraming ? framingTokens(tokens, concepts, options.message) : new Set<number>();
  for (const i of durationNows(tokens)) dropped.add(i);
  const content: number[] = [];
  for (let i = 0; i < tokens.length; i++)
    if ((opts.functionWords || !isStopword(tokens[i])) && !dropped.has(i)) content.push(i);

  for (let c = 0; c < content.length; c++) {
    const i = content[c];
    const word = tokens[i];
    add(`w|${stems[i]}`, word);
    if (c + 1 < content.length) {
      const j = content[c + 1];
      add(`b|${stems[i]} ${stems[j]}`, `${word} ${tokens[j]}`);
    }
    if (word === DIGIT_TOKEN || isStopword(word)) continue;
    for (const gram of charGrams(word, opts.charRange)) add(gram, word);
    if (opts.supersenses) {
      const sense = supersense(word);
      if (sense) add(`s|${sense}`, word);
    }
  }

  if (opts.concepts) {
    // "I twisted my ankle playing football": beside a part of the body, a sport (or the weather: "my
    // knee aches when it rains") is where a hurt happened, not small talk about the game. The
    // `everyday` concept, learnt only from off-topic phrases, kept such a message at the entry desk.
    const body = tokens.some((t) => supersense(t) === 'noun.body');
    for (const { concept, start, end } of concepts) {
      if (dropped.has(start) || (concept === 'everyday' && body)) continue;
      // The words that named the concept, minus stopwords ("talk to" explains itself as "talk").
      const span = tokens.slice(start, end).filter((t) => !isStopword(t));
      add(`k|${concept}`, (span.length > 0 ? span : tokens.slice(start, end)).join(' '));
    }
    // "can I talk to Priya": someone asked for by name is a person, as a manager is (namedPerson.ts).
    const named = namedPersonAsked(text);
    if (named) add('k|person', named.toLowerCase());
  }
  return { counts, sources };
}

/**
 * Supersenses too broad to say anything about a topic: adjectives and adverbs ("dizzy" and "cheap" are
 * both `adj.all`) and WordNet's top nouns.
 */
const BROAD_SUPERSENSES = new Set(['adj.all', 'adj.pert', 'adj.ppl', 'adv.all', 'noun.Tops']);

/** The supersense of a word's commonest sense, unless it is a broad one or the word is too short. */
function supersense(word: string): string | null {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return null;
  const senses = lookupWord(word);
  if (!senses) return null;
  const name = supersenseOf(senses.dominant);
  return name && !BROAD_SUPERSENSES.has(name) ? name : null;
}

/** Char-gram keys per word: the same few thousand words recur in every router's training texts. */
const gramCache = new Map<string, string[]>();

function charGrams(word: string, [min, max]: [number, number]): string[] {
  const key = `${min},${max},${word}`;
  let grams = gramCache.get(key);
  if (!grams) {
    grams = [];
    const padded = `<${word}>`;
    for (let n = min; n <= max; n++) {
      for (let s = 0; s + n <= padded.length; s++) grams.push(`c|${padded.slice(s, s + n)}`);
    }
    if (gramCache.size >= 50_000) gramCache.clear();
    gramCache.set(key, grams);
  }
  return grams;
}

/** Words that fill a sentence without giving it a topic ("thank you so much", "yes, that is right"). */
const LIGHT_WORDS = new Set(
  (
    'much many lot lots right everything nothing anything something all good nice day now today again ' +
    'more else one thing things way bit little still though then guys mate correct exactly totally'
  ).split(' '),
);

/**
 * Words a customer asks for help with: "I want help to change the email on my profile", "could you
 * assist me with my invoice", "help me update my profile info". They say nothing of the topic, but the
 * entry's own texts ("can you help me", "How can I help you today?") taught the router that they mean
 * staying, and such requests were kept at the entry. Dropped from a message with a topic besides; the
 * training texts keep them (they are the agents' own words), so no other message routes differently.
 */
const ASKING = new Set(['help', 'helping', 'assist', 'assisting', 'assistance']);

/**
 * Tokens inside framing spans (greetings, thanks, fillers; in a message also words asking for help) when
 * the rest of the message has a topic: a topic concept, or two words that are neither stopwords nor
 * light words. None otherwise ("ok thanks", "thank you so much" must still look like acknowledgements).
 */
function framingTokens(
  tokens: readonly string[],
  concepts: readonly { concept: string; start: number; end: number }[],
  message = false,
): Set<number> {
  const framing = new Set<number>();
  let topicConcept = false;
  for (const { concept, start, end } of concepts) {
    if (FRAMING_CONCEPTS.has(concept)) for (let i = start; i < end; i++) framing.add(i);
  }
  if (message) for (let i = 0; i < tokens.length; i++) if (ASKING.has(tokens[i])) framing.add(i);
  if (framing.size === 0) return framing;
  for (const { concept, start } of concepts) {
    if (!FRAMING_CONCEPTS.has(concept) && !framing.has(start)) topicConcept = true;
  }
  const topicWords = tokens.filter(
    (t, i) =>
      !framing.has(i) && !isStopword(t) && !LIGHT_WORDS.has(t) && t !== DIGIT_TOKEN && /\p{L}/u.test(t),
  ).length;
  return topicConcept || topicWords >= 2 ? framing : new Set();
}
