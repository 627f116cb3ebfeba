import { lightStem } from './lightStem.ts';
import { DIGIT_TOKEN, isStopword, tokenize } from './textFeatures.ts';
import { lookupWord } from './wordNet.ts';

/**
 * How much of a message a router recognises, with WordNet synonyms and typo repair towards the words
 * its training texts use.
 *
 * A content word is recognised when the training texts have it (as written or as its light stem).
 * Otherwise WordNet may name a training word for it: one sharing the word's commonest sense ("purchase"
 * when the examples say "buy", "assistance" → "help") or that sense's hypernym ("rebate" → "refund");
 * that word is added beside it. Failing that, one spelling repair: a known word one edit away (a letter
 * dropped, added, swapped or mistyped: "pasword"), first among the training words, else a WordNet word
 * that is a synonym of one ("switchimg" → "switching" → "switch"). What is still unknown is what the
 * router did not understand; the hybrid fast path scales its confidence by the share it did.
 *
 * Nothing here is a hand-written list: the lexical knowledge is WordNet's, the vocabulary the graph's.
 */

/**
 * Shortest word to repair: shorter ones are mostly contractions without their apostrophe ("isnt",
 * "ill", "cant"), and one edit away from too many real words.
 */
const MIN_WORD = 5;

/**
 * Longer contractions without their apostrophe are English too: "my knees arent what they used to be"
 * had "arent" repaired to "agent", and the message went to the complaints desk.
 */
const CONTRACTIONS = new Set(
  (
    'arent wasnt werent didnt doesnt hasnt havent hadnt couldnt wouldnt shouldnt mustnt neednt mightnt ' +
    'theyll theyve theyre theyd youve youll youre wholl thatll whatll itll wouldve couldve shouldve'
  ).split(' '),
);

/** Shortest word to look a synonym up for ("ill" as in "I'll" is not an illness). */
const MIN_SYNONYM = 4;

export type Recognition = {
  /** The message with typos repaired and synonyms added (unchanged when there were none). */
  text: string;
  /** Content words of the message (no stopwords, digits, or words under 3 letters). */
  words: number;
  /** Of those, the ones recognised directly, through WordNet or after a repair. */
  recognized: number;
};

export type VocabularyState = { known: string[]; synsetWords: [string, string][] };

export type Match = { word: string; kind: 'known' | 'synonym' | 'repair' };

export class VocabularyMatch {
  private readonly known = new Set<string>();
  private readonly stems = new Set<string>();
  /** Every known word with one letter deleted → that word (the first in sorted order). */
  private readonly deletes = new Map<string, string>();
  private readonly cache = new Map<string, Match | null>();
  /** WordNet synset (`n13303184`) → the training word whose commonest senses include it. */
  private readonly synsetWords = new Map<string, string>();

  /**
   * @param texts the training texts
   * @param state what an earlier instance learnt from the same texts (`state()`): WordNet is not read
   */
  constructor(texts: Iterable<string>, state?: VocabularyState) {
    if (state) for (const word of state.known) this.known.add(word);
    for (const text of state ? [] : texts) {
      for (const word of tokenize(text)) {
        if (word === DIGIT_TOKEN || isStopword(word) || !/^\p{L}+$/u.test(word)) continue;
        this.known.add(word);
      }
    }
    for (const word of [...this.known].sort()) {
      this.stems.add(lightStem(word));
      for (const s of state ? [] : (lookupWord(word)?.synsets ?? [])) {
        const key = `${s.pos}${s.offset}`;
        if (!this.synsetWords.has(key)) this.synsetWords.set(key, word);
      }
      if (word.length < MIN_WORD) continue;
      for (const d of deletions(word)) if (!this.deletes.has(d)) this.deletes.set(d, word);
    }
    for (const [key, word] of state?.synsetWords ?? []) this.synsetWords.set(key, word);
  }

  /** The training words and the WordNet senses they stand for: all a restored instance needs. */
  state(): VocabularyState {
    return { known: [...this.known].sort(), synsetWords: [...this.synsetWords] };
  }

  /** The message's content words, recognised or repaired. */
  recognize(text: string): Recognition {
    const tokens = tokenize(text);
    let words = 0;
    let recognized = 0;
    let changed = false;
    const out = tokens.map((token) => {
      if (token === DIGIT_TOKEN || isStopword(token) || token.length < 3 || !/^\p{L}+$/u.test(token))
        return token;
      words++;
      const match = this.match(token);
      if (match === null) return token;
      recognized++;
      if (match.word === token) return token;
      changed = true;
      // A repaired typo is replaced; a synonym is added beside the word, whose own char grams still count.
      return match.kind === 'synonym' ? `${token} ${match.word}` : match.word;
    });
    return { text: changed ? out.join(' ') : text, words, recognized };
  }

  /** The word itself when recognised, else a training word it means or a repair of its typo, else null. */
  match(word: string): Match | null {
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    let result: Match | null = null;
    if (this.knows(word)) result = { word, kind: 'known' };
    else {
      const synonym = this.synonymInTraining(word);
      if (synonym) result = { word: synonym, kind: 'synonym' };
    }
    // A word WordNet knows is English, not a typo: "migraine" must not become "marine".
    if (result === null && word.length >= MIN_WORD && !CONTRACTIONS.has(word) && !lookupWord(word)) {
      const repair = this.repairFromTraining(word) ?? this.repairFromWordNet(word);
      if (repair) result = { word: repair, kind: 'repair' };
    }
    if (this.cache.size >= 20_000) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  private knows(word: string): boolean {
    return this.known.has(word) || this.stems.has(lightStem(word));
  }

  /**
   * A training word that WordNet says means the same ("purchase" → "buy": one synset) or names what
   * this word is a kind of ("rebate" → "refund": its hypernym), commonest senses first.
   */
  private synonymInTraining(word: string): string | null {
    // Only the word's common senses: rarer ones turn "pro" into "statement" and "white" into a person.
    const senses = lookupWord(word, 1);
    if (!senses || word.length < MIN_SYNONYM) return null;
    for (const s of senses.common) {
      const same = this.synsetWords.get(`${s.pos}${s.offset}`);
      if (same) return same;
    }
    for (const h of senses.commonHypernyms) {
      const known = this.synsetWords.get(`${h.pos}${h.offset}`);
      if (known) return known;
    }
    return null;
  }

  private repairFromTraining(word: string): string | null {
    // The word is a known word with a letter added, or they share a deletion (a letter swapped or mistyped).
    if (this.deletes.has(word)) return this.deletes.get(word)!;
    for (const d of deletions(word)) {
      if (this.known.has(d)) return d;
      const w = this.deletes.get(d);
      if (w) return w;
    }
    return null;
  }

  /** A WordNet word one substitution or swap away that is, or means, a training word. */
  private repairFromWordNet(word: string): string | null {
    for (const candidate of substitutionsAndSwaps(word)) {
      if (!lookupWord(candidate)) continue;
      const synonym = this.synonymInTraining(candidate);
      if (synonym) return synonym;
    }
    return null;
  }
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

const LETTERS = 'etaoinshrdlcumwfgypbvkjxqz';

/** Swaps of neighbours first, then substitutions by letter frequency: the likelier repairs first. */
function substitutionsAndSwaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++)
    out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 0; i < word.length; i++) {
    for (const c of LETTERS) if (c !== word[i]) out.push(word.slice(0, i) + c + word.slice(i + 1));
  }
  return out;
}
