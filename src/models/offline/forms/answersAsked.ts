import type { NormalizedAgent } from '../../../graph/types.ts';
import { findPropertyValue, namedAnswer, propertiesNamedIn } from '../argumentExtraction.ts';
import type { AskedQuestion } from '../askedQuestions.ts';
import { STREET_ADDRESS, STREET_ADDRESS_PROPERTY } from '../entityExtractors.ts';
import { type FunctionTool, parametersOf } from '../modelItems.ts';
import { criterionAnsweringGreeting } from '../statedCriteria.ts';
import type { ToolDoc } from '../toolMatcher.ts';
import { choiceAnswered } from './choiceAnswered.ts';
import { isQuestion } from './digressions.ts';
import { answersFreeTextQuestion, reasonAtReadBack } from './freeTextAnswer.ts';
import { agreesWithAside, replyAboutReadBack, restatesWithAgreement } from './plainConfirmation.ts';

/**
 * Whether `text` verifiably answers the question we asked: it names a value one of our tools takes
 * ("ACC-1004", "WH-303"), or the asked property's own finder reads a value from it ("scale" for a
 * plan, "next Tuesday" for a date), or a criterion answers the greeting ("up to a million" to "What's
 * your budget…?", statedCriteria.ts). Such a message is never a topic change.
 */
export function answersAsked(input: {
  agent: NormalizedAgent | undefined;
  asked: AskedQuestion | undefined;
  text: string;
  tools: readonly FunctionTool[];
  now: Date;
  changesData: (toolName: string) => boolean;
  docs: (tools: readonly FunctionTool[]) => ToolDoc[];
  threshold: number;
  elsewhere: readonly ToolDoc[];
}): boolean {
  const { agent, asked, text, tools, now } = input;
  if (!asked) return false;
  if (tools.some((t) => propertiesNamedIn(parametersOf(t), text, now).length > 0)) return true;
  if (asked.kind === 'confirm' && replyAboutReadBack(text, asked.tool)) return true;
  // "Yes, Thursday the 12th at 9. Thanks." to a move's read-back: agreement that says its values again is
  // the read-back's (the day and time had sent it to the booking desk, which asked for a service). The
  // form then checks the values are the ones read back.
  if (asked.kind === 'confirm' && (restatesWithAgreement(text) || agreesWithAside(text, asked.tool)))
    return true;
  const greeting = {
    now,
    changesData: input.changesData,
    docs: input.docs,
    agent,
    asked,
    text,
    available: tools,
  };
  if (criterionAnsweringGreeting(greeting)) return true;
  if (asked.kind !== 'argument') return reasonAtReadBack(asked, text, tools);
  // "it's 22 Guild Row, Old Town. 2 bed 1 bath" to "What's the street address of the home?": the
  // address, though the bedrooms are the buyers' desk's words too (the seller was sent to the search).
  if (STREET_ADDRESS_PROPERTY.test(asked.property) && STREET_ADDRESS.test(text)) return true;
  // "actually first, what are the schools like in Lakeview?" to the same question: a question with no
  // house number gives no address, though any words fill a free-text value (questionForAnotherDesk.ts).
  if (STREET_ADDRESS_PROPERTY.test(asked.property) && isQuestion(text) && !/\d/.test(text)) return false;
  // "womens please" to "Is that a children's cut, men's cut or women's cut and blow-dry?": it names one
  // of the choices listed with the question, though it fits no tool's words well enough on its own.
  if (choiceAnswered(asked, text) !== undefined) return true;
  return (
    tools.some(
      (t) =>
        findPropertyValue(parametersOf(t), asked.property, text, now) !== undefined ||
        namedAnswer(parametersOf(t), asked.property, text) !== undefined,
    ) ||
    answersFreeTextQuestion(asked.property, text, tools, input.docs(tools), input.threshold, input.elsewhere)
  );
}
