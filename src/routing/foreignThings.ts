import { isDeskForeignThing } from './deskForeignThing.ts';
import { lightStem } from './lightStem.ts';
import { conceptKey, conceptsOf, depthOf, namesAGroup, namesAPerson, nounSense } from './nounConcepts.ts';
import { brandsSaidAsOurs, brandThatDidIt, namesABrand } from './otherBrands.ts';
import {
  actedOn,
  clauses,
  commonlyA,
  isAuxiliary,
  isPair,
  isWord,
  neededThing,
  OWNER_DETERMINERS,
  POSSESSIVES,
  phraseAt,
  requestObject,
  troubledThing,
} from './requestPhrases.ts';
import { isStopword, tokenize } from './textFeatures.ts';
import { isTradesperson } from './tradespeople.ts';
import {
  baseFormsOf,
  isKindOf,
  lookupWord,
  nounSenseKeys,
  type Synset,
  stemIsAnotherWord,
  supersenseOf,
} from './wordNet.ts';

/**
 * The things a business deals in, learnt from its graph's own texts through WordNet's noun hierarchy,
 * and the things a request is about that are foreign to them: "gym" in "cancel my gym membership" sent
 * to a software desk, "table" in "book a table for two" sent to a hair salon. Those are other
 * businesses' requests in a desk's own verbs, which a word classifier routes confidently (issue #16).
 *
 * Two things are kin when they meet in a specific concept a few steps up WordNet's hierarchy ("hotel"
 * and "house" are both buildings, "dentist" and "doctor" medical practitioners), never in a broad one
 * ("artifact", "person"); a concept the graph names itself may be broader ("tylenol" is a medicine, and
 * a clinic's texts say "medication").
 *
 * Only what a request is *about* counts, not every word in it: an in-scope message mentions foreign
 * things as often as an off-topic one ("stung by a bee", "since dinner", "my husband"). What it is
 * about: the noun phrase after "my"/"our" ("my train ticket"), the object of its leading verb
 * ("book a table", "order me a pizza"), and the owner named before one of the graph's own words ("my
 * electricity bill", "my dentist appointment"); and only things a business sells or keeps (artifacts,
 * animals, food, objects, organisations, possessions) or another trade's people ("I need a plumber"),
 * not the customer's people, times or feelings. Where those phrases are: requestPhrases.ts.
 *
 * No word list names a foreign thing: the hierarchy is WordNet's, the domain the graph's. Measured on
 * the templates' dev sets (docs/routing.md, fifth round).
 */

/** A word may name something the graph's things are kinds of, however far up ("my computer" to a desk that says "laptop"). */
const BROADER_HOPS = 12;
/** Concepts closer than this to WordNet's root are too broad to make two things kin. */
const MIN_DEPTH = 6;
/**
 * The narrower kinship an owner after "my"/"our" must miss: "my glasses prescription" to a clinic, "my
 * hotel reservation" to a night line ("glasses" and "hotel" meet the graph's things only in concepts as
 * broad as a container or a building). Measured on the dev and blind sets (docs/routing.md, 2026-11-28).
 */
const OWNER_MIN_DEPTH = 7;
/** A concept the graph's own words name counts from this depth ("medicine", 5). */
const MIN_OWN_DEPTH = 5;
/** What businesses sell or keep; people, times, acts and feelings are a message's context, not its thing. */
const THING_CLASSES = new Set([
  'noun.artifact',
  'noun.animal',
  'noun.food',
  'noun.object',
  'noun.group',
  'noun.possession',
]);
/**
 * What may own a bill, a card or an account: a utility, a device, a service. Not a group or a place:
 * "my company card", "our office line", "my home number" are the customer's own.
 */
const OWNER_CLASSES = new Set([
  'noun.artifact',
  'noun.animal',
  'noun.food',
  'noun.object',
  'noun.possession',
  'noun.phenomenon',
]);
/** What a utility or a shop supplies, when a word's commonest sense is something else ("gas"). */
const SUPPLY_CLASSES = new Set([...OWNER_CLASSES, 'noun.substance']);
const PHYSICAL_CLASSES = new Set(['noun.artifact', 'noun.animal', 'noun.food', 'noun.object']);

