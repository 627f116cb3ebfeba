import { tokenize } from '../../routing/textFeatures.ts';
import { inToolWords } from './customerWords.ts';
import { asksWhatThereIs } from './forms/asksWhatThereIs.ts';
import { spellingVariant } from './spellingVariants.ts';

/**
 * What a tool's name says it does and to what: its action (`book_appointment` → "book"), the words
 * customers say it with ("move", "push" for a reschedule), and its object (`change_order_quantity` →
 * order, quantity). The tool matcher (toolMatcher.ts) and the routing asides read requests with these.
 */

/** Generic verbs that open tool names: they say what is done, not what the tool is about. */
export const NAME_VERBS = new Set(
  (
    'get fetch lookup look find search list check run issue create make add update set change ' +
    'send book request submit cancel delete remove start stop open close show view read write do'
  ).split(' '),
);

/** Verbs that say what a customer wants done, with the words customers use for them. */
export const ACTIONS: Readonly<Record<string, readonly string[]>> = {
  book: ['book'],
  // "can you push it to Wednesday, same time?": pushing an appointment moves it.
  reschedule: ['reschedule', 'move', 'rearrange', 'postpone', 'push'],
  cancel: ['cancel'],
  refund: ['refund'],
  // `change_plan`: "how do I upgrade to Scale?" names the change ("change" alone is too common a word).
  change: ['upgrade', 'downgrade', 'switch'],
  // `update_contact_details`: "can you change the phone number on my record" asks for the change, though
  // "record" names the record look-up's object.
  update: ['update', 'change', 'updte'],
  close: ['close', 'closing', 'leave', 'leaving', 'quit', 'shut'],
  // `place_order`: "we want to buy 5 numbers" ("order" is as often the noun: "did my order go through").
  place: ['buy', 'purchase'],
  // `unlock_account`: "can you unlock it" said to the billing desk, which had just shown the invoice the
  // caller could not pay for being locked out, got its menu (dev25-support-08).
  unlock: ['unlock'],
  delete: ['delete', 'remove', 'erase'],
};

/**
 * Verbs of changes to a record the customer already has. The values such a change takes ("Friday with
 * Dr. Whitfield") also describe a new booking, so values alone never ask for one: only the action said
 * ("move", "cancel") or the tool's own words do.
 */
export const RECORD_CHANGE_VERBS = new Set(['reschedule', 'cancel']);

/**
 * Whether values given in `said` may ask for this change without its action being named: always, unless
 * the same agent can also book (`siblings`), where the values may as well be a new booking's.
 */
export function valuesMayAskFor(said: string, toolName: string, siblings: readonly string[]): boolean {
  if (!RECORD_CHANGE_VERBS.has(verbOf(toolName)) || !siblings.some((n) => verbOf(n) === 'book')) return true;
  return namesAction(tokenize(inToolWords(said)), toolName);
}

/**
 * A cancellation is asked for by saying so, and where the same agent also books, so is a move ("move",
 * "reschedule", "push", "cancel"…), a move also by asking for something in place of what is booked ("can
 * it be Friday instead"), a cancellation by saying the customer cannot come ("I can't make it on
 * Friday"). A request that only resembles their descriptions is a new booking: "I missed my appointment,
 * can I get another one tomorrow", and "i need an appointment friday" (it read back a cancellation of
 * Monday's visit: "appointment" names every one of the desk's tools, and the cancel's description is the
 * shortest). An agent that cannot book (the salon's CustomerService) reads "can we make it Saturday" as
 * the move it is there for.
 */
export function asksForTheChange(
  words: readonly string[],
  toolName: string,
  tools: readonly { name: string }[],
): boolean {
  const verb = verbOf(toolName);
  if (!RECORD_CHANGE_VERBS.has(verb) || namesAction(words, toolName)) return true;
  // A cancellation is never read from values alone, booking desk or not: "hi my booking is
  // GB-20310614-001, 07700 900505" read back a cancellation at the salon's bookings desk.
  if (verb === 'cancel') return cannotCome(words);
  // "I need to change the day of my appointment": a change said of the very thing a move changes.
  if (changesItsObject(words, toolName)) return true;
  return !tools.some((t) => verbOf(t.name) === 'book') || (words.includes('instead') && !othersAsked(words));
}

