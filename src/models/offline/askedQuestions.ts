import type { NormalizedAgent } from '../../graph/types.ts';
import type { Exchange } from './conversationView.ts';
import { askForArgument } from './responseTemplates.ts';

/**
 * What the agent asked the customer, recognised from its own words: the offline model asks with fixed
 * sentences (the agent's `askFor` templates, the generic question, the greeting), so the exact text
 * of a previous reply says which question the customer's next message answers.
 */
export type AskedQuestion = { kind: 'greeting' } | { kind: 'argument'; property: string };

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

/** The question `text` is, if it is one of this agent's questions. */
export function recognizeQuestion(
  agent: NormalizedAgent | undefined,
  properties: readonly string[],
  text: string | undefined,
): AskedQuestion | undefined {
  const said = text?.trim();
  if (!said) return undefined;
  if (agent?.responses?.greeting && said === agent.responses.greeting.trim()) return { kind: 'greeting' };
  const property = properties.find((p) => askForArgument(agent, p) === said);
  return property === undefined ? undefined : { kind: 'argument', property };
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
