import type { NormalizedAgent } from '../../../graph/types.ts';
import type { ConversationView } from '../conversationView.ts';
import type { FunctionTool } from '../modelItems.ts';
import { askStep, type FormStep } from './formTurn.ts';
import { partLeftOut, partQuestion } from './partOfTheWhole.ts';

/**
 * The form's step for a change whose part was left out ("I need to pay some of my bill"): the look-up
 * that names the whole, or the question for the part, asked as a form asks (rephrased, then a person).
 */
export function partStep(input: {
  agent: NormalizedAgent | undefined;
  tool: FunctionTool;
  args: Record<string, unknown>;
  focusText: string;
  view: ConversationView;
  tools: readonly FunctionTool[];
  form: Omit<Parameters<typeof askStep>[0], 'agent' | 'property' | 'question'>;
}): FormStep | undefined {
  const { agent, view, tools } = input;
  const part = partLeftOut(agent, input.tool, input.args, input.focusText);
  if (part === undefined) return undefined;
  const next = partQuestion(agent, part, view, tools);
  if (next === undefined) return undefined;
  return 'call' in next ? next : askStep({ ...input.form, agent, property: part, question: next.say });
}
