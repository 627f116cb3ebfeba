import { cosine, TfidfVectorizer, tokenize } from '../../routing/textFeatures.ts';
import { actionSaid } from './actionSaid.ts';
import { inToolWords } from './customerWords.ts';
import { DIGIT_DATES } from './entityExtractors.ts';
import { ASKS_SOMETHING_DONE } from './forms/digressions.ts';
import { kindsNamed } from './kindsNamed.ts';
import { distinctWords, listedThings } from './listedThings.ts';
import { withoutReferenceLabels, wordsAskedAbout } from './referenceLabels.ts';
import { spellingVariant } from './spellingVariants.ts';
import {
  ACTIONS,
  asksForTheChange,
  changesItsObject,
  IRREVERSIBLE_VERBS,
  makesNewRecord,
  movesWhen,
  NAME_VERBS,
  nameObjects,
  namesAction,
  namesObject,
  objectWordsOf,
  sameStem,
  verbOf,
} from './toolActions.ts';

export {
  actionWordsOf,
  changesItsObject,
  IRREVERSIBLE_VERBS,
  makesNewRecord,
  namesAction,
  namesActionOnObject,
  namesChangeOfRecord,
  objectWordsOf,
  sameObject,
  sameStem,
  valuesMayAskFor,
  verbOf,
} from './toolActions.ts';

/**
 * Picks the function tool whose name + description is most similar to the user's message (TF-IDF
 * cosine over the same word and char n-grams the router uses), plus a bonus when the message names
 * the tool's object: `lookup_invoice` is about invoices, `issue_refund` about refunds. Long tool
 * descriptions share many words ("invoice" is in both of those), the object in the name does not.
 *
 * MIN_TOOL_SIMILARITY was measured on the support fixture's six tools: messages meant for a tool
 * scored 0.20–0.72 against it, chat and other topics 0.00–0.18 ("update my credit card" vs "look up an
 * invoice" shares the char grams of "up": 0.18). The name bonus only adds to messages that name a
 * tool's object, so it lifts requests over the bar, never unrelated chat.
 */
export const MIN_TOOL_SIMILARITY = 0.2;

/**
 * How much better another desk's data-changing tool must fit a message that says its action (book,
 * cancel…) than anything of ours, for the message to be a request for that change rather than an answer
 * to our question: "can we book her in tomorrow morning" fits `book_slot` 0.198, the nurse line's look-up
 * 0.114 (forms/freeTextAnswer.ts, questionForAnotherDesk.ts).
 */
export const CLEARLY_BETTER_ELSEWHERE = 1.5;

/**
 * A message's similarity to one example request counts this much: a whole example sentence shares
 * more grams with a related message than a description does, so it is discounted to stay comparable.
 */
export const EXAMPLE_WEIGHT = 0.6;

/**
 * Added to the similarity when the message contains the object of the tool's name ("refund"), or says
 * the action of a data-changing tool ("I'd like to book with Dr. Okafor" for `book_appointment`).
 */
export const NAME_OBJECT_BONUS = 0.1;

/**
 * A tool that changes data, when the message does not name its object, is chosen over a read-only
 * one only when clearly better: within this margin the read-only tool runs ("a question about
 * invoice INV-2039" must not issue a refund).
 */
export const SIDE_EFFECT_MARGIN = 0.05;

/**
 * `examples`: requests the tool is for, said as customers say them. An agent used as a tool (a desk)
 * carries its agent's routing examples: "can I see Dr. Okafor next week" shares few words with the
 * desk's one-line description, but is close to one of its examples.
 */
export type ToolDoc = {
  name: string;
  description: string;
  sideEffect?: boolean;
  examples?: readonly string[];
};

type Vector = ReturnType<TfidfVectorizer['transform']>;
type FittedTools = {
  vectorizer: TfidfVectorizer;
  docs: {
    name: string;
    sideEffect: boolean;
    vector: Vector;
    examples: { vector: Vector; words: Set<string> }[];
  }[];
};

/** Tools rarely change between calls: keep the last few fitted sets (bounded, insertion-ordered). */
const fitted = new Map<string, FittedTools>();
const MAX_FITTED = 64;

/** Name (without its leading verb: "issue" in `issue_refund` is not what the tool is about) + description. */
function toolText(tool: ToolDoc): string {
  return `${nameObjects(tool.name).join(' ')} ${tool.description}`;
}