/**
 * "is there anything Thursday morning with Dr Whitfield instead?", said to openings offered: other
 * openings asked for, no booking moved (it asked whose appointment to move). "I have one on Tuesday, is
 * there anything Thursday instead?" names the booking, and moves it.
 */
function othersAsked(words: readonly string[]): boolean {
  const said = words.join(' ');
  return (
    asksWhatThereIs(said) &&
    !/\b(?:my|our|the|that|this)\s+(?:appointment|booking|visit|one)\b|\bi (?:have|ve got|got) (?:one|an?)\b/.test(
      said,
    )
  );
}

/** "I can't make it", "we won't be able to come", "no longer need it": what a cancellation says. */
function cannotCome(words: readonly string[]): boolean {
  const said = words.join(' ');
  return /\b(?:cant|cannot|can not|(?:wont|will not|not) be able to|wont|will not|not able to|unable to) (?:make|come|attend|go)\b|\b(?:dont|do not|no longer) need\b|\bcall (?:it )?off\b/.test(
    said,
  );
}

/** Verbs of tools that cannot be undone: chosen only when the message says the action (ACTIONS). */
export const IRREVERSIBLE_VERBS = new Set(['close', 'delete']);

export function verbOf(toolName: string): string {
  return tokenize(toolName.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' '))[0] ?? '';
}

/**
 * Every word that says a data-changing tool's action, from any word of its name that is an action
 * (`issue_refund` → "refund"; `reschedule_booking` → "reschedule", "move", …).
 */
export function actionWordsOf(toolName: string): string[] {
  const words = tokenize(toolName.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' '));
  return words.flatMap((w) => ACTIONS[w] ?? []);
}

/** The message says the action a data-changing tool's name starts with (`book_appointment` → "book"). */
export function namesAction(messageWords: readonly string[], toolName: string): boolean {
  return ACTIONS[verbOf(toolName)]?.some((w) => messageWords.includes(w)) === true;
}

/**
 * The action a data-changing tool's name says, done to its object, said together: "I'd like to close our
 * account please" (`close_account`), the object among the few words after the verb, past a possessive
 * or an article. Surer than the verb alone ("when do you close?").
 */
export function namesActionOnObject(
  messageWords: readonly string[],
  toolName: string,
  /** Values the tool takes from a fixed set ("Growth"): "upgrade us to Growth" names the change too. */
  values: readonly string[] = [],
): boolean {
  const verbs = ACTIONS[verbOf(toolName)] ?? [];
  const objects = objectWordsOf(toolName);
  const named = new Set(values.map((v) => v.toLowerCase()));
  return messageWords.some((w, i) => {
    if (!verbs.includes(w)) return false;
    const after = messageWords
      .slice(i + 1, i + 5)
      .filter((t) => !/^(my|our|the|a|an|your|this|that|us|me|it|to|onto|on)$/.test(t));
    return after
      .slice(0, 2)
      .some((t) => named.has(t) || objects.some((o) => sameStem(t, o) || spellingVariant(t, o)));
  });
}

/**
 * "he's got two viewings booked with you and he needs to cancel one of them": a move or a cancellation
 * said, and what it changes named anywhere in the message, by the tool's name or by what its arguments
 * call the record (`viewingDescription`: a viewing), though not right after the verb.
 */
export function namesChangeOfRecord(
  messageWords: readonly string[],
  toolName: string,
  recordWords: readonly string[],
): boolean {
  if (!RECORD_CHANGE_VERBS.has(verbOf(toolName)) || !namesAction(messageWords, toolName)) return false;
  const records = [...objectWordsOf(toolName), ...recordWords];
  return messageWords.some((w) => records.some((o) => sameStem(w, o)));
}

/**
 * "I have a keratin booking GB-… and I need to change it": "change" alone is too common a word to name
 * a change (a plan, a phone number), but said of the very thing a reschedule changes (its name's object,
 * a booking) it asks for that reschedule.
 */
