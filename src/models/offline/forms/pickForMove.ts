import type { ConversationView, ToolResult } from '../conversationView.ts';
import { type FunctionTool, parametersOf } from '../modelItems.ts';
import { describeProperty } from '../propertyKinds.ts';
import { isFailure } from '../responseTemplates.ts';
import { makesNewRecord, verbOf } from '../toolActions.ts';
import { requestedChangeAt } from './lookUpFirst.ts';
import { choiceFromOffer } from './pendingRequests.ts';
import { listedRecords } from './resultText.ts';

/**
 * An integrity fault found by chatting at the night line: "I need to move my appointment", the name and
 * number, "do you have anything thursday afternoon?" listed openings, and "the 1:30 please" BOOKED the
 * 1:30 — a second appointment, the one to move still held. A pick from openings offered while a move the
 * caller asked for is not yet made is the move's new day, time and doctor, read from the item picked
 * (its date, its time, a value one of the move's choices names), never a new booking.
 */

/** The move the customer asked for (the newest change asked) and not made since: its tool and the message. */
export function moveInProgress(
  view: ConversationView,
  tools: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
): { tool: FunctionTool; request: string } | undefined {
  const earlier = view.userMessages.slice(0, -1);
  const asked = requestedChangeAt(earlier, tools, changesData);
  if (!asked || verbOf(asked.tool.name) !== 'reschedule') return undefined;
  const madeSince = view.earlierResults.some(
    (r) => r.name === asked.tool.name && (r.messagesBefore ?? 0) > asked.at && !isFailure(r.output),
  );
  return madeSince ? undefined : { tool: asked.tool, request: earlier[asked.at] };
}

/** The values of the item `value` picks from `offer`, as the move's properties take them. */
export function moveValuesOfPick(
  move: FunctionTool,
  offer: ToolResult,
  value: string,
): Record<string, string> | undefined {
  const item = listedRecords(offer.output).find((i) => Object.values(i).includes(value));
  if (!item) return undefined;
  const strings = Object.values(item).filter((v): v is string => typeof v === 'string');
  const properties = parametersOf(move).properties ?? {};
  const out: Record<string, string> = {};
  for (const [name, raw] of Object.entries(properties)) {
    const info = describeProperty(name, raw as Record<string, unknown>);
    if (info.kind === 'date' && /^new\b/i.test(info.description)) {
      const day = strings.find((v) => /^\d{4}-\d{2}-\d{2}$/.test(v));
      if (day) out[name] = day;
    } else if (info.kind === 'time' && /^new\b/i.test(info.description)) {
      const time = strings.find((v) => /^\d{1,2}:\d{2}$/.test(v));
      if (time) out[name] = time;
    } else if (info.kind === 'enum') {
      const named = strings.find((v) => info.enum?.some((c) => c.toLowerCase() === v.toLowerCase()));
      const choice = named && info.enum?.find((c) => c.toLowerCase() === named.toLowerCase());
      if (choice) out[name] = choice;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The move waiting and the values of the opening chosen from `offer`; undefined when the pick is no new record. */
export function moveOfPick(input: {
  view: ConversationView;
  tools: readonly FunctionTool[];
  changesData: (toolName: string) => boolean;
  offer: ToolResult;
  choice: { tool: FunctionTool; value: string };
}): { move: { tool: FunctionTool; request: string }; values: Record<string, string> } | undefined {
  const { view, tools, changesData, offer, choice } = input;
  if (!makesNewRecord(choice.tool.name)) return undefined;
  const move = moveInProgress(view, tools, changesData);
  const values = move && moveValuesOfPick(move.tool, offer, choice.value);
  return move && values ? { move, values } : undefined;
}

/** The same for an opening `text` picks from `offer`, when it picks one. */
export function pickForWaitingMove(input: {
  view: ConversationView;
  text: string;
  tools: readonly FunctionTool[];
  changesData: (toolName: string) => boolean;
  offer: ToolResult;
}): ReturnType<typeof moveOfPick> {
  const { view, text, tools, changesData, offer } = input;
  const choice = choiceFromOffer(offer, text, tools, changesData, view);
  return choice && moveOfPick({ view, tools, changesData, offer, choice });
}
