import { createRequire } from 'node:module';
import { commonlyA, phraseAt } from './requestPhrases.ts';
import { isStopword } from './textFeatures.ts';
import { lookupWord } from './wordNet.ts';

/**
 * Brands named by one word that WordNet does not know: "spotify", "netflix", "paypal", "gmail",
 * "instagram". To WordNet they are no words at all, so "my spotify premium got cancelled" reached a
 * software desk's billing on "premium" and "cancelled", and "my instagram acct got locked" its tech
 * support (issue #16: off-topic rows of every support dev set). A brand the graph's own texts never
 * name is another business's: ThingDomain judges it as a foreign owner or thing (foreignThings.ts),
 * while a brand the graph names as its own integration ("HubSpot") stays the graph's word.
 *
 * The names are Simple Icons' (`simple-icons`, CC0): about 3,400 brands with their aliases, kept by
 * the project that draws their logos. A brand WordNet knows ("apple", "visa", "zoom", "chase") is left
 * to WordNet, and a stopword or a word of fewer than four letters ("hey" is a mail app's name) is no brand.
 */

const MIN_LENGTH = 4;

type IconData = { title: string; aliases?: { aka?: string[] } };

let brands: ReadonlySet<string> | undefined;

function brandNames(): ReadonlySet<string> {
  if (brands) return brands;
  const names = new Set<string>();
  try {
    const icons = createRequire(import.meta.url)('simple-icons/icons.json') as IconData[];
    for (const icon of icons) {
      for (const name of [icon.title, ...(icon.aliases?.aka ?? [])]) {
        // One word only ("Uber Eats" is said with "uber", which is a brand on its own too).
        if (/\s/u.test(name.trim())) continue;
        const word = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
        if (word.length >= MIN_LENGTH && /^\p{L}+$/u.test(word)) names.add(word);
      }
    }
  } catch {
    // The package missing: routing goes on without brands, as it did before them.
  }
  brands = names;
  return names;
}

/** Whether a (lower-case) word is a brand's name and no English word WordNet knows. */
export function namesABrand(word: string): boolean {
  return brandNames().has(word) && !isStopword(word) && lookupWord(word, 1) === null;
}

/** "Netflix charged me twice": a brand opening a clause before a verb is who did what it is about. */
export function brandThatDidIt(
  tokens: readonly string[],
  isBrand: (w: string) => boolean,
): string | undefined {
  const [first, next] = tokens;
  return first !== undefined && next !== undefined && isBrand(first) && commonlyA(next, 'v')
    ? first
    : undefined;
}

/** "our okta single sign-on", "our shopify store": a business names its own systems by brand. */
export function brandsSaidAsOurs(clauses: string[][], isBrand: (w: string) => boolean): Set<string> {
  return new Set(
    clauses.flatMap((tokens) =>
      tokens.flatMap((w, i) => (w === 'our' ? phraseAt(tokens, i + 1).filter(isBrand) : [])),
    ),
  );
}
