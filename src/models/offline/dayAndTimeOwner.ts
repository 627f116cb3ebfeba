import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import type { SwitchboardTool } from '../../tools/defineTool.ts';
import { saysDayAtAddress, takesDayAtAddress } from './addressOwner.ts';
import type { JsonSchema } from './argumentExtraction.ts';
import { findDate } from './entityExtractors.ts';
import { fixedAnswer } from './forms/digressions.ts';
import { describeProperty } from './propertyKinds.ts';
import { jsonSchemaOf } from './referenceOwner.ts';
import { writtenAsDigits } from './spokenNumbers.ts';
import { makesNewRecord } from './toolActions.ts';

/**
 * "That sounds just right. Could my wife and I have a look at it on Wednesday, at two in the afternoon?",
 * said to the buyers' desk after it read out a home: a day and a time asked for, to a desk none of whose
 * tools takes a day, is for the desk whose booking does. The router kept it at the buyers' desk ("have a
 * look at it" shares no word with a viewing), which read the home out again. Like a reference going to
 * its look-up (referenceOwner.ts), the values decide: a day with a clock time, and exactly one desk
 * within reach whose change takes a day. From a specialist with no such neighbour, back to the front
 * desk when it has exactly one (it sends it on by the same rule).
 */

type Transfer = { toolName: string; args: { reason: string; intent: string } };

/** A clock time: "2pm", "10:30", "at 2" (number words written as digits first), "noon". */
const CLOCK_TIME =
  /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d{2}\b|\bat\s+\d{1,2}\b(?![:/.-]?\d)|\bnoon\b/i;

/** A call asked for at that time ("call me Wednesday at 2") is the call-back desk's, not a booking. */
const CALL_ASKED = /\b(?:call|ring|phone)\s+(?:me|us)\b|\bcall\s*back\b/i;

/** A tool that changes data and takes a calendar day. */
function booksADay(tool: SwitchboardTool): boolean {
  if (!tool.sideEffect) return false;
  const properties: Record<string, JsonSchema> = jsonSchemaOf(tool).properties ?? {};
  return Object.entries(properties).some(([name, p]) => describeProperty(name, p).kind === 'date');
}

const takesADay = (agent: NormalizedAgent | undefined) => agent?.tools.some(booksADay) === true;

/**
 * "a trim on saturday please", handed to the salon's booking desk by the front desk: no verb, no tool's
 * words, so the desk greeted the caller with "What would you like done, and which day suits you?", and
 * the service said was lost to the booking after. A day asked for at the desk the message was just routed
 * to, whose one new booking takes a day, is that booking. Only when nothing of ours matched and nothing is
 * asked or awaited (the caller of this checks), never for a question the agent's own answers take ("are
 * you open on saturday?": the hours).
 */
export function bookingForDayAsked(
  agent: NormalizedAgent | undefined,
  text: string,
  tools: readonly { name: string }[],
  now: Date,
): string | undefined {
  if (!agent || fixedAnswer(agent, text) !== undefined || findDate(writtenAsDigits(text), now) === undefined)
    return undefined;
  const bookings = agent.tools.filter(
    (t) => booksADay(t) && makesNewRecord(t.name) && tools.some((u) => u.name === t.name),
  );
  return bookings.length === 1 ? bookings[0].name : undefined;
}

export function dayAndTimeOwner(
  graph: NormalizedGraph,
  agentName: string,
  text: string,
  enabledHandoffs: readonly string[],
  now: Date,
): Transfer | undefined {
  const agent = graph.byName.get(agentName);
  if (!agent || takesADay(agent) || CALL_ASKED.test(text)) return undefined;
  const digits = writtenAsDigits(text);
  if (!CLOCK_TIME.test(digits) || findDate(digits, now) === undefined) return undefined;
  const reachable = (from: NormalizedAgent) =>
    from.handoffs.filter((e) => !e.system && !graph.byName.get(e.to)?.human);
  const bookers = reachable(agent).filter((e) => takesADay(graph.byName.get(e.to)));
  const entry = graph.byName.get(graph.entry);
  const viaEntry =
    bookers.length === 0 && agentName !== graph.entry && entry
      ? reachable(entry).filter((e) => takesADay(graph.byName.get(e.to)))
      : [];
  const back = agent.handoffs.find((e) => e.to === graph.entry);
  const edge = bookers.length === 1 ? bookers[0] : viaEntry.length === 1 ? back : undefined;
  if (!edge || !enabledHandoffs.includes(edge.toolName)) return undefined;
  return {
    toolName: edge.toolName,
    args: {
      reason: `Customer asks for a day and a time, which ${edge.to} books: "${text}"`,
      intent: 'booking.day_and_time',
    },
  };
}

/** A change that takes a day and a home by its street address (a viewing's booking). */
const booksADayAtAnAddress = (tool: SwitchboardTool) =>
  tool.sideEffect === true && takesDayAtAddress(jsonSchemaOf(tool));

/**
 * "Hi there, could I come and look at 27 Willow Court on Thursday?" at the front desk, which the router
 * kept there ("come and look at" shares no word with a viewing): a home named by its street address and
 * a day are for the one desk within reach whose change takes both. The front desk had answered with its
 * menu to that and to every message after (dev20). The front desk's off-topic keeps name no street
 * address ("book a table for two at 7 tonight"), so this holds where `dayAndTimeOwner` does not.
 */
export function dayAtAddressOwner(
  graph: NormalizedGraph,
  agentName: string,
  text: string,
  enabledHandoffs: readonly string[],
  now: Date,
): Transfer | undefined {
  const agent = graph.byName.get(agentName);
  if (!agent || agent.tools.some(booksADayAtAnAddress) || CALL_ASKED.test(text)) return undefined;
  if (!saysDayAtAddress(text, now)) return undefined;
  const desks = agent.handoffs.filter(
    (e) =>
      !e.system &&
      enabledHandoffs.includes(e.toolName) &&
      graph.byName.get(e.to)?.tools.some(booksADayAtAnAddress) === true,
  );
  if (desks.length !== 1) return undefined;
  return {
    toolName: desks[0].toolName,
    args: {
      reason: `Customer asks for a day at a home named by its address, which ${desks[0].to} books: "${text}"`,
      intent: 'booking.day_at_address',
    },
  };
}
