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

function isIllHealth(word: string): boolean {
  const senses = lookupWord(word, 3)?.synsets.filter((s) => s.pos === 'n') ?? [];
  return senses.some((sense) => isKindOf(sense, illHealthKinds(), HOPS));
}

/** The message names a state of ill health ("fever", "rash", "cough"), in its own words. */
export function namesIllHealth(text: string): boolean {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).some(isIllHealth) || hurtSaidOfBody(text);
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
