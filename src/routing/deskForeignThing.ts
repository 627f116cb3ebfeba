import { depthOf, nounSense } from './nounConcepts.ts';
import { commonlyA } from './requestPhrases.ts';
import { isKindOf, nounSenseKeys, supersenseOf } from './wordNet.ts';

let premisesKinds: Set<string> | undefined;
/** How specific a thing one desk calls another's must be: "car" (10), "hotel" (7); not "system" (6). */
const DESK_MIN_DEPTH = 7;
/**
 * What one desk may call another's thing: a specific one, not an organisation ("my insurer"), not a
 * word commonly an adjective ("cut my hair short"), not premises ("our new office", "our little
 * bookshop": the customer's own place of business, said as context).
 */
export function isDeskForeignThing(word: string): boolean {
  const sense = nounSense(word);
  if (!sense || depthOf(sense) < DESK_MIN_DEPTH || supersenseOf(sense) === 'noun.group') return false;
  if (word.split(' ').some((w) => commonlyA(w, 'a'))) return false;
  premisesKinds ??= nounSenseKeys(['place_of_business']);
  return !isKindOf(sense, premisesKinds, 6);
}
