import type { AgentInputItem } from '@openai/agents-core';
import { withoutTypos } from './customerTypos.ts';
import { withListedPickNamed } from './listedPicks.ts';
import { writtenAsDigits } from './spokenNumbers.ts';
import { spelledOut } from './textingWords.ts';

/** A tool result at the end of the input, with the arguments of the call that produced it. */
export type ToolResult = {
  name: string;
  callId: string;
  output: unknown;
  args: Record<string, unknown>;
  /** How many user messages came before the result: `userMessages.slice(messagesBefore)` came after it. */
  messagesBefore?: number;
};

/** A user message and the assistant text that came right before it (what the user was answering). */
export type Exchange = { asked: string | undefined; answer: string };

/** What the offline model needs to know about the conversation so far, read from `request.input`. */
export type ConversationView = {
  /** Every user message text, oldest first. */
  userMessages: string[];
  latestUserMessage: string | undefined;
  /** Results of this agent's function tools that end the input (the model must answer from them). */
  trailingResults: ToolResult[];
  /** Function tools already called since the latest user message. */
  calledThisTurn: Set<string>;
  /** Control just arrived here through a handoff, in the same user turn. */
  arrivedByHandoff: boolean;
  /** Whether this agent already said something since control last came to it. */
  agentHasReplied: boolean;
  lastAssistantText: string | undefined;
  /** Every assistant text, oldest first (to know what was already said, e.g. the greeting). */
  assistantTexts: string[];
  /** One per user message, oldest first: the assistant's last words before it, and the message. */
  exchanges: Exchange[];
  /** The last result of one of this agent's tools before the latest user message, if any. */
  previousResult: ToolResult | undefined;
  /** This agent's tool results before the latest user message, newest first (previousResult first). */
  earlierResults: ToolResult[];
  /** This agent's tool results since the latest user message but before the trailing ones, newest first. */
  earlierThisTurn: ToolResult[];
};

type Item = Record<string, any>;

export function readConversation(
  input: string | AgentInputItem[],
  context: { agentName: string; functionTools: ReadonlySet<string>; handoffTools: ReadonlySet<string> },
): ConversationView {
  const items: Item[] =
    typeof input === 'string' ? [{ type: 'message', role: 'user', content: input }] : input;
  const isHandoffResult = (item: Item) =>
    item.type === 'function_call_result' &&
    (context.handoffTools.has(item.name) || transferTarget(item) !== undefined);

  const userMessages: string[] = [];
  let lastUserIndex = -1;
  let arrivalIndex = -1;
  let lastAssistantIndex = -1;
  let lastAssistantText: string | undefined;
  const assistantTexts: string[] = [];
  const exchanges: Exchange[] = [];
  let askedSinceUser: string | undefined;
  const messagesBefore: number[] = [];
  items.forEach((item, index) => {
    messagesBefore[index] = userMessages.length;
    if (isMessage(item, 'user')) {
      // A blank message still starts a new user turn (the model then asks what the customer needs).
      // Read in the template's words: "can i c LST-1003" asks to see it (textingWords.ts); a
      // transcript's "five five five oh one two eight" is a phone number (spokenNumbers.ts); "resheduel
      // my apointment" is typed in a hurry (customerTypos.ts); "the second one" in a sentence after a list
      // of homes is that home's reference (listedPicks.ts).
      const said = withListedPickNamed(
        writtenAsDigits(withoutTypos(spelledOut(messageText(item)))),
        askedSinceUser === undefined ? [] : assistantTexts,
      );
      userMessages.push(said);
      exchanges.push({ asked: askedSinceUser, answer: said });
      askedSinceUser = undefined;
      lastUserIndex = index;
    } else if (isMessage(item, 'assistant')) {
      lastAssistantIndex = index;
      lastAssistantText = messageText(item);
      assistantTexts.push(lastAssistantText);
      askedSinceUser = lastAssistantText;
    } else if (isHandoffResult(item) && transferTarget(item) === context.agentName) {
      arrivalIndex = index;
    }
  });

  const calls = new Map<string, Item>();
  const calledThisTurn = new Set<string>();
  items.forEach((item, index) => {
    if (item.type !== 'function_call') return;
    calls.set(item.callId, item);
    if (index > lastUserIndex && context.functionTools.has(item.name)) calledThisTurn.add(item.name);
  });

  const earlierResults: ToolResult[] = [];
  for (let i = lastUserIndex - 1; i >= 0; i--) {
    const item = items[i];
    if (item.type === 'function_call_result' && context.functionTools.has(item.name))
      earlierResults.push(toolResult(item, calls, messagesBefore[i]));
  }
  const previousResult = earlierResults[0];

  const trailingResults: ToolResult[] = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item.type !== 'function_call_result' || !context.functionTools.has(item.name)) break;
    trailingResults.unshift(toolResult(item, calls, messagesBefore[i]));
  }

  const earlierThisTurn: ToolResult[] = [];
  for (let i = items.length - 1 - trailingResults.length; i > lastUserIndex; i--) {
    const item = items[i];
    if (item.type === 'function_call_result' && context.functionTools.has(item.name))
      earlierThisTurn.push(toolResult(item, calls, messagesBefore[i]));
  }

  const last = items.at(-1);
  return {
    userMessages,
    latestUserMessage: userMessages.at(-1),
    trailingResults,
    calledThisTurn,
    arrivedByHandoff: last !== undefined && isHandoffResult(last) && items.indexOf(last) > lastUserIndex,
    agentHasReplied: lastAssistantIndex > arrivalIndex,
    lastAssistantText,
    assistantTexts,
    exchanges,
    previousResult,
    earlierResults,
    earlierThisTurn,
  };
}

function toolResult(item: Item, calls: ReadonlyMap<string, Item>, messagesBefore: number): ToolResult {
  return {
    name: item.name,
    callId: item.callId,
    output: parseOutput(item.output),
    args: parseArguments(calls.get(item.callId)?.arguments),
    messagesBefore,
  };
}

function isMessage(item: Item, role: 'user' | 'assistant'): boolean {
  return (item.type === undefined || item.type === 'message') && item.role === role;
}

/** Text of a user or assistant message, whatever content shape it has. */
export function messageText(item: Item): string {
  const content = item.content;
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: Item) =>
      typeof part.text === 'string' ? part.text : typeof part.transcript === 'string' ? part.transcript : '',
    )
    .filter((t: string) => t !== '')
    .join(' ');
}

/** The SDK's handoff result is `{"assistant":"<agent>"}`. */
function transferTarget(item: Item): string | undefined {
  const output = parseOutput(item.output);
  return output && typeof output === 'object' && typeof (output as Item).assistant === 'string'
    ? (output as Item).assistant
    : undefined;
}

/** Tool output as the SDK recorded it (string, `{type:'text'}`, or content parts), JSON-decoded when possible. */
export function parseOutput(output: unknown): unknown {
  let text: string | undefined;
  if (typeof output === 'string') text = output;
  else if (Array.isArray(output)) {
    text = output.map((p: Item) => (typeof p?.text === 'string' ? p.text : '')).join('');
  } else if (output && typeof output === 'object' && typeof (output as Item).text === 'string') {
    text = (output as Item).text;
  }
  if (text === undefined) return output;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function parseArguments(raw: unknown): Record<string, unknown> {
  if (typeof raw !== 'string') return {};
  try {
    const parsed = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}
