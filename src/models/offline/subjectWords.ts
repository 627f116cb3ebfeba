import { isFreeTextProperty } from './argumentExtraction.ts';
import type { ConversationView } from './conversationView.ts';
import { isQuestion } from './forms/digressions.ts';
import { distinctWords, listedThings } from './listedThings.ts';
import { type FunctionTool, parametersOf } from './modelItems.ts';
import { scoreTools, type ToolDoc } from './toolMatcher.ts';

export { distinctWords, listedThings };

/** "do you do balayage?", "can you do keratin", "do u offer highlights": whether we offer a thing. */
export const ASKS_IF_OFFERED = /\b(?:do|can|could)\s+(?:you|u|ya)\s+(?:guys\s+)?(?:do|offer|provide)\b/i;

/** The thing asked about in "do you do balayage?": the words after the asking. */
export function askedIfOffered(text: string): string[] {
  const m = text.match(ASKS_IF_OFFERED);
  return m?.index === undefined ? [] : distinctWords(text.slice(m.index + m[0].length));
}

/**
 * Questions pointing back at something said before: "how much is it?", "how long does that take?"
 * (mid-form, at what the form is for: "actually wait whats the price").
 */
export const POINTS_BACK = /\b(that|it|this|the (price|cost|total))\b|^\W*(\w+\W+){0,3}how (much|long)\W*$/i;

/**
 * "how long does it take?", "how much is it?": a question pointing back with no subject of its own,
 * about what was just talked about.
 */
export function pointsBackWithoutSubject(text: string): boolean {
  return isQuestion(text) && POINTS_BACK.test(text) && distinctWords(text).length === 0;
}

type Chosen = { tool: FunctionTool; focusText: string };

/**
 * "how much is it?" right after "do you do balayage?" (answered by another agent, or not at all): a
 * question pointing back, with no subject of its own, about what the customer's message before named.
 * Asked of the look-up taking a free-text value whose description names a word of that message (the
 * colour quote names balayage), with that message as what it is about. Only when this message names
 * nothing the look-up's description does: "how much is a toner?" is about the toner.
 */
export function questionAboutEarlierSubject(
  text: string,
  available: readonly FunctionTool[],
  view: ConversationView,
  changesData: (name: string) => boolean,
): Chosen | undefined {
  if (!isQuestion(text) || !POINTS_BACK.test(text)) return undefined;
  const before = view.userMessages.at(-2);
  if (before === undefined) return undefined;
  const lookUps = available.filter(
    (t) =>
      !changesData(t.name) &&
      Object.keys(parametersOf(t).properties ?? {}).some((p) => isFreeTextProperty(parametersOf(t), p)),
  );
  // A shared stem of five letters ("treatments" names the price list's "treatment").
  const names = (message: string, tool: FunctionTool) =>
    distinctWords(message).some((w) =>
      distinctWords(tool.description ?? '').some((d) => w.slice(0, 5) === d.slice(0, 5)),
    );
  const about = lookUps.filter((t) => names(before, t) && !names(text, t));
  if (about.length !== 1) return undefined;
  return { tool: about[0], focusText: before };
}

/**
 * "do you do balayage?" shares too few words with the colour quote's long description to clear the
 * bar (0.16), but balayage is among the things it lists, and no other tool of ours lists it: asked
 * whether we offer such a thing, the question is for that look-up.
 */
export function lookUpNamingThing(
  text: string,
  available: readonly FunctionTool[],
  changesData: (name: string) => boolean,
): Chosen | undefined {
  if (!isQuestion(text)) return undefined;
  const said = askedIfOffered(text);
  const naming = available.filter((t) => said.some((w) => listedThings(t.description ?? '').includes(w)));
  if (naming.length !== 1 || changesData(naming[0].name)) return undefined;
  return { tool: naming[0], focusText: text };
}

/**
 * "how much is that?" asked mid-form: a question pointing back at what the form is for, asked of
 * the look-up that takes the same free-text value (the price list takes the service), with the
 * form's request as what it is about. Such short questions share too few words with any tool.
 */
export function questionAboutFormSubject(
  pending: Chosen,
  text: string,
  available: readonly FunctionTool[],
  by: {
    changesData: (name: string) => boolean;
    docs: (tools: readonly FunctionTool[]) => ToolDoc[];
    threshold: number;
  },
): Chosen | undefined {
  const again = askedAgainOfLookUp(pending, text, available, by.changesData);
  if (again) return again;
  if (!POINTS_BACK.test(text)) return undefined;
  const schema = parametersOf(pending.tool);
  const free = Object.keys(schema.properties ?? {}).filter((p) => isFreeTextProperty(schema, p));
  const lookUps = available.filter(
    (t) => !by.changesData(t.name) && free.some((p) => isFreeTextProperty(parametersOf(t), p)),
  );
  const [best] = scoreTools(text, by.docs(lookUps));
  if (!best || best.score < by.threshold / 2) return undefined;
  return { tool: lookUps.find((t) => t.name === best.name)!, focusText: pending.focusText };
}

/**
 * "And roughly how long would I be sat there?" while the colour quote waits for the hair length: the
 * quote's own reply said how long, and the form, finding no length in it, said "Sorry, I didn't catch
 * that". How much or how long, asked of a look-up under way and naming nothing any of our tools lists,
 * is asked of that look-up again: its reply says what it knows and asks what it still needs.
 */
const HOW_MUCH_OR_LONG = /\bhow (?:much|long)\b/i;

function askedAgainOfLookUp(
  pending: Chosen,
  text: string,
  available: readonly FunctionTool[],
  changesData: (name: string) => boolean,
): Chosen | undefined {
  if (changesData(pending.tool.name) || !HOW_MUCH_OR_LONG.test(text)) return undefined;
  const said = distinctWords(text);
  const named = available.some((t) => listedThings(t.description ?? '').some((w) => said.includes(w)));
  return named ? undefined : { tool: pending.tool, focusText: pending.focusText };
}
