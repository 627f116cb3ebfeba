import {
  baseFormsOf,
  directHypernyms,
  lemmasOf,
  lookupWord,
  pointersFrom,
  sensesOf,
  supersenseOf,
} from '../../routing/wordNet.ts';
import { changeOfABookingSaid, ownChangeInToolWords, visitNamedByItsCare } from './ownBookingChange.ts';

/** A day or part of one said after a visit asked for: "…seen tomorrow?" asks to be booked then. */
const SEEN_WHEN = String.raw`(?=.*\b(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening|this\s+week|next\s+week)\b)`;

/** What customers say for what tools are named after: "my money back" is a refund. */
const CUSTOMER_WORDS: readonly [RegExp, string][] = [
  [/\b(?:my|the|our|his|her|their)\s+money\s+back\b/gi, 'a refund'],
  // "it came out twice so I just want the whole thing back", "can I get it all back": a charge wanted back
  // ("I want it back to how it was" at a salon is no refund).
  [
    /\b(?:want|get|have)\s+(?:it|that|this|them|everything|the\s+(?:whole|full)\s+(?:thing|amount|lot)|the\s+lot)(?:\s+all)?\s+back\b(?!\s+(?:to|in|on|into|the\s+way|like|how))/gi,
    'want a refund',
  ],
  [/\breimburse(?:d|ment)?\b/gi, 'refund'],
  // "I need the on-call doctor to call me", "ring me", "phone me": a call back, not who is on call.
  [/\b(?:call|ring|phone)\s+me\b(?!\s+back)/gi, 'call me back'],
  // "I'd like to see Dr. Patel on Thursday", "get him seen by a doctor": an appointment with one.
  // "I need more of my levothyroxine", "running out of my inhaler": a refill.
  [
    /\b(?:more of|(?:run(?:ning)?|ran) out of|almost out of|(?:i'?m|i am|we'?re) out of)\s+(?=my\b)/gi,
    'a refill of ',
  ],
  // "cancel my knee rehab session", "my physio session on Friday": a visit at the clinic.
  [/\b(?:rehab|therapy|physio|pt|treatment|counsell?ing)\s+sessions?\b/gi, 'appointment'],
  [/\b(?:see|seen by)\s+(?=(?:a |the |my )?(?:dr\b|doctor\b))/gi, 'an appointment to see '],
  // "can I pop in tomorrow for it?", "could you fit me in on Friday": asking to be booked.
  [/\b(?:can|could|may)\s+(?:i|we)\s+(?:pop|come|nip|drop|get)\s+in\b/gi, 'can I book in'],
  // "Is Theo in on Tuesday? want a skin fade", "is dr patel working tomorrow", "is maya free wednesday
  // afternoon? need a cut and blow dry" (its price was quoted): whether someone is free
  // then (the desk asked what the customer would like and which day).
  [
    /\b(is|are)\s+((?:dr\.?\s+)?[a-z]+)\s+(?:in|working|around|free)\b(?=\s+(?:on\s+|this\s+|next\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight)\b)/gi,
    '$1 $2 available',
  ],
  // "do you have anything this saturday for a blow dry?", "got anything free tomorrow?": free times asked
  // when a day or time is said (it quoted the blow-dry's price); "anything for a sore throat" is no time.
  [
    /\b(?:(?:do|have)\s+(?:you|u)\s+)?(?:have|got)\s+anything\b(?:\s+(?:free|open|available))?(?=.*\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tmrw|today|tonight|morning|afternoon|evening|weekend|week)\b)/gi,
    'have openings free',
  ],
  [/\b(?:fit|squeeze|get)\s+(me|us)\s+in\b/gi, 'book $1 in'],
  // "can someone see her tomorrow?", "could a doctor see him in the morning", "get her seen tonight": a
  // visit asked for on a day said (a symptom said beside it is why; ownRequest.ts).
  [
    new RegExp(
      String.raw`\b(?:(?:can|could|would)\s+(?:someone|somebody|anyone|a\s+doctor|the\s+doctor|a\s+nurse|you)\s+see\s+(her|him|them|me|us)|get\s+(her|him|them|me|us)\s+seen)\b${SEEN_WHEN}`,
      'gi',
    ),
    'book $1$2 in',
  ],
  // "can she be seen tomorrow?", "is it possible for him to be seen this afternoon": the same visit asked
  // for in the passive (the nurse line gave its advice for the sore throat said beside it; found by chatting).
  ...(
    [
      ['she', 'her'],
      ['he', 'him'],
      ['they', 'them'],
      ['i', 'me'],
      ['we', 'us'],
    ] as const
  ).map(([subject, object]): [RegExp, string] => [
    new RegExp(
      `\\b(?:(?:can|could|would|will)\\s+${subject}|(?:possible|able)\\s+for\\s+${object}\\s+to)\\s+(?:please\\s+)?(?:get\\s+|be\\s+)seen\\b${SEEN_WHEN}`,
      'gi',
    ),
    `book ${object} in`,
  ]),
  // "can we get her in tomorrow?": a parent booking a child in, for a day said ("can we get him in with
  // Dr. Whitfield?" first offers the doctor's openings, as before).
  [
    /\b(?:fit|squeeze|get)\s+(her|him|them)\s+in\b(?=\s+(?:(?:on|this|next)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight)\b)/gi,
    'book $1 in',
  ],
  // "cancel it please, I'll book again if I need to": a later booking the caller may make is no request
  // now (it offered openings in place of the cancellation agreed to).
  [
    /\b(?:i'?ll|ill|i will|we'?ll|we will)\s+(?:just\s+)?(?:book|rebook|make|schedule|call|ring)\b(?:\s+(?:it|one|in|again|another(?:\s+(?:one|appointment|visit))?))*\s+(?:if|when|once|later|another time|some other time|in the future|next (?:week|month|time))\b[^.!?]*/gi,
    ' ',
  ],
  // "cancel my subscription", "cancel our service": ending what the account pays for is closing it.
  [/\bcancel(?:l?ing)?\s+(my|our|the)\s+(subscription|service|membership)\b/gi, 'close $1 $2'],
  // "the seats we ordered", "I placed an order last week", "we put in an order": an order that exists, not
  // one to place now.
  [
    /\b(?:i|we|he|she|they)\s+(?:already\s+|just\s+)?(?:ordered|placed(?:\s+an?\s+order)?|put\s+in\s+an?\s+order)\b/gi,
    'an existing order for',
  ],
  // "he ordered some extra seats recently and wants to increase it": more or fewer of what was ordered.
  [
    /\b(?:increase|decrease|up|raise|lower|reduce)\s+(it|that|(?:the|my|our|his|her|their)\s+order)\b(?!\s+to\s+(?:a|the)\s+(?:plan|tier))/gi,
    'change the quantity of $1',
  ],
  // "has our order for extra seats gone through?", "cancel my order", "any update on our seats order?":
  // one that exists ("an order" is new).
  [/\b(my|our|the|that|this)\s+((?:[a-z]+\s+)?)order\b(?!\s+(?:form|page|button))/gi, '$1 $2existing order'],
  // "can I get that refunded?", "could we have it moved to Friday": the action asked for, as a verb.
  [/\b(?:get|have)\s+(it|that|this|them|those|(?:the|my|our)\s+\w+)\s+refunded\b/gi, 'refund $1'],
  [/\b(?:get|have)\s+(it|that|this|them|those|(?:the|my|our)\s+\w+)\s+cancell?ed\b/gi, 'cancel $1'],
  [/\b(?:get|have)\s+(it|that|this|them|those|(?:the|my|our)\s+\w+)\s+(?:moved|rescheduled)\b/gi, 'move $1'],
  // "might it be moved to half past eleven the same day?", "could the River Road one be moved…": the move
  // asked in the passive.
  [
    /\b(?:can|could|might|may|would|will)\s+(it|that|this|they|(?:the|my|our|his|her|their)(?:\s+[\w'-]+){1,4}?)\s+be\s+(?:moved|rescheduled|postponed)\b/gi,
    'can you move $1',
  ],
  // "can I push my mole check back a week?", "cancel his 6 month checkup": a visit named by what it is for,
  // after a change's verb (it was read as nothing, and the desk asked what the caller wanted).
  [
    /\b(push|move|shift|bump|cancel|reschedule|change|rebook)\s+(my|our|his|her|the)\s+((?:[\w-]+\s+){0,2})(?:check(?:-?up)?|scan|screening|exam|physical|follow-?up|consult(?:ation)?)\b/gi,
    '$1 $2 $3appointment',
  ],
  // "I have an appointment with Dr. Okafor and I need to make it earlier in the day": moving it.
  [/\bmake\s+(it|that|them)\s+(earlier|later|sooner)\b/gi, 'move $1 $2'],
  // "actually make it dr marin": a value corrected, not "I can't make it" (a cancellation). Not before a
  // number: "could you make it 11 instead?" keeps its words, which say the move (tune16-salon-01).
  [
    /(?<!\b(?:can'?t|cannot|not|won'?t|couldn'?t|never)\s+)\bmake\s+(?:it|that)\b(?!\s+(?:to|in|on time|there|back)\b)(?!\s+\d)(?=\s+\S)/gi,
    'actually',
  ],
  // "I placed an order for some extra seats a while back where's that at": how it stands (it was read as
  // a new order, and the desk asked how many).
  [
    /\bwhere(?:'s| is| are|s)\s+(?:that|it|this|they|them|those|things|we)\s+at\b|\bwhere\s+(?:are\s+)?(?:we|things)\s+(?:at\s+)?with\b/gi,
    'what is the status',
  ],
  // "sorry to call so late", "sorry for calling at this hour": an apology, not a call asked for (the
  // on-call look-up, a call back).
  [
    /\bsorry\s+(?:to|for)\s+(?:call|ring|phon|bother)(?:e|ing)?\b(?:\s+(?:you\s+)?(?:so\s+)?(?:late|early|at this hour|tonight|now))?/gi,
    'sorry',
  ],
];

/** The customer's words rewritten into the words tools are described in, for matching only. */
export function inToolWords(text: string): string {
  const said = CUSTOMER_WORDS.reduce((t, [pattern, words]) => t.replace(pattern, words), text);
  return ownChangeInToolWords(visitNamedByItsCare(withPriceSaid(changeOfABookingSaid(said)), isCare));
}

/**
 * "what's cheaper?", "which is the cheapest", "is Scale pricey": an adjective of price asks a price, though
 * no tool is described in it. Mid-order at the support line, "what's cheaper?" got "I'm afraid I can't answer
 * that one here" from the desk whose price look-up answers it. WordNet says which adjectives these are: the
 * commonest sense of the word (or of its base, "cheaper" → "cheap") derives a noun that is a price or cost,
 * or a kind of one ("cheap" → "inexpensiveness", a kind of "monetary value, price, cost"; "pricey" → "price").
 */
function withPriceSaid(text: string): string {
  return text.replace(/\b[a-z]{4,}\b/gi, (word) =>
    isPriceAdjective(word.toLowerCase()) ? `${word} price` : word,
  );
}

const PRICE_NOUNS = new Set(['price', 'cost']);
const priceAdjectives = new Map<string, boolean>();

function isPriceAdjective(word: string): boolean {
  const known = priceAdjectives.get(word);
  if (known !== undefined) return known;
  const sense = [word, ...baseFormsOf(word)].map((w) => sensesOf(w, 'a')[0]).find((s) => s !== undefined);
  const dominant = lookupWord(word, 1)?.dominant;
  const nouns =
    sense === undefined || (dominant !== undefined && dominant.pos !== 'a')
      ? []
      : pointersFrom(sense)
          .filter((p) => p.symbol === '+' && p.target.pos === 'n')
          .flatMap((p) => [p.target, ...directHypernyms(p.target)]);
  const price = nouns.some((n) => lemmasOf(n).some((l) => PRICE_NOUNS.has(l)));
  // Bounded as wordNet.ts bounds its own: customers' words are many, and some are typos.
  if (priceAdjectives.size >= 100_000) priceAdjectives.clear();
  priceAdjectives.set(word, price);
  return price;
}

/** The text with a visit named by its care said as an appointment ("move my knee physio appointment tomorrow"). */
export function withVisitsNamed(text: string): string {
  return visitNamedByItsCare(text, isCare);
}

/**
 * A kind of care a visit is for: an act in WordNet ("massage", "physiotherapy"; a verb first, "massage",
 * still names the act as a noun), a word it knows only as an adjective said where a noun stands ("his
 * school physical"), or a word it does not know ("physio").
 */
function isCare(word: string): boolean {
  const senses = lookupWord(word, 1);
  if (senses === null) return /^[a-z]{3,}$/.test(word);
  if (senses.dominant.pos === 'n') return supersenseOf(senses.dominant) === 'noun.act';
  const noun = sensesOf(word, 'n')[0];
  return noun === undefined ? senses.dominant.pos === 'a' : supersenseOf(noun) === 'noun.act';
}
