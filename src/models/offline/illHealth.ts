import { isKindOf, lookupWord, nounSenseKeys, supersenseOf } from '../../routing/wordNet.ts';
import { nounsOfVerb } from '../../routing/wordNetRelations.ts';

/**
 * "fever and chills since yesterday", "I have a rash", "my 2 month old has a fever of 100.6" said to
 * the clinical line ("… symptom triage for anything the caller feels"): the triage tool's description
 * lists many symptoms, so a short message scored under the bar (0.17) and the desk asked "Tell me what
 * you're feeling and since when" of a caller who had just said. A statement naming a state of ill
 * health (WordNet: a noun whose hypernyms reach symptom, ill health, pain, injury or disorder — not a
 * body part: "my ankle is bothering me" still gets the desk's question) goes to the look-up the desk's
 * purpose names that takes only the caller's words (deskPurposeTool.ts). Never a question, never a
 * change.
 */

const HOPS = 6;
let illHealth: Set<string> | undefined;

/** WordNet's concepts of ill health, read once. */
function illHealthKinds(): Set<string> {
  illHealth ??= nounSenseKeys(['symptom', 'ill_health', 'illness', 'pain', 'injury', 'disorder']);
  return illHealth;
}

function isIllHealth(word: string, senses = 3): boolean {
  const nouns = lookupWord(word, senses)?.synsets.filter((s) => s.pos === 'n') ?? [];
  return nouns.some((sense) => isKindOf(sense, illHealthKinds(), HOPS));
}

/** The message names a state of ill health ("fever", "rash", "cough"), in its own words. */
export function namesIllHealth(text: string): boolean {
  return (
    (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).some((word) => isIllHealth(word)) ||
    hurtSaidOfBody(text) ||
    reactionGoingOn(text)
  );
}

/**
 * `namesIllHealth` by each word's first sense as a noun only: what a routing decision may rest on. "need to
 * clarify the dose" (a pharmacist) names ill health only by a rare sense of "dose".
 */
export function statesIllHealth(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z]{3,}/g) ?? [];
  return words.some((word) => isIllHealth(word, 1)) || hurtSaidOfBody(text) || reactionGoingOn(text);
}

let reflexes: Set<string> | undefined;

// Going on: "has been vomiting", "keeps throwing up", "is still coughing" — not "thinking about starting".
const GOING_ON =
  /\b(?:been|keeps?|kept|is|are|was|were|'s|still|started|starts)\s+(?:[a-z]+ly\s+)?([a-z]{3,})ing(?:\s+(up|out))?\b/g;

/**
 * "my son has been throwing up since dinner", "she keeps vomiting": what the body is doing, said as a
 * verb going on. No noun names it, and WordNet files vomiting as a reflex, not a symptom: the caller's
 * sick child reached the complaints desk over the day line that never rang back. A verb going on, in
 * its -ing form (with its particle: "throwing up" is WordNet's `throw_up`), whose nouns are ill health or
 * a reflex (vomiting, coughing, bleeding) names it.
 */
function reactionGoingOn(text: string): boolean {
  reflexes ??= new Set([...illHealthKinds(), ...nounSenseKeys(['reflex'])]);
  const kinds = reflexes;
  return [...text.toLowerCase().matchAll(GOING_ON)].some(([, stem, particle]) =>
    // WordNet's morphy reduces "vomiting" to "vomit", but not a collocation: "throwing_up" finds nothing.
    (particle
      ? verbBases(stem).flatMap((base) => nounsOfVerb(`${base}_${particle}`))
      : nounsOfVerb(`${stem}ing`)
    ).some((noun) => isKindOf(noun, kinds, HOPS)),
  );
}

/** "throw" from "throw(ing)", "sneez(e)", "run" from "runn(ing)": the base a collocation is filed under. */
function verbBases(stem: string): string[] {
  const doubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? [stem.slice(0, -1)] : [];
  return [stem, `${stem}e`, ...doubled];
}

/** A verb done to someone's body part: "I twisted my ankle", "she burned her hand". */
const DONE_TO_BODY =
  /\b([a-z]{3,})\s+(?:my|his|her|their|your|our)\s+(?:(?:left|right|little|big)\s+)?([a-z]{3,})\b/g;

/**
 * "I twisted my ankle … it's pretty swollen": no noun names the injury, and the desk asked what the
 * caller was feeling. A verb one of whose senses makes an injury (WordNet's nouns derived from it: to
 * twist is to sprain), done to a part of the body, names it. Only with the body part: "can I turn up
 * late" is no sprain, though to turn an ankle is.
 */
function hurtSaidOfBody(text: string): boolean {
  return [...text.toLowerCase().matchAll(DONE_TO_BODY)].some(([, verb, part]) => {
    const body = lookupWord(part, 1)?.synsets.find((s) => s.pos === 'n');
    if (!body || supersenseOf(body) !== 'noun.body') return false;
    return nounsOfVerb(verb).some((noun) => isKindOf(noun, illHealthKinds(), HOPS));
  });
}

let symptoms: Set<string> | undefined;

/**
 * A desk's purpose names symptoms ("nurse advice for symptoms", "symptom triage"): a word whose noun is
 * WordNet's symptom or a kind of it. Not "complaints", which WordNet also files as ill health.
 */
export function namesSymptoms(text: string): boolean {
  symptoms ??= nounSenseKeys(['symptom']);
  const kinds = symptoms;
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).some((word) =>
    (lookupWord(word, 1)?.synsets.filter((s) => s.pos === 'n') ?? []).some((s) => isKindOf(s, kinds, HOPS)),
  );
}
