import { isKindOf, lookupWord, nounSenseKeys } from '../../routing/wordNet.ts';

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

function isIllHealth(word: string): boolean {
  illHealth ??= nounSenseKeys(['symptom', 'ill_health', 'illness', 'pain', 'injury', 'disorder']);
  const senses = lookupWord(word, 3)?.synsets.filter((s) => s.pos === 'n') ?? [];
  return senses.some((sense) => isKindOf(sense, illHealth!, HOPS));
}

/** The message names a state of ill health ("fever", "rash", "cough"), in its own words. */
export function namesIllHealth(text: string): boolean {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).some(isIllHealth);
}
