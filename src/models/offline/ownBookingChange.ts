import {
  baseFormsOf,
  isKindOf,
  type Synset,
  sensesOf,
  supersenseOf,
  synsetKey,
} from '../../routing/wordNet.ts';

/**
 * A booking the caller already holds, and a change of it said in everyday words rather than the tools'
 * ("is possible to change the day?", "any chance we can make it 3pm instead", "that one needs to go",
 * "we won't need that any more", "I'll have to let that one go"). Read without the booking, those
 * words are a new booking's ("book … Saturday … Jonas"): the keratin customer was booked a second
 * visit beside the one she asked to move, and a caller letting a visit go was offered openings. With
 * the caller's own booking named, they say the move or the cancellation (customerWords.ts rewrites them
 * into the tools' words, for matching only).
 */

/**
 * The caller's own booking: "my knee appointment", "I've got a viewing on Saturday", "two things booked
 * with you", "I have appointment for keratin" (the article left out, as a learner of English may), "my
 * husband has a follow-up appointment" (someone the caller speaks for).
 */
export const OWN_RECORD =
  /\b(?:my|our|her|his)\s+(?:[\w'-]+\s+){0,3}?(?:appointment|appt|booking|visit|viewing|session)s?\b|\b(?:i|we|she|he)\s*(?:'ve|'s| have| has)?\s+(?:got\s+)?(?:an?|the|two|both)\s+(?:[\w'-]+\s+){0,3}?(?:appointments?|appts?|bookings?|visits?|viewings?|sessions?)\b|\b(?:i|we|she|he)\s*(?:'ve|'s| have| has)?\s+(?:got\s+)?(?:\w+\s+){0,2}(?:booked|lined up|scheduled)\s+with\s+(?:you|u)\b|\b(?:i|we)\s+have\s+(?:appointment|booking|viewing)\b|\b(?:i|we|she|he)\s*(?:'ve|'d| have| has| had)\s+(?:got\s+)?(?:\w+\s+){0,2}(?:appointments?|appts?|bookings?|visits?|viewings?|sessions?)\s+(?:booked|lined up|scheduled|coming up)\b|\b(?:my|our)\s+[\w-]+(?:\s+(?:has|had)|'s)\s+(?:got\s+)?(?:an?|the)\s+(?:[\w'-]+\s+){0,2}?(?:appointment|appt|booking|visit|viewing|session)s?\b/i;

/**
 * A change of day or time asked of it: "change the day", "a different time", "I need a later time" (a
 * viewing the caller has: it had been booked a second one), "make it 3pm instead",
 * "move it to friday", "he'd like to come in sooner", "bring it forward". Not "what time is it" nor a
 * new request's day alone.
 */
