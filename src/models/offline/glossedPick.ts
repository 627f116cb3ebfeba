import { nounGlosses } from '../../routing/wordNetRelations.ts';

/** Words that say a place in a list or a count, never what a thing is about. */
const PLACE_WORDS =
  /^(?:first|second|third|fourth|fifth|last|next|previous|earlier|later|other|another|same|one|two|three)$/;

/**
 * "the heart one" for the cardiology visit, "the skin one" for dermatology: the customer names what a
 * listed thing is about, and WordNet's definition of one of its words says so ("cardiology: the branch
 * of medicine dealing with the heart and its diseases"). "the heart one" had started a new booking
 * where the patient was picking which visit to cancel (a chat probe, 2026-11-27).
 */
export function definedBy(saidWord: string, itemWords: Iterable<string>): boolean {
  // A place or a count is no subject: "second" is in the definition of a minute.
  if (PLACE_WORDS.test(saidWord)) return false;
  const said = new RegExp(`\\b${saidWord.replace(/[^a-z]/g, '')}s?\\b`);
  for (const word of itemWords) {
    if (word.length < 5 || !/^[a-z]+$/.test(word)) continue;
    if (nounGlosses(word).some((gloss) => said.test(definitionOf(gloss)))) return true;
  }
  return false;
}

/**
 * A WordNet gloss without its quoted examples: "an open or empty space in or between things; \"there was
 * a small opening between the trees\"" defines "opening" by space, not by "there" ("is there anything on
 * Thursday?" picked the first of the openings offered, by that example).
 */
function definitionOf(gloss: string): string {
  return gloss.replace(/"[^"]*"/g, ' ');
}