export function changesItsObject(messageWords: readonly string[], toolName: string): boolean {
  if (verbOf(toolName) !== 'reschedule') return false;
  if (movesWhen(messageWords, toolName)) return true;
  return messageWords.some((w) => w === 'change' || w === 'amend') && namesObject(messageWords, toolName);
}

/**
 * "I need to change the day of my palpitations follow-up": the day or time of something the customer has
 * is what a move changes, whatever they call it.
 */
export function movesWhen(messageWords: readonly string[], toolName: string): boolean {
  return verbOf(toolName) === 'reschedule' && CHANGES_WHEN.test(messageWords.join(' '));
}

const CHANGES_WHEN =
  /\b(?:change|amend)\s+(?:the\s+)?(?:day|date|time)\s+(?:of|for|on)\s+(?:my|our|his|her|their)\b/;

/**
 * The tool's object, from its name: the words after a leading verb (`fetch_call_log` → call, log).
 * A message word matches one when they share a stem ("refunds"/"refund", "pricing"/"price").
 */
export function namesObject(messageWords: readonly string[], toolName: string): boolean {
  const objects = nameObjects(toolName).filter((w) => w.length >= 3 && !NAME_VERBS.has(w));
  return objects.some((o) => messageWords.some((w) => sameStem(w, o) || spellingVariant(w, o)));
}

export function nameObjects(toolName: string): string[] {
  const words = tokenize(toolName.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' '));
  return words.length > 1 && NAME_VERBS.has(words[0]) ? words.slice(1) : words;
}

/** The words of a tool's name that say what it acts on (`change_order_quantity`: order, quantity). */
export function objectWordsOf(toolName: string): string[] {
  return nameObjects(toolName).filter((w) => w.length >= 3 && !NAME_VERBS.has(w));
}

/** The two tools are about the same thing (`check_order_status`, `change_order_quantity`: an order). */
export function sameObject(a: string, b: string): boolean {
  return objectWordsOf(a).some((o) => objectWordsOf(b).some((w) => sameStem(o, w)));
}

/** Verbs of tools that make a new record (a booking, an order) rather than change one that exists. */
const CREATING_VERBS = new Set([
  'book',
  'place',
  'create',
  'add',
  'submit',
  'open',
  'make',
  'schedule',
  'order',
]);

export function makesNewRecord(toolName: string): boolean {
  return CREATING_VERBS.has(verbOf(toolName));
}

export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 4 && common >= Math.min(a.length, b.length) - 2;
}

/**
 * "cancel it— no hang on don't cancel it just knock it down to two seats": the action said not to be
 * done. The offer of that change is no reading of the message (it read back a cancellation, and "yep"
 * cancelled the order the customer had kept). Not "why don't you cancel it", which asks for it, nor
 * "I've never booked over the phone before", which says what was done, not what not to do (the
 * booking then asked for was out of reach: its look-up asked for a booking reference).
 */
export function forbidsAction(text: string, toolName: string): boolean {
  return forbiddingPatterns(verbOf(toolName)).some((pattern) => pattern.test(text));
}

/**
 * The patterns of `forbidsAction`, compiled once per verb: it is asked of every tool on every turn
 * (turnContext.ts), and the patterns depend on the verb alone.
 */
const FORBIDDING = new Map<string, readonly RegExp[]>();

function forbiddingPatterns(verb: string): readonly RegExp[] {
  const known = FORBIDDING.get(verb);
  if (known) return known;
  const actions = ACTIONS[verb] ?? [];
  const said = actions.join('|');
  const patterns =
    actions.length === 0
      ? []
      : [
          new RegExp(
            `(?<!\\bwhy\\s+)\\b(?:don'?t|do not|dont|never|no need to|not to)\\s+(?:(?:just|actually|go ahead and|want to|wanna|need to)\\s+)?(?:${said})\\w*(?<!ed)\\b`,
            'i',
          ),
          // "i was going to move it but actually just cancel it": the change thought of and given up.
          new RegExp(
            `\\b(?:was|were)\\s+(?:going\\s+to|gonna|planning\\s+to|about\\s+to|meaning\\s+to)\\s+(?:${said})\\w*\\b[^.?!]{0,40}?\\bbut\\b`,
            'i',
          ),
        ];
  FORBIDDING.set(verb, patterns);
  return patterns;
}
