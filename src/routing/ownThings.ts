import type { NormalizedGraph } from '../graph/types.ts';
import { conceptsOf } from './nounConcepts.ts';
import { POSSESSIVES } from './requestPhrases.ts';
import { deskTexts } from './routerTrainingSet.ts';
import { isStopword, tokenize } from './textFeatures.ts';
import { lemmasOf, lookupWord, type Synset, sensesOf, supersenseOf, synsetKey } from './wordNet.ts';

/**
 * "Can you list my 2 bed in Old Town for 450k", "what's my house worth? 3 bed in Riverside": the customer
 * speaks of a thing of their own, and the words that describe it (the beds, the area, a price) are the
 * ones the buyers' desk learnt from what buyers want, so the router sent the seller there. Whose desk a
 * thing of the customer's own belongs to, the desks' own texts say: the sellers' desk says "sell my
 * house", "list my condo"; the buyers' never puts "my" or "our" before a home. A message routed to a desk
 * whose texts never speak of the customer's own thing of that kind goes to the best-ranked desk whose
 * texts do. Kinds are WordNet's (a "place", "flat" or "condo" is the "house" and "home" of the texts);
 * people are not things (theirOwnPeople.ts reads them).
 */

/** Where WordNet's concepts are specific enough to be one kind of thing: "structure" (a home, a room). */
const MIN_KIND_DEPTH = 5;
/** Steps up WordNet from the word's senses where its kinds are read. */
const KIND_HOPS = 2;
/** The desk the thing is handed to must be one the router considered at all. */
const MIN_OWNER_SHARE = 0.02;
/** And one whose texts speak of the customer's own thing of that kind again and again, not in passing. */
const MIN_OWNER_TEXTS = 3;

const SUBJECTS = new Set(['i', 'we']);
/** Before "I"/"we", a word that makes what follows a question: "how would I get my condo listed". */
const ASKS = new Set([
  'can',
  'could',
  'would',
  'will',
  'shall',
  'should',
  'may',
  'might',
  'do',
  'does',
  'how',
  'where',
  'when',
  'what',
  'why',
  'if',
]);

/**
 * "We sold our big house last year": the customer tells what they did with their own thing, which is
 * no request about it (they want to buy a little place). Not a question ("how do I get my home listed").
 */
function saysWhatTheyDid(tokens: readonly string[], at: number): boolean {
  return at >= 2 && SUBJECTS.has(tokens[at - 2]) && !ASKS.has(tokens[at - 3] ?? '');
}

/** The words a text puts after "my"/"our", past a number or a describing word ("my 3 bedroom", "our old house"). */
export function possessedWords(text: string): string[] {
  const tokens = tokenize(text);
  const out: string[] = [];
  tokens.forEach((w, i) => {
    // "houses like ours": the thing before "like" is the customer's kind of thing.
    if ((w === 'ours' || w === 'mine') && tokens[i - 1] === 'like' && i >= 2) out.push(tokens[i - 2]);
    if (!POSSESSIVES.has(w) || saysWhatTheyDid(tokens, i)) return;
    for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
      const next = tokens[j];
      if (/^\d/.test(next)) continue;
      const senses = lookupWord(next, 1);
      if (!senses) break;
      // "our old house": a describing word before a noun; "my flat in Old Town" is a flat.
      const describes = senses.dominant.pos !== 'n' && senses.synsets.some((s) => s.pos === 'a');
      const after = tokens[j + 1] ?? '';
      if (describes && j < i + 3 && !isStopword(after) && lookupWord(after, 1)?.dominant.pos === 'n')
        continue;
      // "what's the walk score like in Old Town? our place is 30 Fern Road": where the home is, told
      // beside the question, is no request about it (it went from the area desk to the valuations desk).
      if (!(tokens[j + 1] === 'is' && /^\d/.test(tokens[j + 2] ?? ''))) out.push(next);
      break;
    }
  });
  return out;
}

/**
 * The kinds of thing a word names: its two commonest noun senses that are made things (WordNet's
 * artifacts: a house, a room, a car) and what they are. What a customer has that is no made thing (an
 * account, a password, a company, a son) is everybody's at every desk.
 */
function kindsOf(word: string): string[] {
  const nouns = lookupWord(word, 2)?.synsets.filter((s: Synset) => s.pos === 'n') ?? [];
  return nouns
    .filter((s) => supersenseOf(s) === 'noun.artifact')
    .flatMap((s) => conceptsOf(s, MIN_KIND_DEPTH, KIND_HOPS));
}

/**
 * "whats my place worth roughly? 3 bed in riverside": "place" is no made thing by its commonest senses,
 * but one of its senses ("where you live") is what "home" chiefly means, and a home is one. A word the
 * customer says of their own reads as the synonym whose commonest sense it shares, never as a synonym by
 * a sense that one rarely means. Only the message's words: the desks' texts are counted by their own
 * senses (counted through synonyms too, they sent "moving our phones over to you" from the sales desk
 * to billing).
 */
