import { withVisitsNamed } from '../customerWords.ts';
import { findDate } from '../entityExtractors.ts';

/**
 * What a customer says of a booking as it stands is not where they want it moved: "I've got an
 * appointment on the 14th of June at 1 and I'm running late, could you push it back to half one?"
 * moves it to 1:30 the same day, not to the 14th at 1; "can you make it 11 instead of 2?" is 11. A
 * change's new values (properties whose description begins "New …": a move's day and time) are read
 * from the message without the clauses that describe the record as it is.
 */

/** A property holding the value a change makes ("New day as YYYY-MM-DD…", "New start time…"). */
export function holdsNewValue(description: string): boolean {
  return /^new\b/i.test(description.trim());
}

/**
 * "I've got …", "I have …", "I booked …", "there's …", "my appointment is …": the record as it stands, said
 * ("I booked a blow-dry for Saturday but…" is no move to Saturday; "I also have my heart appointment with Dr.
 * Patel on Thursday" is no move to Dr. Patel).
 */
const HAS_ONE =
  /^(?:(?:hi|hello|hey|so|well|ok|okay|yes|yeah)\b[\s,!]*)*(?:i'?ve got|i have got|i have|(?:i|we)\s+(?:also|still|already)\s+(?:have|had|got)|i'?ve|i had|i got|(?:i|we)(?:'?ve| have)? booked|we'?ve got|we have|there'?s|there is|(?:my|our|the)\s+(?:appointment|appt|booking|visit|viewing|session)\s+(?:is|was|'s)|(?:my|our|his|her|their)\s+(?:[\w'-]+\s+){1,4}?(?:is|was|are|'s)\s+(?:booked|scheduled))\b/i;
/** What a record is called, or its being booked: the clause speaks of one that exists. */
const RECORD = /\b(?:appointment|appt|booking|booked|visit|viewing|session|slot)\b/i;
/** A change asked for in the same clause: "I have to move my appointment to Friday" is the new day. */
const CHANGE =
  /\b(?:move|moved|push|pushed|bring|change|changed|make|reschedule|rearrange|switch|shift|swap|instead|rather|to)\b/i;
/** "instead of 2", "rather than Friday": the value being replaced, to the clause's end. */
const REPLACED = /\b(?:instead of|rather than)\b[^,.;!?]*/gi;
/** "from 2 to 4", "from Tuesday to Thursday": the value moved from, before its "to". */
const MOVED_FROM = /\bfrom\b[^,.;!?]*?(?=\s+to\b)/gi;

/**
 * "the one on the 17th", "the haircut on the 17th", "the toner one": which of the listed bookings is
 * meant, by what it is. Its day is the booking's own, not where it goes: "the one on the 17th" was read
 * back as a move to the 17th (a chat probe). Not "the 18th at 2pm", "the afternoon" or "the same day".
 */
const PICKS_ONE =
  /^(?:(?:ok|okay|yes|yeah|um|erm|oh)\b[\s,]*)*(?:it'?s\s+|i\s+mean\s+)?the\s+(?!\d)(?!(?:first|second|third|last|next|same|following|day|week|morning|afternoon|evening|earliest|latest|new)\b)[\w'-]+(?:\s+[\w'-]+){0,2}?\s+(?:one\b|(?:on|at|for)\s)/i;

/** The clauses of a message, split at punctuation and at "and", "but", "so" between clauses. */
function clauses(text: string): string[] {
  return text.split(/(?<=[,.;!?])\s+|\s+(?=\b(?:and|but|so)\s+(?:i|i'm|im|i'll|we|can|could|would|it)\b)/i);
}

/** The clause without the "and", "but" or "so" that joined it to the one before. */
const unjoined = (clause: string) => clause.replace(/^(?:and|but|so)\s+/i, '');

/** A clause that only says what the record is now ("I booked a full colour for Friday 13th June"). */
function saysHowItStands(clause: string): boolean {
  const bare = unjoined(clause);
  if (CHANGE.test(bare)) return false;
  return (HAS_ONE.test(bare) && RECORD.test(bare)) || PICKS_ONE.test(bare) || NOW_IS.test(bare);
}

/** "It is currently at ten in the morning", "it's at 10 at the moment": how it is now, in so many words. */
const NOW_IS = /\b(?:currently|at the moment|at present|right now)\b/i;

/** A clause of only a year and a time: "…booked for the fourteenth of june, 2031, 1 o'clock, and…". */
const DATE_PARTS =
  /^(?:(?:at\s+)?(?:\d{4}|\d{1,2}(?::\d{2})?\s*(?:o'?clock|am|pm|a\.m\.|p\.m\.)|noon|midday)[\s,.]*)+$/i;

/**
 * Which clauses say how the record stands: those that do, and a year or a time said after one in a
 * clause of its own (the year was read as no year, and "1 o'clock", the booking's own time, as the new one).
 */
function standingClauses(text: string): { clause: string; stands: boolean }[] {
  const out: { clause: string; stands: boolean }[] = [];
  const all = clauses(text);
  for (const [i, clause] of all.entries()) {
    const continues = out.at(-1)?.stands === true && DATE_PARTS.test(clause.trim());
    const says = out.some((c) => OWN_THING.test(c.clause)) && saysWhenItIs(clause);
    const kept = HAS_ONE.test(unjoined(clause)) && STAYS.test(all[i + 1] ?? '');
    out.push({ clause, stands: continues || says || kept || saysHowItStands(clause) });
  }
  return out;
}

/**
 * "I also have my heart check with Dr. Patel on Thursday morning, that one should stay": what the
 * customer has, said to stay as it is (whatever they call it), is no part of the change.
 */
const STAYS =
  /^(?:and\s+)?(?:that|this|the other|which)(?:\s+one)?\s+(?:should|can|will|is to|must)?\s*(?:stay|stays|remain|remains)\b|^(?:and\s+)?(?:please\s+)?leave\s+(?:that|this|it)(?:\s+one)?\s+(?:alone|as it is)\b/i;

/** Something of the customer's named: "…the day of my palpitations follow-up with Dr. Patel." */
const OWN_THING = /\b(?:my|our|his|her|their)\s+\w/i;
/** "It's this coming Sunday at one in the afternoon.": when the thing named before is, no change asked. */
const IT_IS =
  /^(?:(?:and|but|so)\s+)?(?:it'?s|it is|it was|that'?s|that is|which is|they'?re|they are)\s+(?:on|for|at|this|next|tomorrow|today|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/** A clause saying when the thing just named is (IT_IS), asking no change of it. */
function saysWhenItIs(clause: string): boolean {
  return IT_IS.test(clause.trim()) && !CHANGE.test(clause);
}

/**
 * The day the record is on as the message itself says it, when upcoming: "I booked a full colour with
 * Priya for Friday 13th June 2031 at 10am … could we move it to the next day, Saturday 14th?" moves it
 * to 14 June 2031 (it went to the next Saturday the 14th, in August 2027, once the clause that named
 * the booking's day was left out). Undefined when no clause says it with its year or weekday.
 */
export function dayAsItStands(text: string, now: Date): string | undefined {
  const said = standingClauses(text)
    .filter((c) => c.stands)
    .map((c) => c.clause)
    .join(' ');
  // Only a date its words pin down, with its year or its weekday ("Saturday the fourteenth of June" is
  // in 2031); a year in a clause of its own after it counts ("the fourteenth of june, twenty thirty-one").
  const pinned = /\b20\d\d\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(said);
  const day = pinned ? findDate(said, now) : undefined;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return day !== undefined && Date.parse(`${day}T00:00:00Z`) >= today ? day : undefined;
}

/**
 * "I need to move my physical therapy appointment with Jamie tomorrow", "move my visit on Friday to
 * Monday": a day said straight after the record (and whom it is with) says which record, not where it
 * goes. It was read back as a move to the day it is already on. "move my appointment to tomorrow" still
 * names the new day: a "to" stands between.
 */
const RECORD_DAY =
  /\b(?:my|our|his|her|their|the)\s+(?:[\w'-]+\s+){0,3}?(?:appointment|appt|booking|visit|viewing|session)(?:\s+with(?:\s+(?!(?:to|for|until|till|into|on|at|from)\b)[\w.'-]+){1,3}?)?\s+((?:on\s+)?(?:today|tomorrow|tonight|(?:this\s+|next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?:\s+(?:at\s+)?\d{1,2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock))?)?)/gi;

/** The text without the day a record is named by (RECORD_DAY). */
function withoutRecordDay(text: string): string {
  const cut = text.replace(RECORD_DAY, (whole: string, day: string) =>
    whole.slice(0, whole.length - day.length),
  );
  // "move my knee physio tomorrow": a visit named by its care, whose day is read the same way.
  const named = withVisitsNamed(cut);
  if (named === cut) return cut;
  const days = [...named.matchAll(RECORD_DAY)].map((m) => m[1]);
  return days.reduce((t, day) => {
    const at = t.toLowerCase().indexOf(day.toLowerCase());
    return at < 0 ? t : `${t.slice(0, at)}${t.slice(at + day.length)}`;
  }, cut);
}

/**
 * "I need to move my appointment with dr patel": whom the record is with says which record, not whom it
 * moves to. It was read back as a move "to Thursday with Dr. Patel" of the caller's only appointment, which
 * is Dr. Okafor's, and the yes asked Dr. Patel's openings. "move it to one with Dr. Patel", "my appointment
 * with Dr. Okafor, can it be with Dr. Patel instead" still name the new one: a "to" or "be" stands between.
 */
const RECORD_WITH =
  /(\b(?:my|our|his|her|their|the)\s+(?:[\w'-]+\s+){0,3}?(?:appointment|appt|booking|visit|viewing|session))\s+with\s+(?:(?:[Dd]r|[Dd]octor)\.?\s+)?(?!(?:to|for|until|till|into|on|at|from|me|us|you|him|her|them|someone|somebody|anyone|another|a|an)\b)[\w'-]+(?:\s+(?!(?:The|This|That|It|I|My|Our|And|But|So|Can|Could|Please|Instead|Rather)\b)[A-Z][\w'-]*)?(?!\s+(?:instead|rather)\b)/g;

/** The text without whom the record is said to be with (RECORD_WITH). */
function withoutRecordPerson(text: string): string {
  return text.replace(RECORD_WITH, '$1');
}

/**
 * The messages without whom a record is said to be with: "can I switch my appointment with Dr. Okafor to
 * Dr. Patel on friday" searches Dr. Patel's openings (it listed Dr. Okafor's). The caller keeps the
 * sources as they are when nothing else names a person ("when is my appointment with Dr. Okafor?").
 * Undefined when no message says whom a record is with (the usual case: nothing to read again).
 */
export function recordPersonLeftOut<T extends { messages: readonly string[]; focusText?: string }>(
  sources: T,
): T | undefined {
  const messages = sources.messages.map(withoutRecordPerson);
  if (messages.every((m, i) => m === sources.messages[i])) return undefined;
  return {
    ...sources,
    messages,
    focusText: sources.focusText === undefined ? undefined : withoutRecordPerson(sources.focusText),
  };
}

/** The text without the values it gives up ("rather than using the card on file", "instead of 2"). */
export function withoutGivenUp(text: string): string {
  return text.replace(REPLACED, ' ');
}

/**
 * "im on starter and that month it was like 46 bucks??", "can I just buy one extra number and stay on
 * Starter?", "I want us off the Scale plan": a member of a fixed set said as what
 * the customer has now ("I'm on", "we're still on", "stay on", "keep", "off", "leaving") is no value asked
 * for. The first two were read back as a move to the Starter plan, and the "yes" that followed ran the
 * change; the third as a move to the Scale plan it was leaving.
 */
const HAS_NOW =
  /\b(?:(?:i'?m|im|i am|we'?re|we are|(?:i|we)\s+(?:am|are)|currently|still|stay(?:ing)?|remain(?:ing)?)\s+(?:(?:currently|still|now|just)\s+)?(?:on|with)|keep(?:ing)?|off|away from|leav(?:e|ing))\s+(?:the\s+|our\s+|my\s+)?/gi;

/** The text without the set's members it says the customer has now (HAS_NOW). */
export function withoutMembersHeld(text: string, members: readonly string[]): string {
  let out = text;
  for (const m of [...text.matchAll(HAS_NOW)].reverse()) {
    const at = (m.index ?? 0) + m[0].length;
    const held = members.find((v) => text.slice(at, at + v.length).toLowerCase() === v.toLowerCase());
    if (held) out = `${out.slice(0, m.index)} ${out.slice(at + held.length)}`;
  }
  return out;
}

/**
 * "3 bed homes under 600k, not in Riverside though", "dermatology next week, but not with Dr. Okafor": a
 * member of a fixed set said after a negation is the one the customer does not want; the search ran in
 * Riverside, the openings were Dr. Okafor's. Only the negation right before the member, or with a word
 * of wanting or a preposition between ("not really interested in Riverside", "don't want Starter", "can't do
 * mornings"): "I don't mind, morning or afternoon" denies neither.
 */
const DENIED_BEFORE =
  /(?:\bnot|n['’]t|\b(?:dont|doesnt|didnt|wont|cant|arent|isnt|wasnt)|\bnever|\bno longer)\s+(?:(?:really|actually|even|currently|interested in|looking (?:at|to|for)|planning (?:on|to)|thinking (?:of|about)|want(?:ing)?(?: to)?|need(?:ing)?(?: to)?|going to|do|make|in|with|at|from|near|around|by)\s+)*(?:the\s+|a\s+|an\s+)?(?:(?:dr|doctor)\.?\s+)?$/i;

/** Any negation DENIED_BEFORE could end in: without one, no pattern is built (every value read asks). */
const NEGATION = /\bnot\s|n['’]t\s|\b(?:dont|doesnt|didnt|wont|cant|arent|isnt|wasnt|never|no longer)\s/i;

/** The text without the set's members it says the customer does not want (DENIED_BEFORE). */
export function withoutMembersDenied(text: string, members: readonly string[]): string {
  if (!NEGATION.test(text)) return text;
  let out = text;
  for (const member of members) {
    const escaped = member.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // "can't do mornings": the member said in the plural too.
    for (const m of [...out.matchAll(new RegExp(`\\b${escaped}s?\\b`, 'gi'))].reverse()) {
      const at = m.index ?? 0;
      if (DENIED_BEFORE.test(out.slice(Math.max(0, at - 60), at)))
        out = `${out.slice(0, at)} ${out.slice(at + m[0].length)}`;
    }
  }
  return out;
}

/** The message without what it says of the record as it stands (the words left as they were). */
export function withoutCurrentValues(text: string): string {
  const kept = standingClauses(text)
    .filter((c) => !c.stands)
    .map((c) => c.clause);
  return withoutRecordPerson(withoutRecordDay(kept.join(' ')))
    .replace(REPLACED, ' ')
    .replace(MOVED_FROM, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** What a form reads values from, with what it says of the record as it stands left out. */
export function newValuesOnly<
  T extends {
    messages: readonly string[];
    focusText?: string;
    answers?: Readonly<Record<string, string>>;
  },
>(sources: T): T {
  const answers = sources.answers;
  return {
    ...sources,
    messages: sources.messages.map(withoutCurrentValues),
    focusText: sources.focusText === undefined ? undefined : withoutCurrentValues(sources.focusText),
    answers:
      answers === undefined
        ? undefined
        : Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, withoutCurrentValues(v)])),
  };
}

/**
 * `newValuesOnly`, with the day the booking is on: the booking in hand's, else the day the message says
 * it is on (`dayAsItStands`), which a new day is counted from ("…for Friday 13th June 2031 … to the next
 * day") and a day of the month alone is read in.
 */
export function newValuesWithDay<
  T extends {
    messages: readonly string[];
    focusText?: string;
    answers?: Readonly<Record<string, string>>;
    now: Date;
    booked?: string;
    near?: string;
  },
>(sources: T): T {
  const stands = sources.booked ?? dayAsItStands(sources.focusText ?? sources.messages[0] ?? '', sources.now);
  return { ...newValuesOnly(sources), booked: stands, near: sources.near ?? stands };
}

/** "same day", "that day", "the same date": the day is kept, whatever earlier messages said. */
const SAME_DAY = /\b(?:(?:the\s+)?same\s+(?:day|date)|that\s+(?:same\s+)?day|on\s+the\s+day)\b/i;

/**
 * The sources of a move's new day, when the latest message keeps the day ("Rather than cancel, could we
 * push it to later that afternoon? Three o'clock, same day."): that message alone, so a day said earlier
 * in the conversation of the booking as it stands ("cancel my viewing … on the fourteenth of June") is
 * not read as the new one (it was moved to 14 June 2027, a viewing on 14 June 2031).
 */
export function dayKept<
  T extends { messages: readonly string[]; answers?: Readonly<Record<string, string>> },
>(sources: T): T {
  const latest = sources.messages[0];
  if (latest === undefined || !SAME_DAY.test(latest) || findDate(latest, new Date()) !== undefined)
    return sources;
  return { ...sources, messages: [latest], answers: {} };
}
