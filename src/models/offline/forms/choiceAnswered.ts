import type { AskedQuestion } from '../askedQuestions.ts';
import { pickedIndex } from './picks.ts';

/**
 * The choice a reply takes, when a tool of ours asked with its choices listed ("Is that a children's
 * cut, men's cut or women's cut and blow-dry?"): named by its own words ("womens please") or by its place
 * ("the first one"). "womens please" fitted no tool's words and was heard as nothing ("Sorry, I didn't
 * catch that"); the choice itself is the value, not the words around it.
 */
export function choiceAnswered(asked: AskedQuestion | undefined, text: string): string | undefined {
  const choices = asked?.kind === 'argument' ? (asked.choices ?? []) : [];
  if (choices.length === 0) return undefined;
  const said = new Set(wordsOf(text));
  const hits = choices.map((choice) => wordsOf(choice).filter((w) => said.has(w)).length);
  const most = Math.max(...hits);
  if (most > 0) return hits.filter((h) => h === most).length === 1 ? choices[hits.indexOf(most)] : undefined;
  // By its place only: "the earliest one is fine" picks a time, not the first service listed.
  const index = PLACE.test(text) ? pickedIndex(text, choices.length, false) : undefined;
  return index === undefined ? undefined : choices[index];
}

/** A choice's own words: "women's cut and blow-dry" → womens, blow, dry ("cut" is every cut's). */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !SHARED.has(w));
}

const PLACE = /\b(?:first|second|third|fourth|1st|2nd|3rd|4th|last)\b/i;

const SHARED = new Set(['and', 'the', 'with', 'cut', 'one', 'please', 'that', 'for']);