function fittedTools(tools: readonly ToolDoc[]): FittedTools {
  // Whether a tool changes data is part of the key: the same tools listed without it (another agent's,
  // `otherAgentsToolDocs`) had been fitted first in some processes, and a later scoring of them as
  // changes took the cached flags, so a test's outcome hung on which file ran before it in its worker.
  const key = JSON.stringify(
    tools.map((t) => [t.name, t.description, t.examples ?? [], t.sideEffect === true]),
  );
  const hit = fitted.get(key);
  if (hit) return hit;
  const texts = tools.map(toolText);
  const vectorizer = new TfidfVectorizer().fit([...texts, ...tools.flatMap((t) => t.examples ?? [])]);
  const result = {
    vectorizer,
    docs: tools.map((t, i) => ({
      name: t.name,
      sideEffect: t.sideEffect === true,
      vector: vectorizer.transform(texts[i]),
      examples: (t.examples ?? []).map((e) => ({ vector: vectorizer.transform(e), words: contentWords(e) })),
    })),
  };
  if (fitted.size >= MAX_FITTED) fitted.delete(fitted.keys().next().value!);
  fitted.set(key, result);
  return result;
}

export type ToolMatch = { name: string; score: number };

/** Every tool scored against `text`, best first (ties broken by name for determinism). */
export function scoreTools(said: string, tools: readonly ToolDoc[]): ToolMatch[] {
  if (tools.length === 0 || said.trim() === '') return [];
  // A birth date's digits are no tool's words: "dana ruiz 3/12/1984 i want to pay my bill" matched the
  // payment plan's "3, 6 or 12 months" over paying the bill.
  const text = inToolWords(said.replace(DIGIT_DATES, ' '));
  const { vectorizer, docs } = fittedTools(tools);
  const query = vectorizer.transform(text);
  const words = tokenize(text);
  // A change's object named only as a reference's label ("account is ACC-1007") does not ask for it.
  const asked = wordsAskedAbout(text);
  // "what is in my file" names a record: a noun's kind names a tool's object too (kindsNamed.ts).
  const kinds = kindsNamed(words);
  const content = contentWords(text);
  // An example counts only when it shares a content word: char grams alone match "what's the weather like" to "I would like…".
  const exampleScore = (e: FittedTools['docs'][number]['examples'][number]) =>
    [...content].some((w) => e.words.has(w)) ? cosine(query, e.vector) * EXAMPLE_WEIGHT : 0;
  return docs
    .map((d) => ({
      name: d.name,
      score:
        Math.max(cosine(query, d.vector), ...d.examples.map(exampleScore)) +
        (namesObject(d.sideEffect ? asked : [...words, ...kinds], d.name) ||
        (d.sideEffect && (namesAction(words, d.name) || changesItsObject(words, d.name)))
          ? NAME_OBJECT_BONUS
          : 0),
    }))
    .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1));
}

/**
 * "I'm thinking about getting balayage done, how much would that be": no tool cleared the bar (the colour
 * quote's similarity fell just under it on "getting"), and the desk greeted the caller instead of
 * quoting. A question of price or time that names a thing exactly one read-only tool lists in brackets
 * ("(balayage, highlights, …)") and asks for nothing done is that look-up's, when it comes within the
 * bonus a named object earns. Never a change: "can you book the roots for Wednesday" asks the booking
 * desk.
 */
function listedLookUp(
  text: string,
  tools: readonly ToolDoc[],
  scored: readonly ToolMatch[],
  threshold: number,
  exclude: ReadonlySet<string> | undefined,
): ToolMatch | undefined {
  if (!ASKS_PRICE_OR_TIME.test(text) || ASKS_SOMETHING_DONE.test(text)) return undefined;
  const name = soleListedThingOwner(text, tools);
  if (!name || exclude?.has(name)) return undefined;
  const score = scored.find((m) => m.name === name)?.score ?? 0;
  return score + NAME_OBJECT_BONUS >= threshold ? { name, score: threshold } : undefined;
}

/** What a quote or a menu look-up answers. */
const ASKS_PRICE_OR_TIME = /\b(?:how much|how long|cost|costs|price|prices|pricing|charge|quote)\b/i;

function soleListedThingOwner(text: string, tools: readonly ToolDoc[]): string | undefined {
  const named = distinctWords(text);
  if (named.length === 0) return undefined;
  const listing = tools.filter((t) => listedThings(t.description).some((w) => named.includes(w)));
  return listing.length === 1 && listing[0].sideEffect !== true ? listing[0].name : undefined;
}

/** Scores this close are a tie the message's own question may break. */
const NEAR_TIE = 0.03;

/**
 * "I received a statement… the amount is rather more than I can manage in one payment at present. Might
 * it be possible to arrange to pay it in instalments?": the story's words (statement, amount, payment)
 * tied the card payment with the payment plan (0.328 against 0.326), and the card payment's balance
 * look-up ran. When the best two are that close and the message ends on a question of its own after
 * what it told, the question decides between them. Only a tie: "why was I charged $120 for an X-ray?
 * didn't my insurance pay for it?" asks about the charge, whatever its last question names.
 */
