import { findPropertyValue, type JsonSchema } from '../argumentExtraction.ts';
import type { ConversationView } from '../conversationView.ts';
import { propertyWords } from '../propertyKinds.ts';
import { isFailure } from '../responseTemplates.ts';
import { MIN_TOOL_SIMILARITY, matchTool, scoreTools } from '../toolMatcher.ts';

/**
 * "Hi, this is Marcus Bell, born July 4 1990, I need to see Dr. Okafor next week": the message gave
 * every value of a check (identity: name and birth date), which ran and passed, and it also asks for
 * something else. The request is served next, in the same turn, rather than answered with "How can I
 * help you today?" — the customer already said how. Returns the request, said without the clauses that
 * gave the check's values ("I finish my metformin, I need more please"), or undefined when there is none.
 * `routes`: whether the router would pass those words on (a refill at the clinical line is no tool of
 * the front desk's, and with the name and birth date beside it the whole message stayed at the desk).
 */
export function requestAlongside(input: {
  view: ConversationView;
  tools: readonly { name: string; description?: string; parameters?: unknown }[];
  changesData: (name: string) => boolean;
  examplesOf: (name: string) => readonly string[];
  routes: (said: string) => boolean;
  threshold: number | undefined;
  now: Date;
}): string | undefined {
  const { view, now } = input;
  const text = view.latestUserMessage;
  const results = view.trailingResults;
  if (text === undefined || results.length !== 1 || view.calledThisTurn.size !== 1) return undefined;
  const [result] = results;
  if (isFailure(result.output) || input.changesData(result.name) || listsOptions(result.output))
    return undefined;
  const schema = (input.tools.find((t) => t.name === result.name)?.parameters ?? {}) as JsonSchema;
  const required: string[] = schema.required ?? [];
  const given = required.map((p) => findPropertyValue(schema, p, text, now));
  if (required.length < 2 || given.some((v) => v === undefined)) return undefined;
  // The reply to a question asking for those values ("What's your full name and date of birth?") only
  // answers it: whatever else its words resemble, it asks for nothing more.
  const asked = view.exchanges.at(-1)?.asked?.toLowerCase() ?? '';
  if (required.some((p) => asked.includes(propertyWords(p).toLowerCase()))) return undefined;
  const docs = input.tools.map((t) => ({
    ...{ name: t.name, description: t.description ?? '' },
    ...{ sideEffect: input.changesData(t.name), examples: input.examplesOf(t.name) },
  }));
  const request = withoutCheckValues(text, schema, required, given, now);
  // "what time is my booking GB-20310614-001? my phone is 07700 900505": what is left asks for the
  // look-up that ran, which was no check beside it (its answer was dropped for the desk's fallback).
  const [top] = scoreTools(request || text, docs);
  if (top?.name === result.name && top.score >= (input.threshold ?? MIN_TOOL_SIMILARITY)) return undefined;
  const rest = docs.filter((d) => d.name !== result.name);
  const served =
    matchTool(text, rest, { threshold: input.threshold }) !== undefined ||
    (request !== '' && input.routes(request));
  return served ? request || text : undefined;
}

/**
 * A search that found options ("The next morning openings are … Which one would you like?") is no check
 * passed: the message gave its values to choose among them. "can we do wednesday with dr patel at eleven
 * instead" to openings with another doctor searched again, and its "instead" then read as a move of an
 * appointment the caller never had ("Whose name is the appointment under?").
 */
function listsOptions(output: unknown): boolean {
  if (typeof output !== 'object' || output === null) return false;
  return Object.values(output).some(
    (v) => Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' && v[0] !== null,
  );
}

/** The most words a clause that only gives a detail has ("My name is Hannah Kowalski", "DOB 12/08/1999"). */
const ONLY_A_DETAIL = 6;

const GREETING = /^(?:hi|hiya|hello|hey|good (?:morning|afternoon|evening)|thanks|thank you)$/i;

/**
 * A clause framed as giving a detail: "my name is…", "my date of birth is…", "I was born on…". After
 * "My name is Samuel Okoro, and my date of birth is the second of January, 1969." had verified the caller,
 * the long second clause was read as a request beside the check, and the records desk answered it.
 */
const DETAIL_FRAME =
  /^(?:(?:and|also|oh)\s+)?(?:my\s+(?:full\s+)?name(?:'s|\s+is)|(?:my\s+|his\s+|her\s+)?(?:date\s+of\s+birth|dob|d\.o\.b|birthday|birth\s*date)(?:'s|\s+is)?|(?:i|he|she)\s+was\s+born|born\s+(?:on|in)\b)/i;

/**
 * The message without its clauses that gave the check's values ("I am Grace Liu", "birthday 14
 * September 1952", "Omar Haddad") and without a bare greeting: what is left is the request. Only short
 * clauses, which say nothing else: "book the River Road tour for Tom Reyes on Saturday" gives a name
 * too, and is the request.
 */
function withoutCheckValues(
  text: string,
  schema: JsonSchema,
  required: readonly string[],
  given: readonly unknown[],
  now: Date,
): string {
  const said = given.filter((v): v is string => typeof v === 'string').map((v) => v.toLowerCase());
  const clauses = (text.replace(/\b(dr|mr|mrs|ms)\./gi, '$1').match(/[^,.;!?]+[,.;!?]*/g) ?? []).map((c) =>
    c.trim(),
  );
  return clauses
    .filter((clause) => {
      const bare = clause.replace(/[,.;!?]+$/, '').trim();
      if (bare === '' || GREETING.test(bare)) return false;
      // "and my date of birth is the second of January, 1969": a detail said in full, however long.
      if (DETAIL_FRAME.test(bare)) return false;
      // "…the second of January, 1969": a year left on its own by the comma asks for nothing.
      if (!/\p{L}/u.test(bare)) return false;
      // "I am the mother of Tomás Herrera": short once the value it gives is taken out.
      const valueGiven = said.find((v) => bare.toLowerCase().includes(v));
      const rest = valueGiven === undefined ? bare : bare.toLowerCase().replace(valueGiven, ' ');
      if (rest.split(/\s+/).filter(Boolean).length > ONLY_A_DETAIL) return true;
      if (valueGiven !== undefined) return false;
      return required.every((p) => findPropertyValue(schema, p, bare, now) === undefined);
    })
    .join(' ')
    .trim();
}

/**
 * The conversation as read for the request said beside the check: its latest message is the request
 * alone, so the desk it goes to is asked "I'd like to see a dermatologist about a spot on my arm", not
 * that with the caller's name and birth date, whose words drew the desk's tools off it. A desk's
 * request (the SDK's `input`) put in the state from the whole message is the request alone too.
 */
export function requestAlone(
  view: ConversationView,
  state: Record<string, unknown> | undefined,
  request: string,
): [ConversationView, Record<string, unknown> | undefined] {
  const last = view.exchanges.length - 1;
  const exchanges = view.exchanges.map((e, i) => (i === last ? { ...e, answer: request } : e));
  const said = view.latestUserMessage?.trim();
  const desk = state && said !== undefined && state.input === said ? { ...state, input: request } : state;
  const alone = { ...view, userMessages: [...view.userMessages.slice(0, -1), request] };
  return [{ ...alone, latestUserMessage: request, exchanges }, desk];
}
