import type { FunctionTool } from '../modelItems.ts';
import { makesNewRecord, verbOf } from '../toolActions.ts';

/**
 * "it's on a Sunday and I'd rather not. can it be this Thursday at 1pm with Dr Patel?" right after the
 * caller's one appointment was read out: "it" is that appointment, and the day and time are where it
 * should go. Read without it, the words were a search for openings, and the pick of one booked a second
 * visit beside the Sunday one (a side effect on the wrong record). A desk consulted as a tool keeps no
 * history, so the record "it" points at is the one the conversation's state holds (`appointmentId`,
 * `bookingRef`, `tourId`: set by the look-up that showed it), and only while no opening is on offer for
 * a new booking (the new booking's own reference held in state: "can it be thursday instead?" then
 * asks about the opening, not the visit already held).
 */

const WHEN =
  "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|o'?clock)|morning|afternoon|evening|later|earlier|sooner)\\b";
const BEFORE_WHEN = '(?:on\\s+|at\\s+|for\\s+|to\\s+|in\\s+)?(?:this\\s+|next\\s+|the\\s+|a\\s+)?';

/**
 * The thing already held, said by a pronoun, asked to be at another day or time: "can it be this Thursday
 * at 1pm", "could that be at 3pm", "can we make it Friday", "could you do it tomorrow", "I'd rather have it
 * on Monday". Not "can I book Thursday" (no pronoun: a new booking's words) nor "what time is it".
 */
const IT_AT_ANOTHER_TIME = new RegExp(
  [
    `\\b(?:can|could|would|will|may)\\s+(?:it|that|this)(?:\\s+one)?\\s+(?:be|go|happen)\\s+${BEFORE_WHEN}${WHEN}`,
    `\\b(?:can|could|would)\\s+(?:we|i|you)\\s+(?:make|do|have|put|switch|shift)\\s+(?:it|that|this)(?:\\s+one)?\\s+${BEFORE_WHEN}${WHEN}`,
    `\\b(?:i'?d|i\\s+would)\\s+(?:rather|prefer(?:\\s+to)?)\\s+(?:have\\s+it|it\\s+(?:be|was|were)|do\\s+it)\\s+${BEFORE_WHEN}${WHEN}`,
  ].join('|'),
  'i',
);

/** A new booking said outright: "book", "a new appointment", "another one". Then "it" is no held record. */
const NEW_ONE_SAID = /\b(?:book|new|another|second|extra|additional)\b/i;

type Values = Readonly<Record<string, unknown>>;

const propertiesOf = (tool: FunctionTool) =>
  Object.keys((tool.parameters as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});

/** A parameter naming a record by its reference (`appointmentId`, `bookingRef`, `tourId`, `bookedSlotId`). */
const isReference = (name: string) => /(?:Id|Ref)$/.test(name);

const held = (state: Values, name: string) => typeof state[name] === 'string' && state[name] !== '';

/** The agent's move of a record its state holds, when the message asks "it" to be at another time. */
export function heldRecordMove(
  text: string,
  tools: readonly FunctionTool[],
  state: Values,
  changesData: (name: string) => boolean,
): FunctionTool | undefined {
  if (!IT_AT_ANOTHER_TIME.test(text) || NEW_ONE_SAID.test(text)) return undefined;
  const move = tools.find((t) => changesData(t.name) && verbOf(t.name) === 'reschedule');
  if (!move || !propertiesOf(move).some((p) => isReference(p) && held(state, p))) return undefined;
  // An opening offered for a new booking and not taken yet: "it" may be that opening.
  const offered = tools.some(
    (t) =>
      changesData(t.name) &&
      makesNewRecord(t.name) &&
      propertiesOf(t).some((p) => isReference(p) && !propertiesOf(move).includes(p) && held(state, p)),
  );
  return offered ? undefined : move;
}