function askedLast(
  said: string,
  ranked: readonly ToolMatch[],
  tools: readonly ToolDoc[],
): ToolMatch | undefined {
  if (ranked.length < 2 || ranked[0].score - ranked[1].score >= NEAR_TIE) return undefined;
  const sentences = said
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter((s) => /[a-z]/i.test(s));
  const last = sentences.at(-1);
  if (sentences.length < 2 || !last?.endsWith('?')) return undefined;
  const tied = ranked.filter((m) => ranked[0].score - m.score < NEAR_TIE);
  const byQuestion = scoreTools(last, tools).find((m) => tied.some((t) => t.name === m.name));
  return byQuestion ? ranked.find((m) => m.name === byQuestion.name) : undefined;
}

/**
 * Two changes with the same verb in their names ("pay" in `pay_by_card_or_link` and
 * `pay_in_installments`), the verb said, and the object of only one of them: that one. "pay it off in
 * instalments" had gone to the card payment, whose description shares more of the message's words, and
 * its read-back offered to pay the whole balance. A verb another change has is no object: "placed an
 * order for 4 seats, can i bump it to 6" does not choose between `place_order` and a change of quantity.
 */
function objectSaidOfSameVerb(
  words: readonly string[],
  changes: readonly ToolMatch[],
): ToolMatch | undefined {
  const best = changes[0];
  if (!best) return undefined;
  const verb = verbOf(best.name);
  const siblings = changes.filter((m) => verbOf(m.name) === verb);
  if (siblings.length < 2 || !words.some((w) => sameStem(w, verb) || w === verb)) return undefined;
  const objectSaid = (name: string) =>
    objectWordsOf(name)
      .filter((o) => o !== verb)
      .some((o) => words.some((w) => sameStem(w, o) || spellingVariant(w, o)));
  const said = siblings.filter((m) => objectSaid(m.name));
  return said.length === 1 ? said[0] : undefined;
}

/** The best tool not in `exclude`, when it clears `threshold`; read-only tools win near-ties. */
export function matchTool(
  said: string,
  tools: readonly ToolDoc[],
  options: { exclude?: ReadonlySet<string>; threshold?: number } = {},
): ToolMatch | undefined {
  const threshold = options.threshold ?? MIN_TOOL_SIMILARITY;
  const text = inToolWords(said);
  const words = tokenize(text);
  // A tool that ends something for good (`close_account`) runs only when the customer says so: naming
  // its object ("my account is ACC-1002") or sounding like it is not asking to close anything.
  const scored = scoreTools(text, tools);
  const ranked = scored.filter(
    (m) =>
      !options.exclude?.has(m.name) &&
      m.score >= threshold &&
      (!IRREVERSIBLE_VERBS.has(verbOf(m.name)) || namesAction(words, m.name)) &&
      !actsOnSomethingElse(said, m.name, tools) &&
      asksForTheChange(words, m.name, tools),
  );
  const best = askedLast(said, ranked, tools) ?? ranked[0];
  // "I need to change the day of my follow-up with Dr. Patel": asking to change when something of
  // theirs is asks for the one move, however little else of the message its description shares.
  const moves = tools.filter(
    (t) => t.sideEffect && !options.exclude?.has(t.name) && movesWhen(words, t.name),
  );
  if (moves.length === 1 && best?.name !== moves[0].name)
    return { name: moves[0].name, score: Math.max(threshold, best?.score ?? 0) };
  const led = actionSaid({
    ...{ words, tools, threshold, exclude: options.exclude },
    scoreOf: (name) => scored.find((m) => m.name === name)?.score ?? 0,
    // "cancel my plan" cancels no order: the guards a change passes to be ranked at all.
    mayAskFor: (name) => !actsOnSomethingElse(said, name, tools) && asksForTheChange(words, name, tools),
  });
  if (!best) return led ?? listedLookUp(text, tools, scored, threshold, options.exclude);
  const changesData = (m: ToolMatch) => tools.find((t) => t.name === m.name)?.sideEffect === true;
  // Saying the action ("book me in", "move my appointment") asks for the tool that does it; so does
  // changing the very thing a move changes ("I need to change the day of my follow-up": the openings
  // were listed for "day").
  const asked =
    objectSaidOfSameVerb(words, ranked.filter(changesData)) ??
    ranked.find((m) => changesData(m) && (namesAction(words, m.name) || changesItsObject(words, m.name)));
  if (asked) return asked;
  // "can I book a physical?": the insurance desk scored higher ("physical"), but only the appointments
  // desk does what the message says it wants done. Only a desk: a look-up that cleared the bar ("I need
  // to book a checkup" to the openings) is not overruled by the change whose verb was said.
  const desk = led && !changesData(led) ? led : undefined;
  if (desk && !changesData(best) && (scored.find((m) => m.name === desk.name)?.score ?? 0) >= threshold / 2)
    return desk;
  // Naming what the tool does ("a refund on INV-2045") is asking for it; similarity alone is not.
  if (!changesData(best) || namesObject(wordsAskedAbout(text), best.name)) return best;
  const readOnly = ranked.find((m) => !changesData(m));
  // A change matched only through a reference's label ("account is ACC-1007" to `unlock_account`) was
  // not asked for: without the label the message must still fit it.
  const unlabelled = withoutReferenceLabels(text);
  if (
    unlabelled !== text &&
    !(scoreTools(unlabelled, tools).find((m) => m.name === best.name)!.score >= threshold)
  )
    return readOnly;
  return readOnly && best.score - readOnly.score < SIDE_EFFECT_MARGIN ? readOnly : best;
}

