import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import { tokenize } from '../../routing/textFeatures.ts';
import { inToolWords } from './customerWords.ts';
import { requestClauses } from './forms/statedReason.ts';
import type { FunctionTool } from './modelItems.ts';
import { namesAction, verbOf } from './toolMatcher.ts';

/** "i wanna know if my insurance covers it": a clause asking to know something asks for no change. */
const TO_KNOW = /\b(?:know|find out|wonder\w*|understand|check|ask)\b/i;
/** "…before i book anything": the change said after "before" is not asked for yet. */
const NOT_YET = /\bbefore\s+(?:i|we)\b.*$/i;

/**
 * "hi I got a statement for physical therapy, want to just pay it off", "I'm calling about my son's
 * school physical. We can't make the day it's booked for and I'd like to move it": the clause that asks
 * for something says an action (pay, move) that only one desk (an agent used as a tool) makes. The
 * words around it had matched another desk or none ("physical therapy" the insurance desk's coverage;
 * the menu for the school physical), and the payment or the move asked for never began. The desk whose
 * changes the asking clause names, when exactly one desk's do.
 */
export function deskForAction(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  text: string,
  tools: readonly FunctionTool[],
): FunctionTool | undefined {
  const desks = agent?.agentTools ?? [];
  if (desks.length < 2) return undefined;
  const clauses = requestClauses(text)
    .filter((c) => !TO_KNOW.test(c))
    .map((c) => tokenize(inToolWords(c.replace(NOT_YET, ''))));
  if (clauses.length === 0) return undefined;
  const doing = desks.filter((desk) =>
    (graph.byName.get(desk.agent)?.tools ?? []).some(
      (t) =>
        t.sideEffect && clauses.some((words) => namesAction(words, t.name) || words.includes(verbOf(t.name))),
    ),
  );
  return doing.length === 1 ? tools.find((t) => t.name === doing[0].toolName) : undefined;
}

/**
 * Whether the desk the message's words matched makes no change at all (it only answers: coverage,
 * plans): only then is the asking clause's desk put in its place. A desk that makes changes of its own
 * keeps a message it matched ("I need to change the time of my blood pressure follow up" is the
 * appointments desk's, though "change" is what the records desk does to a phone number).
 */
export function answersOnly(
  graph: NormalizedGraph,
  agent: NormalizedAgent | undefined,
  toolName: string,
): boolean {
  const desk = agent?.agentTools?.find((d) => d.toolName === toolName);
  const tools = desk ? graph.byName.get(desk.agent)?.tools : undefined;
  return tools?.every((t) => !t.sideEffect) === true;
}
