import { ORDINALS, referencesIn, withoutKept } from './forms/picks.ts';

/**
 * "can i see the second one on saturday at 10", "tell me more about the last one", "the cheapest one
 * looks good, can I view it?": right after a reply that listed records by reference ("I found 4 homes
 * …: LST-1013, 61 Shore Drive …; LST-1015, …"), a place in that list said inside a sentence is the
 * record's reference. It is read as the reference before anything else reads the message, so every
 * agent the message reaches (the viewings desk after a handoff too) sees which home it is about: the
 * request was left unread ("Tell me your budget…"), or the viewing took the first home the search kept.
 *
 * A bare pick ("the second one", "I'll take the first one please") is left as said: it answers an offer,
 * and the offer readers (forms/pendingRequests.ts) know what it was offered for. So is a reply to a question
 * that asks which one ("…Which one would you like?"): those offers are a form's choices.
 */

/** What a listed thing is called in a pick: "the second one", "the last house", "the cheapest listing". */
const THING = '(?:one|listing|house|home|place|property|condo|apartment|flat)';
const PLACE = new RegExp(`\\bthe\\s+(first|1st|second|2nd|third|3rd|last)\\s+${THING}\\b`, 'i');
const PRICE_RANK = new RegExp(
  `\\bthe\\s+(cheapest|least expensive|lowest priced|most expensive|priciest|dearest)(?:\\s+${THING})?\\b`,
  'i',
);
/** Words a bare pick is said with ("I'll take the second one please"): nothing asked beside it. */
const PICK_FILLER =
  /^(i|i'll|i'd|ill|id|we|we'll|let's|lets|take|have|go|with|for|like|want|would|the|one|that|is|it's|its|fine|ok|okay|please|pls|yes|yeah|yep|sure|works|good|great|perfect|sounds|then|and|thanks|thank|you)$/;

/** Replies a list may have been shown in: the last one, or the one before a record's details. */
const REPLIES_BACK = 2;

/**
 * `said` with a place in the list shown in one of the last replies (`replies`, oldest first) replaced
 * by that record's reference. "the cheapest one" after the details of one of them still picks from the
 * list.
 */
export function withListedPickNamed(said: string, replies: readonly string[]): string {
  const last = replies.at(-1);
  if (last === undefined || /\bwhich one\b[^.?!]*\?\s*$/i.test(last)) return said;
  const before = replies.slice(-REPLIES_BACK).findLast((reply) => listed(reply).length >= 2);
  if (before === undefined) return said;
  const references = listed(before);
  // "the Elm Street one can stay": what is kept is no pick.
  const picking = withoutKept(said);
  const place = picking.match(PLACE);
  const rank = place ? null : picking.match(PRICE_RANK);
  const phrase = place?.[0] ?? rank?.[0];
  if (phrase === undefined) return withDescribedPick(said, picking, before, references);
  if (isBarePick(said, phrase)) return said;
  if (place) {
    const word = place[1].toLowerCase();
    const index = word === 'last' ? references.length - 1 : ORDINALS[word];
    return index < references.length ? said.replace(place[0], references[index]) : said;
  }
  const prices = rank ? pricesOf(before, references) : undefined;
  if (!rank || !prices) return said;
  const cheapest = /cheapest|least|lowest/i.test(rank[1]);
  const pick = prices.reduce(
    (best, p, i) => ((cheapest ? p < prices[best] : p > prices[best]) ? i : best),
    0,
  );
  return said.replace(rank[0], references[pick]);
}

/** "the Elm Street one": words the customer picks by, and the thing they call it. */
const DESCRIBED = new RegExp(
  `\\bthe\\s+((?:[\\p{L}\\d.'’-]+\\s+){0,2}[\\p{L}\\d.'’-]+)\\s+${THING}\\b`,
  'iu',
);

/**
 * "tell me more about the Elm Street one" after "LST-1003, 15 Birch Court …; LST-1001, 8 Elm Street …":
 * the one listed record whose entry says those words (it got the search's opening question,
 * dev15-real-estate-06). Words two entries share ("the Maplewood one") pick nothing.
 */
function withDescribedPick(
  said: string,
  picking: string,
  before: string,
  references: readonly string[],
): string {
  // Each entry is the clause holding one reference ("…; LST-1001, 8 Elm Street …", "… (SL-2054), …").
  const entries = before.split(/;|\),|\band\b/).filter((e) => referencesIn(e).length === 1);
  const onlyEntrySaying = (words: string) => {
    const saying = new RegExp(
      `(?:^|[^\\p{L}\\d])${words.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`,
      'iu',
    );
    const picked = entries.filter((e) => saying.test(e)).map((e) => referencesIn(e)[0]);
    return picked.length === 1 && references.includes(picked[0]) ? picked[0] : undefined;
  };
  const described = picking.match(DESCRIBED);
  if (described) {
    if (isBarePick(said, described[0])) return said;
    const picked = onlyEntrySaying(described[1]);
    return picked ? said.replace(described[0], picked) : said;
  }
  // "the one on elm street can you tell me more about that one": the place said after the thing, as
  // many of its first words as name one entry.
  const placed = picking.match(PLACED);
  if (!placed || isBarePick(said, placed[0])) return said;
  const lead = placed[0].slice(0, placed[0].length - placed[1].length);
  const parts = placed[1].split(/(\s+)/); // words and the spaces between them
  for (let n = Math.ceil(parts.length / 2); n > 0; n--) {
    const words = parts.slice(0, 2 * n - 1).join('');
    const picked = onlyEntrySaying(words);
    if (picked) return said.replace(lead + words, picked);
  }
  return said;
}

/** "the one on Elm Street", "the house at 61 Shore Drive": up to three words after the place's word. */
const PLACED = new RegExp(
  `\\bthe\\s+${THING}\\s+(?:on|at|in)\\s+((?:[\\p{L}\\d.'’-]+)(?:\\s+[\\p{L}\\d.'’-]+){0,2})`,
  'iu',
);

/** Nothing but the pick and the words it is said with ("the second one is fine"). */
function isBarePick(said: string, phrase: string): boolean {
  const rest =
    said
      .replace(phrase, ' ')
      .toLowerCase()
      .match(/[a-z0-9']+/g) ?? [];
  return rest.every((word) => PICK_FILLER.test(word));
}

/** The references a reply lists, if all of one kind (LST- numbers). */
function listed(reply: string): string[] {
  const references = referencesIn(reply);
  return new Set(references.map((r) => r.split('-')[0])).size === 1 ? references : [];
}

/** Each listed record's price (the first dollar amount after its reference), if every one shows one. */
function pricesOf(before: string, references: readonly string[]): number[] | undefined {
  const prices = references.map((reference, i) => {
    const from = before.indexOf(reference);
    const to = i + 1 < references.length ? before.indexOf(references[i + 1], from) : before.length;
    const amount = before.slice(from, to).match(/\$\s?(\d[\d,]*(?:\.\d+)?)/)?.[1];
    return amount === undefined ? Number.NaN : Number(amount.replace(/,/g, ''));
  });
  return prices.every((p) => Number.isFinite(p)) ? prices : undefined;
}
