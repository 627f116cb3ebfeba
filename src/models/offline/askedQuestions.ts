import type { NormalizedAgent } from '../../graph/types.ts';
import { propertyWords } from './argumentExtraction.ts';
import type { ConversationView, Exchange } from './conversationView.ts';
import { baseQuestion, confirmedTool } from './forms/formQuestions.ts';
import { templatePattern } from './forms/partOfTheWhole.ts';
import { spokenPropertyWords } from './propertyKinds.ts';
import { askForArgument, listsChoicesFor, missingArgument } from './responseTemplates.ts';

/**
 * What the agent asked the customer, recognised from its own words: the offline model asks with fixed
 * sentences (the agent's `askFor` templates, the generic question, the greeting), so the exact text
 * of a previous reply says which question the customer's next message answers.
 */
export type AskedQuestion =
  | { kind: 'greeting' }
  /** `attempt`: 1 asked plainly, 2 rephrased with an example, 3 a person was offered. */
  /** `choices`: the values a tool of ours listed with the question (askedWithChoices). */
  | { kind: 'argument'; property: string; attempt: 1 | 2 | 3; choices?: readonly string[] }
  /** A read-back before `tool` changes data: "Just to confirm: … Shall I go ahead?" */
  | { kind: 'confirm'; tool: string };

/** Every property the agent may ask for: its tools' parameters and the keys of its `askFor` templates. */
export function askableProperties(
  agent: NormalizedAgent | undefined,
  toolSchemas: readonly { parameters: unknown }[],
): string[] {
  const names = new Set<string>(Object.keys(agent?.responses?.askFor ?? {}));
  for (const tool of toolSchemas) {
    const properties = (tool.parameters as { properties?: Record<string, unknown> } | undefined)?.properties;
    for (const name of Object.keys(properties ?? {})) names.add(name);
  }
  return [...names];
}

/** The question `said` is: a read-back before one of `changingTools`, else one of the agent's questions. */
export function recognizeAsked(
  agent: NormalizedAgent | undefined,
  properties: readonly string[],
  changingTools: readonly string[],
  said: string | undefined,
): AskedQuestion | undefined {
  const tool = confirmedTool(agent, changingTools, said);
  return tool ? { kind: 'confirm', tool } : recognizeQuestion(agent, properties, said);
}

/** The question `text` is, if it is one of this agent's questions. */
export function recognizeQuestion(
  agent: NormalizedAgent | undefined,
  properties: readonly string[],
  text: string | undefined,
): AskedQuestion | undefined {
  const said = text?.trim();
  if (!said) return undefined;
  const greeting = agent?.responses?.greeting?.trim();
  if (greeting && said === greeting) {
    // "We'd love to help you sell. What's the address of the home?": a greeting that asks for one value
    // is that value's question, so "Lakeview, 301 Elm St unit 4" is the address, not a new topic.
    const property = soleValueAsked(properties, greeting);
    return property === undefined ? { kind: 'greeting' } : { kind: 'argument', property, attempt: 1 };
  }
  const base = baseQuestion(said);
  if ('offeredWords' in base) {
    // The offer names a property as it is spoken ("the time", for timeText: formQuestions.ts personOffer);
    // read by its plain words, "yes" to "I can pass you to a member of our team: just say yes" was lost.
    const offered = properties.find((p) => spokenPropertyWords(p) === base.offeredWords);
    return offered === undefined ? undefined : { kind: 'argument', property: offered, attempt: 3 };
  }
  // A question may close a longer reply ("A men's cut is $35. What time would you like?").
  const asks = (question: string) => base.text === question || base.text.endsWith(` ${question}`);
  // A clarifying question may name a look-up's answer ("Your balance is {lookup_balance.balance}. …").
  const clarify = (p: string) => {
    const ask = agent?.responses?.clarify?.[p]?.ask;
    return ask !== undefined && (asks(ask) || templatePattern(ask).test(base.text));
  };
  const property =
    properties.find((p) => asks(askForArgument(agent, p)) || clarify(p)) ??
    propertyNamedInQuestion(properties, base.text);
  return property === undefined ? undefined : { kind: 'argument', property, attempt: base.attempt };
}

/**
 * A question in a tool's own words that names a property ("…What's your full name and date of
 * birth?" → fullName): the first property the closing question names, so the reply fills it.
 */
export function propertyNamedInQuestion(properties: readonly string[], said: string): string | undefined {
  const question = closingQuestion(said);
  if (!question) return undefined;
  const at = (p: string) => {
    const words = propertyWords(p).toLowerCase();
    return words.includes(' ') ? question.indexOf(words) : -1;
  };
  return properties.filter((p) => at(p) >= 0).sort((a, b) => at(a) - at(b))[0];
}

/**
 * The one property a question asks for: its closing question asks one thing (no "and", "or" or comma:
 * "What's your budget, and how many bedrooms…?" asks two) and names one property's words.
 */
function soleValueAsked(properties: readonly string[], said: string): string | undefined {
  const question = closingQuestion(said);
  if (!question || /,|\b(and|or)\b/.test(question)) return undefined;
  const names = (p: string) =>
    propertyWords(p)
      .toLowerCase()
      .split(' ')
      .some((w) => w.length > 3 && new RegExp(`\\b${w}`).test(question));
  const named = properties.filter(names);
  return named.length === 1 ? named[0] : undefined;
}

/** The last sentence of `said` when it is a question, lower-cased. */
function closingQuestion(said: string): string | undefined {
  return said.match(/(?:^|[.!?]\s+)([^.!?]*\?)\s*$/)?.[1]?.toLowerCase();
}

/** The customer's replies to this agent's argument questions, newest reply per property. */
export function answersByProperty(
  agent: NormalizedAgent | undefined,
  properties: readonly string[],
  exchanges: readonly Exchange[],
): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const exchange of exchanges) {
    const question = recognizeQuestion(agent, properties, exchange.asked);
    if (question?.kind === 'argument') answers[question.property] = exchange.answer;
  }
  return answers;
}

/** Whether the agent already asked for `property` at some point in the conversation. */
export function alreadyAsked(
  agent: NormalizedAgent | undefined,
  property: string,
  assistantTexts: readonly string[],
): boolean {
  const question = askForArgument(agent, property);
  return assistantTexts.some((text) => text.trim() === question);
}

const SALUTATION = /^(hi|hello|hey|hiya|howdy|greetings|yo|good (morning|afternoon|evening|day))\b/i;

/** A message that opens with a greeting ("hello there", "hi, I have a question"). */
export function isSalutation(text: string): boolean {
  return SALUTATION.test(text.trim());
}

/**
 * The question our last tool result asked with its choices listed (each choice a record holding the value
 * it needs), when that message is what we last said: an answer fills the value it is missing.
 */
export function askedWithChoices(view: ConversationView): AskedQuestion | undefined {
  const output = view.previousResult?.output as { message?: unknown } | undefined;
  const missing = missingArgument(output);
  if (missing === undefined || !listsChoicesFor(output, missing)) return undefined;
  const said = view.lastAssistantText?.trim() ?? '';
  if (!said.endsWith(String(output?.message).trim())) return undefined;
  const choices = Object.values(output as Record<string, unknown>)
    .filter(Array.isArray)
    .flatMap((items: unknown[]) => items.map((i) => (i as Record<string, unknown>)[missing]))
    .filter((v): v is string => typeof v === 'string');
  return { kind: 'argument', property: missing, attempt: 1, choices };
}