const MOVE_SAID =
  /\b(?:change|switch|swap)\s+(?:the\s+)?(?:day|date|time|hour)\b|\b(?:a\s+|an\s+)?(?:different|another|other|later|earlier)\s+(?:day|date|time|slot)\b|\bmake\s+it\s+(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|o'?clock)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+\w+|later|earlier|sooner)\b(?=[^.?!]*\binstead\b)|\b(?:come|get|be\s+seen)\s+(?:in\s+)?(?:sooner|earlier)\b|\bbring\s+(?:it|that|this)\s+forward\b|\bmove\s+(?:it|that|this)\s+(?:up|forward)\b|\b(?:it|that|this)\s+(?:be\s+)?(?:changed|rearranged)\b|\b(?:appointment|appt|booking|visit|viewing|session)\s+(?:go|be\s+moved|move|shift)\s+to\b|\bchange\s+(?:it|that|this)\b(?!\s+(?:to|for)\s+(?:a|an)\b)/i;

/**
 * The booking given up: "that one needs to go", "we won't need that any more", "I'll have to let that
 * one go", "we no longer need the viewing". Not "I need to go" (the caller leaving).
 */
const CANCEL_SAID =
  /\b(?:it|that|this|one)\s+(?:needs|has|will\s+have)\s+to\s+go\b|\b(?:won'?t|will\s+not|don'?t|do\s+not|no\s+longer)\s+need\s+(?:it|that|this|them|the\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+any\s*more\b|\bno\s+longer\s+need\s+(?:it|that|this|them|the\s+\w+)\b|\blet\s+(?:it|that|this)(?:\s+one)?\s+go\b/i;

/** The change the words ask of a booking the caller holds, if they name one and say it in everyday words. */
export function ownBookingChange(text: string): 'move' | 'cancel' | undefined {
  if (!OWN_RECORD.test(text)) return undefined;
  if (CANCEL_SAID.test(text)) return 'cancel';
  if (MOVE_SAID.test(text)) return 'move';
  return undefined;
}

/** The words with such a change said as the tools name it ("reschedule", "cancel"), for matching only. */
export function ownChangeInToolWords(text: string): string {
  const change = ownBookingChange(text);
  if (change === 'cancel') return text.replace(CANCEL_SAID, 'cancel it');
  if (change === 'move') return text.replace(MOVE_SAID, 'reschedule it');
  return text;
}

/**
 * "move my knee physio tomorrow", "cancel my massage on friday": a visit named by the care it is for,
 * after a change's verb and before its day. Said with "appointment" it was a move; without, the desk read
 * nothing it could change. The care is an act in WordNet (a massage, a checkup, physiotherapy) or a word
 * it does not know (the clipped "physio", "rehab"); an order, a card or a plan is none.
 */
const CHANGE_OF_A_VISIT =
  /\b(move|cancel|reschedule|push|shift|postpone|rearrange)\s+(my|our|his|her)\s+((?:[a-z-]+\s+){0,2}?)([a-z-]+)(?=\s+(?:on\s+|this\s+|next\s+)?(?:tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/gi;
const VISIT_NOUN = /^(?:appointment|appt|booking|visit|viewing|session|slot|reservation)s?$/i;

export function visitNamedByItsCare(text: string, isCare: (word: string) => boolean): string {
  return text
    .replace(CHANGE_OF_A_VISIT, (all, verb, owner, words, last) =>
      VISIT_NOUN.test(last) || !isCare(last.toLowerCase())
        ? all
        : `${verb} ${owner} ${words}${last} appointment`,
    )
    .replace(GOES_TO_A_DAY, (all, owner, words, last, goes) =>
      VISIT_NOUN.test(last) ? all : `${owner} ${words}${last} appointment ${goes}`,
    )
    .replace(WHEN_OF_A_VISIT, (all, last) =>
      VISIT_NOUN.test(last) || !isCare(last.toLowerCase()) ? all : `${all} appointment`,
    );
}

/**
 * "When is his school physical?", "what time is my massage": when a visit the caller holds (or someone
 * they speak for) is, named by its care. Without "appointment" the clinic's front desk read no desk in it
 * and gave its menu. The care as above (an act in WordNet, or a word it does not know).
 */
const WHEN_OF_A_VISIT =
  /\b(?:when|what\s+(?:time|day|date))(?:\s+is|'s|s)\s+(?:my|our|his|her|their)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)(?=\s*(?:[?.!,]|$|\s+(?:on|at|again|this|next|tomorrow)\b))/gi;

/**
 * "could my toner go to Saturday the 21st instead?", "can my cut be moved to 3pm": something of the
 * caller's own said to go to another day or time is a visit, whatever it is named by (a toner is a
 * substance to WordNet, not a care); the front desk had read it as a new booking of that day.
 */
const GOES_TO_A_DAY =
  /\b(my|our|his|her)\s+((?:[a-z-]+\s+){0,2}?)([a-z-]+)\s+((?:go|be\s+moved|be\s+changed|be\s+switched|move|shift)\s+to\s+(?:the\s+|a\s+|next\s+|this\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|\d{1,2}(?::\d{2})?\s*(?:am|pm|o'?clock)?\b|(?:morning|afternoon|evening|later|earlier)\b))/gi;

/**
 * "I need to change the appointment with Dr Whitfield", "can I switch my appointment to friday", "swap my
 * booking": changing a visit that is booked is moving it. Said with "switch" it offered the day's openings
 * as for a new booking, and the pick booked a second appointment beside the one to be moved. A verb is a
 * change when one of its first WordNet senses is "change" or directly a kind of it (switch, swap, alter,
 * modify, adjust, edit) and its commonest sense is a change as well; "cancel", "confirm", "update" and
 * "make" are not.
 */
const VERB_BEFORE_A_BOOKING =
  /\b([a-z]+)\s+(my|our|the|that|this|his|her)\s+(appointment|appt|booking|visit|slot|reservation)\b/gi;
const CHANGE_SENSES = 3;
const changeVerbs = new Map<string, boolean>();
/** The senses of "change" itself: a change verb is one of them or directly a kind of one. */
let changeSenses: Set<string> | undefined;

function namesAChange(verb: string): boolean {
  const known = changeVerbs.get(verb);
  if (known !== undefined) return known;
  const form = [verb, ...baseFormsOf(verb)].find((w) => sensesOf(w, 'v').length > 0);
  const senses = form ? sensesOf(form, 'v').slice(0, CHANGE_SENSES) : [];
  changeSenses ??= new Set(sensesOf('change', 'v').map(synsetKey));
  const kinds = changeSenses;
  const isChange = (s: Synset) => isKindOf(s, kinds, 1);
  // Its commonest use a change too: "make" is first to do ("make my appointment"), and only then to change.
  const first = senses[0];
  const change =
    first !== undefined &&
    (supersenseOf(first) === 'verb.change' || isChange(first)) &&
    senses.some(isChange);
  changeVerbs.set(verb, change);
  return change;
}

/**
 * "can I switch it to friday same time?" right after a booking was made: the booking said as "it", and
 * where it goes a day or a clock time. Not a bare number ("change it to 6" is an order's quantity).
 */
const VERB_BEFORE_IT_GOES =
  /\b([a-z]+)\s+(it|that|this)\s+(?=(?:over\s+)?to\s+(?:(?:the\s+|next\s+|this\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|morning|afternoon|evening|week)\b|\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\d{1,2}:\d{2}\b))/gi;

export function changeOfABookingSaid(text: string): string {
  const isChange = (verb: string) => verb.toLowerCase() !== 'move' && namesAChange(verb.toLowerCase());
  return (
    text
      .replace(VERB_BEFORE_A_BOOKING, (all, verb: string, owner, noun) =>
        isChange(verb) ? `move ${owner} ${noun}` : all,
      )
      // "change it to sunday" right after a booking is read as a correction of it (book_tour moves it).
      .replace(VERB_BEFORE_IT_GOES, (all, verb: string, it) =>
        verb.toLowerCase() !== 'change' && isChange(verb) ? `move ${it} ` : all,
      )
  );
}