/** Words that say nothing about what a request is for. */
const FUNCTION_WORDS = new Set(
  (
    'the and for you your can could would should will what when where which who how is are was were ' +
    'do does did have has had with that this there here like want need please just some any about ' +
    "from into them they then than been being get got its it's i'd i'm me my mine our"
  ).split(' '),
);

/** The message says one of the tool's own content words ("ankle" to the symptom look-up): more than grams in common. */
export function sharesContentWord(said: string, tool: ToolDoc): boolean {
  const own = contentWords(toolText(tool));
  return [...contentWords(inToolWords(said))].some((w) => own.has(w) || [...own].some((o) => sameStem(w, o)));
}

function contentWords(text: string): Set<string> {
  return new Set(tokenize(text).filter((w) => w.length >= 4 && !FUNCTION_WORDS.has(w)));
}

/**
 * "cancel my plan" said to a desk whose `cancel_order` cancels orders: the action is said, but of
 * another thing. The words right after the action's verb (past a possessive or article, up to three)
 * name what it is done to; when none of them is in the tool's own name or description and the first is
 * in another tool's (the desk's price look-up is about plans), the message does not ask for this tool.
 * "cancel my appointment" to `cancel_booking` (whose description says appointment) and "cancel it" are
 * left alone.
 */
function actsOnSomethingElse(said: string, toolName: string, tools: readonly ToolDoc[]): boolean {
  const verbs = ACTIONS[verbOf(toolName)] ?? [];
  if (verbs.length === 0) return false;
  const words = tokenize(said);
  // Most messages say no such verb: the tools' words are read only for those that do (every turn
  // matches every tool).
  if (!words.some((w) => verbs.includes(w))) return false;
  const textOf = (t: ToolDoc) => contentWords(`${t.name.replace(/[_-]+/g, ' ')} ${t.description}`);
  const own = tools.find((t) => t.name === toolName);
  if (!own) return false;
  const ownWords = [...textOf(own)];
  // Only tools about other things: `reschedule_slot` saying "appointment" does not make "book an
  // appointment" another thing than `book_slot`'s slot.
  const ownObjects = nameObjects(toolName).filter((w) => !NAME_VERBS.has(w));
  const aboutOther = (t: ToolDoc) => !nameObjects(t.name).some((o) => ownObjects.some((w) => sameStem(o, w)));
  // What a new record is made of ("book a mens cut", "buy 5 numbers") is what the catalogue look-ups
  // describe: for a tool that makes one, only other changes' words name another thing.
  const creates = makesNewRecord(toolName);
  const otherWords = tools
    .filter((t) => t !== own && aboutOther(t) && (!creates || t.sideEffect === true))
    .flatMap((t) => [...textOf(t)]);
  return words.some((w, i) => {
    if (!verbs.includes(w)) return false;
    let j = i + 1;
    while (j < words.length && /^(my|our|the|a|an|your|his|her|their)$/.test(words[j])) j++;
    if (j === i + 1) return false;
    const thing = words.slice(j, j + 3).filter((t) => t.length >= 4);
    if (thing.length === 0 || thing.some((t) => ownWords.some((o) => sameStem(t, o)))) return false;
    // The head said first ("my plan"): a word of the customer's own ("my cell on file") decides nothing.
    return otherWords.some((o) => sameStem(thing[0], o));
  });
}

/** The message, in customers' words, names what the tool is about or the action a change does. */
export function namesTool(said: string, tool: ToolDoc): boolean {
  const words = tokenize(inToolWords(said));
  return namesObject(words, tool.name) || (tool.sideEffect === true && namesAction(words, tool.name));
}
