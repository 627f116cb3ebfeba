import type { NormalizedAgent, NormalizedGraph } from '../../../graph/types.ts';
import { recognizeQuestion } from '../askedQuestions.ts';
import type { ToolResult } from '../conversationView.ts';
import { replyForDesk } from './deskReply.ts';
import { MOVE_OR_CANCEL } from './moveOrCancel.ts';
import { resultText } from './resultText.ts';

/**
 * Whether a desk's words (an agent used as a tool) end with one of that desk's own slot questions
 * ("What's the new phone number?" from the records desk), asked plainly, rephrased or with a person
 * offered. The desk keeps no memory: "it's 555-0198" reached it alone and meant nothing to it, so such
 * a reply is relayed with the request and the question it answers (`replyForDesk`, deskReply.ts).
 */
export function asksDeskSlot(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  deskToolName: string,
  said: string | undefined,
): boolean {
  const deskName = agent?.agentTools?.find((t) => t.toolName === deskToolName)?.agent;
  const desk = deskName === undefined ? undefined : graph.byName.get(deskName);
  if (!desk || !said) return false;
  // "…move it to another day, or cancel it?": the reply picks one of the request's changes.
  if (said.trim().endsWith(MOVE_OR_CANCEL)) return true;
  const properties = new Set(Object.keys(desk.responses?.askFor ?? {}));
  for (const tool of desk.tools)
    for (const name of Object.keys(tool.parameters?.shape ?? {})) properties.add(name);
  return recognizeQuestion(desk, [...properties], said)?.kind === 'argument';
}

/** What the customer's reply to a desk's question is passed on to that desk as. */
export function deskInput(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  desk: ToolResult,
  text: string,
): string {
  return replyForDesk(desk, text, asksDeskSlot(graph, agent, desk.name, resultText(desk)));
}