function ownKindsOf(word: string): string[] {
  let kinds = ownKinds.get(word);
  if (kinds === undefined) {
    kinds = kindsOf(word);
    if (kinds.length === 0) {
      const synonyms = sensesOf(word, 'n').flatMap((sense) =>
        lemmasOf(sense).filter((l) => {
          const chief = l === word || l.includes('_') ? undefined : sensesOf(l, 'n')[0];
          return chief !== undefined && synsetKey(chief) === synsetKey(sense);
        }),
      );
      kinds = [...new Set(synonyms)].flatMap(kindsOf);
    }
    ownKinds.set(word, kinds);
  }
  return kinds;
}

/**
 * By word, for every message the router sends on: "my account" and "my number" have no made kind, and
 * their synonyms were looked up again on each one.
 */
const ownKinds = new Map<string, string[]>();

/**
 * "Our apartment is too small, we want a house with a garden": the customer asks for another thing of the
 * kind they own (one said with "a"/"an"), so the desk that finds one is right.
 */
function wantsAnother(text: string, kinds: readonly string[]): boolean {
  const tokens = tokenize(text);
  return tokens.some((w, i) => {
    if (w !== 'a' && w !== 'an') return false;
    const next = tokens
      .slice(i + 1, i + 4)
      .find((t) => !/^\d/.test(t) && lookupWord(t, 1)?.dominant.pos === 'n');
    return next !== undefined && kindsOf(next).some((k) => kinds.includes(k));
  });
}

export class OwnThings {
  /**
   * Per desk: how many of its texts speak of the customer's own thing of each kind, and how many of a
   * thing of that kind that is not the customer's (a home the buyers' desk finds them).
   */
  private readonly counted = new Map<string, { owned: Map<string, number>; other: Map<string, number> }>();

  constructor(private readonly graph: NormalizedGraph) {}

  /**
   * The desk a message about the customer's own thing belongs to, when `routed` never speaks of one of
   * that kind and a desk of `ranking` does; undefined when the routed desk is right or none is better.
   */
  ownerOf(
    routed: string,
    text: string,
    ranking: readonly { target?: string; p: number }[],
  ): string | undefined {
    const kinds = possessedWords(text).flatMap(ownKindsOf);
    if (kinds.length === 0 || wantsAnother(text, kinds)) return undefined;
    const speaksOf = (desk: string, times = 1) =>
      kinds.some((k) => (this.kindsAt(desk).owned.get(k) ?? 0) >= times);
    // The routed desk deals in such things, never the customer's own: "my hair" at a salon's booking desk,
    // which never says "hair", is no sign of another desk.
    const dealsInOthers = kinds.some((k) => (this.kindsAt(routed).other.get(k) ?? 0) >= MIN_OWNER_TEXTS);
    if (!dealsInOthers || speaksOf(routed)) return undefined;
    // Only between the two desks the classifier names first: a close call it made on the wrong words.
    const owner = ranking.find((r) => r.target !== undefined && r.target !== routed);
    const owns =
      owner?.target !== undefined &&
      owner.p >= MIN_OWNER_SHARE &&
      owner.target !== this.graph.entry &&
      this.graph.byName.get(owner.target)?.human !== true &&
      speaksOf(owner.target, MIN_OWNER_TEXTS);
    if (!owns) return undefined;
    return owner?.target;
  }

  private kindsAt(desk: string): { owned: Map<string, number>; other: Map<string, number> } {
    let kinds = this.counted.get(desk);
    if (!kinds) {
      kinds = { owned: new Map(), other: new Map() };
      const count = (into: Map<string, number>, words: string[]) => {
        for (const kind of new Set(words.flatMap(kindsOf))) into.set(kind, (into.get(kind) ?? 0) + 1);
      };
      for (const text of this.reachedFrom(desk).flatMap((d) => deskTexts(this.graph, d))) {
        const owned = possessedWords(text);
        count(kinds.owned, owned);
        count(
          kinds.other,
          tokenize(text).filter((w) => !owned.includes(w) && lookupWord(w, 1)?.dominant.pos === 'n'),
        );
      }
      this.counted.set(desk, kinds);
    }
    return kinds;
  }

  /**
   * A desk and those it passes work down to: an after-hours line's clinical lead deals in what its nurse
   * line does ("my son's fever"), though its own texts say how it triages.
   */
  private reachedFrom(desk: string): string[] {
    const seen = [desk];
    for (let i = 0; i < seen.length; i++)
      for (const edge of this.graph.byName.get(seen[i])?.handoffs ?? []) {
        const to = this.graph.byName.get(edge.to);
        if (to && !to.human && to.name !== this.graph.entry && !seen.includes(to.name)) seen.push(to.name);
      }
    return seen;
  }
}