/**
 * "she'd like to book", "we'll be late": normalisation drops the apostrophe, and "shed", "well" and
 * "hell" are things WordNet knows. The pronoun alone says who; the rest is an auxiliary.
 */
const PRONOUN_CONTRACTION = /\b(i|you|he|she|it|we|they)['’](d|ll|re|ve|s|m)\b/giu;

function withoutPronounContractions(text: string): string {
  return text.replace(PRONOUN_CONTRACTION, '$1');
}

/** Heads of a phrase that says how to ring the caller ("cell number", "mobile phone"). */
const CONTACT_HEADS = new Set(['number', 'phone']);
let phoneKinds: Set<string> | undefined;
/** A word WordNet knows as a kind of telephone in any sense ("cell": a cellular telephone). */
function namesAPhone(word: string): boolean {
  phoneKinds ??= nounSenseKeys(['telephone']);
  const kinds = phoneKinds;
  return lookupWord(word, 50)?.synsets.some((s) => s.pos === 'n' && isKindOf(s, kinds, 4)) === true;
}

export class ThingDomain {
  private readonly words = new Set<string>();
  /** Stems of the graph's words that are other words ("care" → "car"): matched by base form only. */
  private readonly otherWordStems = new Set<string>();
  /** Adjacent word pairs of the graph's texts: a collocation it says is its own ("credit card"). */
  private readonly pairs = new Set<string>();
  private readonly concepts = new Set<string>();
  /** The graph's concepts from OWNER_MIN_DEPTH: what a customer's own owner of its things must meet. */
  private readonly ownerConcepts = new Set<string>();
  /** Every specific concept above the graph's things: "computer" when the graph says "laptop". */
  private readonly broader = new Set<string>();
  private readonly verdicts = new Map<string, boolean>();
  private readonly kinVerdicts = new Map<string, boolean>();
  private readonly ownerVerdicts = new Map<string, boolean>();

  /** @param texts the graph's own texts: its agents' descriptions, examples and tool descriptions */
  constructor(texts: Iterable<string>) {
    for (const text of texts) {
      const tokens = tokenize(text);
      for (const [i, word] of tokens.entries()) {
        if (i > 0) this.pairs.add(`${tokens[i - 1]} ${word}`);
        if (!isWord(word) || isStopword(word)) continue;
        this.words.add(word);
        // "care" is no "car": a stem that is another word is not added.
        const stem = lightStem(word);
        if (stemIsAnotherWord(word, stem)) this.otherWordStems.add(stem);
        else this.words.add(stem);
      }
    }
    for (const word of this.words) {
      if (!commonlyA(word, 'n')) continue;
      const sense = nounSense(word);
      if (!sense) continue;
      for (const c of conceptsOf(sense, MIN_DEPTH)) this.concepts.add(c);
      for (const c of conceptsOf(sense, OWNER_MIN_DEPTH)) this.ownerConcepts.add(c);
      for (const c of conceptsOf(sense, MIN_DEPTH, BROADER_HOPS)) this.broader.add(c);
      if (depthOf(sense) >= MIN_OWN_DEPTH) {
        this.concepts.add(conceptKey(sense));
        this.ownerConcepts.add(conceptKey(sense));
      }
    }
  }

  /**
   * The foreign things a request is about: what the customer says is theirs, or what its verb acts on.
   * `desk`: this domain is one desk's, asked after the graph's found nothing foreign. Only the things
   * themselves count there, and only those a desk could mistake (isDeskForeignThing); an owner ("my
   * insurer", "the knee MRI claim") is another desk's word as often as another business's.
   */
  foreignThingsOf(message: string, options: { desk?: boolean } = {}): string[] {
    const text = withoutPronounContractions(message);
    const about = new Set<string>();
    /** What the request's verb acts on: only there may the thing be a tradesperson ("need a plumber"). */
    const objects = new Set<string>();
    const owners = new Set<string>();
    const ownersPhrases = new Set<string>();
    /** The request acts on a thing of the graph's own ("…so I need to close my relay account"). */
    let actsOnOwn = false;
    /** Owners of an enterprise ("the plumbing business"), which may be the customer's own. */
    const enterprises = new Set<string>();
    const parts = clauses(text);
    for (const [n, tokens] of parts.entries()) {
      for (let i = 0; i < tokens.length; i++) {
        if (!POSSESSIVES.has(tokens[i])) continue;
        const phrase = phraseAt(tokens, i + 1);
        const acted = actedOn(tokens, i, phrase);
        if ((acted || troubledThing(text, tokens, i, phrase)) && !namesAGroup(phrase))
          this.addThingsOf(phrase, about);
        if (acted && phrase.length > 0 && this.isGraphWord(phrase[phrase.length - 1]))
          actsOnOwn ||= this.foreignOwners(['my', ...phrase]).length === 0;
      }
      if (n === 0) {
        const object = requestObject(tokens);
        this.addThingsOf(object.phrase, object.theirs ? about : objects);
      }
      this.addThingsOf(neededThing(tokens), objects);
      const doer = brandThatDidIt(tokens, (w) => this.isOtherBrand(w));
      if (doer) owners.add(doer);
      for (const { owner, phrase } of this.foreignOwners(tokens)) {
        owners.add(owner);
        if (namesAGroup(phrase)) enterprises.add(owner);
        for (const w of phrase) ownersPhrases.add(w);
      }
    }
    const ourBrands = brandsSaidAsOurs(parts, (w) => this.isOtherBrand(w));
    const judged = (w: string) => (isWord(w) || isPair(w)) && !ourBrands.has(w) && this.isForeignThing(w);
    // "for my receptionist": the customer's own staff, whatever their trade.
    const things = [
      ...new Set([
        ...[...about].filter((w) => judged(w) && !namesAPerson(w)),
        ...[...objects].filter(judged),
      ]),
    ].filter((w) => !options.desk || isDeskForeignThing(w));
    const named = new Set(things.flatMap((t) => t.split(' ')));
    // "I'm retiring and shutting down the plumbing business so I need to close my relay account": what
    // is asked is done to a thing of ours, and the owner of an enterprise ("plumbing business") is the
    // customer's own trade, said as why. Not when that thing has a foreign owner itself ("cancel my
    // dentist appointment"), nor an owner of anything else ("the dentist office called, move my
    // appointment"); a foreign thing acted on or troubled ("my bank card got declined") stays.
    const foreign = [
      ...things,
      ...[...owners].filter(
        (w) => !options.desk && !named.has(w) && !ourBrands.has(w) && !(actsOnOwn && enterprises.has(w)),
      ),
    ];
    if (foreign.length === 0) return foreign;
    // "I left my glasses in the waiting room": a thing of the business's own is named too, so the
    // request may well be the business's (lost property); the router decides as usual.
    const aboutWords = new Set([...about, ...objects].flatMap((t) => t.split(' ')));
    for (const w of ownersPhrases) aboutWords.add(w);
    const ownToo = tokenize(text).some(
      (w) => !aboutWords.has(w) && isWord(w) && !isStopword(w) && this.isOwnThing(w),
    );
    return ownToo ? [] : foreign;
  }

  /** Whether this domain deals in a thing (a word or a WordNet pair): its own word or kin to its things. */
  dealsIn(thing: string): boolean {
    return !this.isForeignThing(thing);
  }

  /**
   * A message's content words sorted by this business: `own`, how many are the graph's words or kin to
   * its concepts; `unfamiliar`, the nouns WordNet knows that are neither (a topic is named by nouns:
   * "flaring", "again" are no topic). Words WordNet does not know (names, brands, drug names) count for
   * neither side: not knowing a word is no sign that it is another business's. `words`: every content
   * word.
   */
  domainProfile(text: string): { own: number; unfamiliar: string[]; words: string[] } {
    let own = 0;
    const unfamiliar: string[] = [];
    const words: string[] = [];
    for (const w of tokenize(withoutPronounContractions(text))) {
      if (!isWord(w) || isStopword(w)) continue;
      words.push(w);
      if (this.isGraphWord(w) || this.isKin(w)) own++;
      else if (commonlyA(w, 'n')) unfamiliar.push(w);
    }
    return { own, unfamiliar, words };
  }

  /**
   * Another business named as the owner of one of the graph's own things: "my electricity bill", "the
   * gas company", "my bank card", "his school portal". The head is the graph's word (a bill, a card, a
   * company, a password), so the classifier routes on it; the word before it says whose it is. Said of
   * the subject too ("my internet provider keeps dropping"): the owner decides, not what happened.
   */
  private foreignOwners(tokens: string[]): { owner: string; phrase: string[] }[] {
    const out: { owner: string; phrase: string[] }[] = [];
    // From -1: a clause may start with its owner ("gas bill came in way too high", "water bill balance").
    for (let i = -1; i < tokens.length; i++) {
      if (i >= 0 && !OWNER_DETERMINERS.has(tokens[i])) continue;
      // The head is the phrase's last graph word: a phrase may run on into a verb that is also a noun
      // ("my dentist appointment needs moving").
      const phrase = phraseAt(tokens, i + 1);
      // At a clause's start only a word straight before the graph's own one owns it: "bee sting allergy"
      // is an allergy, not a bee's; "cant log in" has no owner.
      if (i < 0 && (phrase.length < 2 || !this.isGraphWord(phrase[1]) || isAuxiliary(phrase[0]))) continue;
      let head = phrase.length - 1;
      while (head > 0 && !this.isGraphWord(phrase[head])) head--;
      for (let m = 0; m < (i < 0 ? 1 : head); m++) {
        if (this.pairs.has(`${phrase[m]} ${phrase[m + 1]}`)) break;
        // "under my cell number": the caller's phone, whose number it is, not a foreign owner's (WordNet's
        // first "cell" is a biologist's, and a clinic kept a move of its own appointment).
        if (CONTACT_HEADS.has(phrase[head]) && namesAPhone(phrase[m])) break;
        if (this.isForeignOwner(phrase[m], i >= 0 && POSSESSIVES.has(tokens[i]))) {
          out.push({ owner: phrase[m], phrase: phrase.slice(0, head + 1) });
          break;
        }
      }
    }
    return out;
  }

  /**
   * Cached like the foreign verdicts: the entry's router asks on every message with a possessive. After
   * "my"/"our" the customer says the thing is theirs, and the narrower kinship decides; at a clause's
   * start or after "the" the word may be a name ("the orchard lane one" is a house on Orchard Lane).
   */
  private isForeignOwner(word: string, afterPossessive: boolean): boolean {
    const k = `${afterPossessive ? 'p' : '-'}${word}`;
    let foreign = this.ownerVerdicts.get(k);
    if (foreign === undefined) {
      foreign = this.judgeOwner(word, afterPossessive ? this.ownerConcepts : this.concepts);
      if (this.ownerVerdicts.size >= 20_000) this.ownerVerdicts.clear();
      this.ownerVerdicts.set(k, foreign);
    }
    return foreign;
  }

  private judgeOwner(word: string, concepts: ReadonlySet<string>): boolean {
    // "my spotify premium", "netflix subscription": another business by its brand (otherBrands.ts).
    if (this.isOtherBrand(word)) return true;
    if (!isWord(word) || this.isGraphWord(word) || !commonlyA(word, 'n') || commonlyA(word, 'a'))
      return false;
    const sense = nounSense(word);
    if (!sense || this.senseIsKin(sense, concepts)) return false;
    if (OWNER_CLASSES.has(supersenseOf(sense)) || isTradesperson(word, sense)) return true;
    // "the gas company": gas is first a state of matter, then the fuel a utility sells. Not a person
    // ("my neighbor sold for 610": a neighbour is secondly a thing near another).
    if (supersenseOf(sense) === 'noun.person') return false;
    const second = lookupWord(word, 2)?.synsets.filter((s) => s.pos === 'n')[1];
    return (
      second !== undefined && SUPPLY_CLASSES.has(supersenseOf(second)) && !this.senseIsKin(second, concepts)
    );
  }

  /** A word of the graph's own that names one of its physical things ("room"; not "refund", not "book"). */
  private isOwnThing(word: string): boolean {
    if (!this.isGraphWord(word)) return false;
    const senses = lookupWord(word, 1);
    if (senses?.dominant.pos !== 'n') return false;
    return PHYSICAL_CLASSES.has(supersenseOf(senses.dominant));
  }

  /**
   * A phrase's words, unless it names a kind of the business's own thing ("port my landline number").
   * A kind WordNet names as one thing is judged as that thing, not by its head: a "checking account" or
   * a "debit card" is a bank's, whatever "account" and "card" are to the graph, unless the graph's own
   * texts say the pair ("credit card" at a desk that takes card payments).
   */
  private addThingsOf(phrase: string[], about: Set<string>): void {
    for (let i = 0; i + 1 < phrase.length; i++) {
      const pair = `${phrase[i]} ${phrase[i + 1]}`;
      // An adjective before the graph's own word names a kind of it ("our main line" to a phone desk),
      // whatever else WordNet files the pair under (a railway's main line).
      if (this.pairs.has(pair) || commonlyA(phrase[i], 'a')) continue;
      if (!lookupWord(`${phrase[i]}_${phrase[i + 1]}`, 1)) continue;
      // A pair that is no foreign thing ("train ticket" is a document) leaves its words to be judged.
      if (!this.isForeignThing(pair)) break;
      about.add(pair);
      return;
    }
    if (phrase.length > 0 && this.isGraphWord(phrase[phrase.length - 1])) return;
    for (const w of phrase) about.add(w);
  }

  /** A brand the graph's own texts never name ("HubSpot" is the support desk's own integration). */
  private isOtherBrand(word: string): boolean {
    return isWord(word) && !this.isGraphWord(word) && namesABrand(word);
  }

  private isGraphWord(word: string): boolean {
    if (this.words.has(word)) return true;
    const stem = lightStem(word);
    if (this.words.has(stem)) return true;
    // "rates" when the graph says "rate", whose stem "rat" is another word: WordNet's base form decides
    // ("car" is no form of "care").
    return this.otherWordStems.has(stem) && baseFormsOf(word).some((b) => this.words.has(b));
  }

  private isForeignThing(word: string): boolean {
    let foreign = this.verdicts.get(word);
    if (foreign === undefined) {
      foreign = this.judge(word);
      if (this.verdicts.size >= 20_000) this.verdicts.clear();
      this.verdicts.set(word, foreign);
    }
    return foreign;
  }

  private judge(word: string): boolean {
    if (this.isGraphWord(word)) return false;
    if (this.isOtherBrand(word)) return true;
    const sense = nounSense(word);
    if (!sense || !(THING_CLASSES.has(supersenseOf(sense)) || isTradesperson(word, sense))) return false;
    return !this.senseIsKin(sense);
  }

  /**
   * Whether a word the graph never uses still names something of its kind, whatever its class: "eczema"
   * (a skin disease) to a clinic whose texts name skin diseases. Cached like the foreign verdicts: the
   * router asks on every model call of a turn.
   */
  private isKin(word: string): boolean {
    if (!isWord(word) || isStopword(word) || this.isGraphWord(word)) return false;
    let kin = this.kinVerdicts.get(word);
    if (kin === undefined) {
      const sense = nounSense(word);
      kin = sense !== undefined && this.senseIsKin(sense);
      if (this.kinVerdicts.size >= 20_000) this.kinVerdicts.clear();
      this.kinVerdicts.set(word, kin);
    }
    return kin;
  }

  private senseIsKin(sense: Synset, concepts: ReadonlySet<string> = this.concepts): boolean {
    return (
      this.broader.has(conceptKey(sense)) || conceptsOf(sense, MIN_OWN_DEPTH).some((c) => concepts.has(c))
    );
  }
}
