/**
 * Words of five letters or more that are not everyday words: what a message is about ("balayage",
 * "keratin treatments"), as opposed to "how much is it?" or a bare value ("long").
 */
export function distinctWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{5,}/g) ?? []).filter((w) => !EVERYDAY.has(w));
}

const EVERYDAY = new Set(
  (
    'about after again could would should there their these those which where while thing think ' +
    'thanks please price prices money much great lovely perfect sounds actually whats really sorry ' +
    'wondering quick question total'
  ).split(' '),
);

/**
 * The things a tool's description lists in brackets: the colour quote covers "(balayage, highlights, full
 * colour, roots, toner, grey blending, colour correction)". Its other words ("offer", "costs", "question")
 * are what any request may say.
 */
export function listedThings(description: string): string[] {
  return [...description.matchAll(/\(([^()]*,[^()]*)\)/g)].flatMap((m) => distinctWords(m[1]));
}
