import type { ConversationView } from '../conversationView.ts';
import { type FunctionTool, parametersOf } from '../modelItems.ts';
import { describeProperty } from '../propertyKinds.ts';
import { ADDED_TO } from './addedToRecord.ts';
import { recordMade } from './answersSinceMade.ts';
import { findTimeOfDay } from './slotValues.ts';

/**
 * "could you book me a beard trim as well, straight after" once a men's cut was booked for 09:00: the new
 * booking's day is that one's and its time is when that one ends (09:30), as a receptionist reads it. The
 * made record says its day and time (the call's arguments) and how long it takes (a `duration` in its
 * result, "30 minutes"); without a duration nothing is assumed. "right after 5pm" says a time, not this.
 */
const STRAIGHT_AFTER =
  /\b(?:(?:straight|right|just|directly|immediately)\s+after(?:wards)?|back[\s-]to[\s-]back)\b(?!\s*(?:\d|noon|midday|lunch))/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** The day and start time of a new record of `tool` said to follow the one just made, by property. */
export function valuesStraightAfter(
  view: ConversationView,
  tool: FunctionTool,
  said: readonly string[],
): Record<string, string> {
  // "can I add a beard trim to that?": added to the one made, so after it (forms/addedToRecord.ts).
  if (!said.some((s) => STRAIGHT_AFTER.test(s) || ADDED_TO.test(s))) return {};
  // "add a beard trim to that, at 11 if you can": the time said is the one wanted.
  if (said.some((s) => findTimeOfDay(s) !== undefined)) return {};
  const made = recordMade(view, tool.name);
  const output = made?.output as Record<string, unknown> | undefined;
  const minutes = durationMinutes(output?.duration);
  if (!made || minutes === undefined) return {};
  const properties = parametersOf(tool).properties ?? {};
  const kindOf = (p: string) => describeProperty(p, properties[p]).kind;
  const day = Object.keys(properties).find((p) => kindOf(p) === 'date');
  const time = Object.keys(properties).find((p) => kindOf(p) === 'time');
  // The time as the call gave it ("09:00"), else as the result says it was made ("… at 10:00": the call
  // had "at 10", the words the customer said, which the tool read).
  const start =
    time === undefined
      ? undefined
      : (/^(\d{1,2}):(\d{2})$/.exec(String(made.args[time] ?? '')) ?? clockInResult(output));
  if (!day || !time || !start || typeof made.args[day] !== 'string') return {};
  const ends = Number(start[1]) * 60 + Number(start[2]) + minutes;
  if (ends >= 24 * 60) return {};
  // With whom the made one is (a stylist the result names, one of the property's choices): the same.
  const same = Object.keys(properties).filter((p) => {
    const choices = describeProperty(p, properties[p]).enum ?? [];
    return typeof output?.[p] === 'string' && choices.includes(output[p] as string);
  });
  return {
    ...Object.fromEntries(same.map((p) => [p, output?.[p] as string])),
    [day]: made.args[day] as string,
    [time]: `${pad(Math.floor(ends / 60))}:${pad(ends % 60)}`,
  };
}

/** The one 24-hour clock time a made record's result says ("when": "Tuesday 1 December 2026 at 10:00"). */
function clockInResult(output: Record<string, unknown> | undefined): RegExpExecArray | null {
  const said = Object.values(output ?? {})
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => [...v.matchAll(/\b(\d{1,2}):(\d{2})\b/g)]);
  const times = new Set(said.map((m) => m[0]));
  return times.size === 1 ? said[0] : null;
}

/** "30 minutes", "1 hour", "1 hour 30 minutes", "90 min", or a number of minutes. */
function durationMinutes(value: unknown): number | undefined {
  if (typeof value === 'number' && value > 0) return value;
  if (typeof value !== 'string') return undefined;
  const hours = /(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b/i.exec(value);
  const mins = /(\d+)\s*(?:minutes?|mins?|m)\b/i.exec(value);
  if (!hours && !mins) return undefined;
  return Math.round((hours ? Number(hours[1]) * 60 : 0) + (mins ? Number(mins[1]) : 0));
}

/**
 * The arguments with the values straight after the record made (`valuesStraightAfter`) over the ones read
 * from the messages: "tomorrow at 10" was said for the men's cut booked, and "can I add a beard trim to
 * that?" was read back at 10 again, with the stylist busy then. The messages outrank the state elsewhere.
 */
export function overAfterMade<T extends { args: Record<string, unknown> }>(
  fill: T,
  after: Record<string, string>,
): T {
  return Object.keys(after).length === 0 ? fill : { ...fill, args: { ...fill.args, ...after } };
}
