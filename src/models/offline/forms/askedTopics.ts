/**
 * Which of an agent's fixed-fact topics a message asks about. Customers put two questions in one
 * message ("what time are you open till on thursdays? and is there anywhere to park"): each topic asked
 * gets its answer, in the order the agent lists them. A topic's phrase matches at the start of a word
 * (so "park" covers "parking", and stems like "apprais" cover "appraisal"); a match that lies inside a
 * longer phrase another topic names belongs to that topic only ("car" inside "gift cards" is the
 * voucher question, not parking).
 */

export interface FixedTopic {
  about: string[];
  say: string;
}

interface Match {
  topic: number;
  start: number;
  end: number;
}

/** Every place a topic's phrase starts a word of `lower` (padded with spaces, punctuation as spaces). */
function matchesOf(topics: readonly FixedTopic[], lower: string): Match[] {
  const found: Match[] = [];
  topics.forEach((topic, index) => {
    for (const phrase of topic.about) {
      const needle = ` ${phrase.toLowerCase()}`;
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        found.push({ topic: index, start: at, end: at + needle.length });
      }
    }
  });
  return found;
}

/**
 * "does Dr. Okafor have anything open tomorrow afternoon?", "any slots open on friday": "open" said of a
 * time to book, not of the business (the clinic's hours were the answer, and no opening was looked for).
 */
const OPEN_OF_A_TIME =
  / (?:anything|something|nothing|any|slots?|spots?|appointments?|times?|places?|spaces?)$/;

/** The topics asked, each once, in the agent's order. */
export function askedTopics<T extends FixedTopic>(topics: readonly T[], text: string): T[] {
  const lower = ` ${text.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ')} `;
  const found = matchesOf(topics, lower).filter(
    (m) => !(lower.startsWith(' open', m.start) && OPEN_OF_A_TIME.test(lower.slice(0, m.start))),
  );
  const inLonger = (m: Match) =>
    found.some(
      (o) => o.topic !== m.topic && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
    );
  const asked = new Set(found.filter((m) => !inLonger(m)).map((m) => m.topic));
  return topics.filter((_, index) => asked.has(index));
}
