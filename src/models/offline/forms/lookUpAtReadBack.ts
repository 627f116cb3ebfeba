import { type ChosenToolTurn, chosenToolStep } from '../chosenToolStep.ts';
import type { FunctionTool } from '../modelItems.ts';
import type { ChosenTool } from '../toolChoice.ts';
import { asksSomewhere, isYes } from './digressions.ts';

type ReadBackAside = Omit<ChosenToolTurn, 'chosen' | 'picked' | 'asked' | 'confirming'> & {
  /** The change whose read-back is open. */
  confirming: FunctionTool | undefined;
  /** The tool the message asks for, read as a new request (no open question). */
  choose: (text: string) => ChosenTool | undefined;
};

/**
 * "how much would that be?" to a read-back: a look-up that answers it runs first, and the read-back
 * follows its answer (replyToResults); only a yes makes the change. The call to make, if the message is
 * such a question and a look-up of ours takes it; never another change.
 */
export function lookUpAtReadBack(
  turn: ReadBackAside,
): { call: string; args: Record<string, unknown> } | undefined {
  const { confirming, text, choose, changesData } = turn;
  if (!confirming || !asksSomewhere(text) || isYes(text)) return undefined;
  // The question's own sentence: "Before you book it - does the Growth plan include call recording?
  // That's the main thing we need" chose the booking on "book" (the change read back), and no look-up ran.
  const question =
    text
      .match(/[^.?!]*\?/g)
      ?.at(-1)
      ?.replace(/^.*\s[-–—]\s/, '') ?? text;
  const aside = choose(question) ?? choose(text);
  if (!aside || aside.tool.name === confirming.name || changesData(aside.tool.name)) return undefined;
  const step = chosenToolStep({
    ...turn,
    chosen: aside,
    picked: undefined,
    asked: undefined,
    confirming: undefined,
  });
  return 'call' in step ? { call: step.call, args: step.args } : undefined;
}
