/**
 * "I have my blood pressure follow-up with Dr. Okafor coming up, and that's staying as is. Separate
 * question: what's my copay if I see a specialist?": the caller marks what they ask as apart from what
 * they said before it. Read whole, the visit and "see a specialist" listed openings with Dr. Okafor; the
 * question alone is the coverage look-up. Only when the marker says so ("separate", "unrelated",
 * "different", "another", "other" question, "separately") and something is asked after it.
 */
const APART =
  /(?:^|[.!?;]\s+|,\s*)(?:(?:a|one|my|the|just\s+a|quick)\s+)?(?:separate|unrelated|different|another|other|second)\s+(?:question|thing|query)\s*(?::|,|-|–|—|\.)\s*|(?:^|[.!?;]\s+)separately\s*(?:,|:)\s*/i;

/** The question said apart from what came before it, or undefined. */
export function questionSaidApart(text: string): string | undefined {
  const match = APART.exec(text);
  if (!match || match.index === 0) return undefined;
  const rest = text.slice(match.index + match[0].length).trim();
  return /\p{L}/u.test(rest) && rest.length >= 8 ? rest : undefined;
}
