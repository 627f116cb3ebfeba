import type { NormalizedAgent } from '../../../graph/types.ts';
import type { AskedQuestion } from '../askedQuestions.ts';
import type { ConversationView, ToolResult } from '../conversationView.ts';
import type { FunctionTool } from '../modelItems.ts';
import { schemaOf } from '../modelItems.ts';
import { answerFromResults, askForArgument, missingArgument, reasonForAsking } from '../responseTemplates.ts';
import { firstOptionAnswered } from './comparedOptions.ts';
import { isQuestion } from './digressions.ts';
import { CONFIRM_PREFIX, isReadBack } from './formQuestions.ts';
import { askStep, type FormStep, isCancel, resumeQuestion } from './formTurn.ts';
import { afterLookUp } from './lookUpFirst.ts';
import { resultText, toolAwaitingReply } from './pendingRequests.ts';
import { listsSeveral } from './resultText.ts';
import { lookUpAnsweredWith } from './twoLookUps.ts';

/**
 * The reply once this agent's tools have answered (the input ends with their results): the answer,
 * and, when a form was waiting, its question again — asked plainly after a side question ("how much
 * is that?" mid-form), rephrased or with a person offered when the tool asks again for what the form
 * asked, and not at all once the customer gave the form up.
 */
export function replyToResults(input: {
  agent: NormalizedAgent | undefined;
  view: ConversationView;
  tools: readonly FunctionTool[];
  state: Record<string, unknown> | undefined;
  /** The question `said` is, if one of ours (turnStages/turnContext.ts). */
  recognize: (said: string | undefined) => AskedQuestion | undefined;
  changesData: (toolName: string) => boolean;
  person: string | undefined;
  now: Date;
}): FormStep {
  const { agent, view, tools } = input;
  // Two look-ups asked in one request ("my meds and any allergies"): both answers (twoLookUps.ts).
  // So are two options compared ("between balayage and full-head highlights": comparedOptions.ts),
  // the first answer's closing offer left for the second's ("Would you like me to book it?" once).
  const compared = firstOptionAnswered(view);
  const first = compared ?? lookUpAnsweredWith({ view, tools, changesData: input.changesData });
  const answer = withoutFirstOffer(
    answerFromResults(agent, [...(first ? [first] : []), ...view.trailingResults], input.state),
    compared && answerFromResults(agent, [compared], input.state),
  );
  // A question answered in the middle of a form ("how much is that?"): back to the form.
  // Only a question of ours: arriving this turn, the question before the message was another agent's.
  const before = !view.agentHasReplied ? undefined : input.recognize(view.exchanges.at(-1)?.asked);
  // Only a side question: the form's own tool (or one taking the asked value) answered the form.
  // A tool that took the asked value ran this turn (identity verified, then the waiting request
  // made again): the question was answered, so it is not asked again after the result.
  // The tool asks again for what we asked last time (the reply did not give it): rephrase, then
  // offer a person, as a form does — never the same question a third time.
  const again = input.recognize(answer);
  const tool = view.trailingResults.at(-1)?.name ?? '';
  // Not a listing that ends with the question ("Saturday morning: Maya at 9:00, … What time would you
  // like?" after "morning"): its tool takes no such value, and it answered with the choices.
  const listed =
    before?.kind === 'argument' &&
    !(before.property in (schemaOf(tools, tool)?.properties ?? {})) &&
    answer.replace(/[^.!?]*\?\s*$/, '').trim() !== '';
  const repeated =
    before?.kind === 'argument' &&
    again?.kind === 'argument' &&
    again.property === before.property &&
    !listed;
  // "how much is it?" while the hair length is asked: a question, not a failed answer. The tool's own
  // reason for asking ("The price of balayage depends on length") answers it, and the question follows.
  const why =
    repeated && isQuestion(view.latestUserMessage ?? '')
      ? reasonForAsking(view.trailingResults.at(-1)?.output)
      : undefined;
  if (why && before?.kind === 'argument') return { say: `${why} ${askForArgument(agent, before.property)}` };
  if (
    before?.kind === 'argument' &&
    again?.kind === 'argument' &&
    again.property === before.property &&
    !listed
  )
    return askStep({
      ...{ agent, property: before.property, schema: schemaOf(tools, tool) ?? {} },
      ...{ asked: before, progress: filledAnother(view, before.property), person: input.person },
    });
  const takesAsked = (name: string) =>
    before?.kind === 'argument' && before.property in (schemaOf(tools, name)?.properties ?? {});
  const aside =
    view.trailingResults.every((r) => !input.changesData(r.name) && !takesAsked(r.name)) &&
    ![...view.calledThisTurn].some(takesAsked);
  // Not after "actually forget that, how much is a men's cut?": the form was given up.
  const kept = aside && !isCancel(view.latestUserMessage ?? '');
  // "Thank you, Dana, you're verified. How can I help you today?" said while the openings offered
  // still wait for a pick: the offer again instead of the open question (the patient had to ask again).
  // Also when our own question was the check's ("…Which one would you like? May I have your full name,
  // please?" → "Tomás Herrera, born May 30 2015"): the name answered the check, not the offer.
  // Not a look-up that offers choices of its own ("do you have anything thursday afternoon?" to "Which day
  // would you like instead?" lists openings): its own question stands, and the name the caller gave on the
  // turn before was asked for again in its place (found by chatting at the night line).
  const checkAnswered =
    before?.kind === 'argument' &&
    view.trailingResults.every(
      (r) => !input.changesData(r.name) && takesAsked(r.name) && !listsSeveral(r.output),
    );
  const offer =
    kept || checkAnswered
      ? (toolAwaitingReply(view) ?? (checkAnswered ? offerBeforeTheCheck(view, input.recognize) : undefined))
      : undefined;
  const offered =
    offer && !view.trailingResults.some((r) => r.name === offer.name) ? resultText(offer) : undefined;
  // Not a desk's answer that is nothing but its question ("Which service should I check…?" to "does my
  // insurance cover it?"): the desk needs that value, so it is asked (the desk takes the reply).
  const said = answer.replace(/[^.!?]*\?\s*$/, '').trim();
  const desks = new Set(agent?.agentTools?.map((t) => t.toolName));
  // Nor a look-up that asks for what it lacks ("Whose name is the appointment under?" to "I need to
  // cancel one." while openings were offered): the caller moved on, and the openings again lost the question.
  const asksOwn =
    said === '' &&
    view.trailingResults.some((r) => desks.has(r.name) || missingArgument(r.output) !== undefined);
  // Nor a read-back, which waits for its yes: "Just to confirm: move your school physical … to Friday …"
  // had lost its "Shall I go ahead?" to the coverage question still open, and the yes then asked the day
  // of the move again.
  if (
    offered &&
    (before === undefined || checkAnswered) &&
    answer.trim().endsWith('?') &&
    !asksOwn &&
    !isReadBack(answer)
  )
    return { say: `${said} ${offered}` };
  // "office visit" to that desk's "Which service should I check…?": its answer, then the openings the
  // desk's question interrupted, which still wait for a pick ("2:30 please" picks from them).
  const askedAside = offer && view.lastAssistantText?.trim() === resultText(offer)?.trim();
  const interrupted =
    kept && offer && askedAside && !offered && !answer.trim().endsWith('?')
      ? offerBefore(view, offer)
      : undefined;
  if (interrupted) return { say: `${answer} ${interrupted}` };
  // A record looked up for the change asked this turn: the change's next question or read-back follows.
  // Also when the look-up took the value asked in another's place ("my number is …" to "What's your
  // booking reference?"): the record is found, and the change it was found for goes on.
  const foundInstead =
    !aside &&
    before?.kind === 'argument' &&
    view.trailingResults.every((r) => !input.changesData(r.name)) &&
    !isCancel(view.latestUserMessage ?? '');
  const resume = kept
    ? (afterLookUp(input) ?? resumeQuestion(agent, before, view.exchanges.at(-1)?.asked))
    : foundInstead
      ? afterLookUp(input)
      : undefined;
  if (resume && namesWhatWasFound(resume, view)) return { say: resume };
  return { say: resume && !answer.endsWith(resume) ? `${answer} ${resume}` : answer };
}

/**
 * A read-back that already names the record the look-up found ("Just to confirm: move your women's cut
 * and blow-dry on Saturday 14 June 2031 at 13:00 (GB-…) to…"): said alone, not after the look-up's own
 * sentence about the same booking ("Booking GB-… is a women's cut and blow-dry with Maya on Saturday…").
 */
function namesWhatWasFound(resume: string, view: ConversationView): boolean {
  const found = view.trailingResults.at(-1)?.output;
  if (!resume.startsWith(CONFIRM_PREFIX) || typeof found !== 'object' || found === null) return false;
  const facts = Object.entries(found).filter(
    ([k, v]) => k !== 'message' && typeof v === 'string' && v.length >= 6 && !/^\d/.test(v),
  );
  return facts.filter(([, v]) => resume.includes(v as string)).length >= 2;
}

/**
 * The reply gave the tool a value it did not have on its last call, though not the one asked ("my name
 * is Sam Lee, 07700 900555" to the listing's address question): thanked, not asked "Sorry, I didn't
 * catch that".
 */
function filledAnother(view: ConversationView, asked: string): boolean {
  const latest = view.trailingResults.at(-1);
  const prior = view.previousResult;
  if (!latest || prior?.name !== latest.name) return false;
  return Object.entries(latest.args).some(
    ([k, v]) =>
      k !== asked && v !== undefined && v !== null && (prior.args[k] === undefined || prior.args[k] === null),
  );
}

/**
 * The offer our reply before the last ended with ("…Which one would you like?"), when the last reply
 * was another tool's question (`asker`'s) put in between.
 */
function offerBefore(view: ConversationView, asker: ToolResult): string | undefined {
  const before = view.assistantTexts.at(-2)?.trim();
  const offer = view.earlierResults.find((r) => {
    const text = resultText(r)?.trim();
    return r.name !== asker.name && text?.endsWith('?') === true && before?.endsWith(text) === true;
  });
  return offer && resultText(offer);
}

/**
 * "…Which one would you like?" → "Dana Ruiz" → "And your date of birth…?" → "March 12 1984": the check
 * took two answers, so the offer is no longer our last words, yet it still waits for a pick (the patient
 * heard "How can I help you today?" and the booking was lost, a QA probe). The offer, when every question
 * we asked since it was one of the check's.
 */
function offerBeforeTheCheck(
  view: ConversationView,
  recognize: (said: string | undefined) => AskedQuestion | undefined,
): ToolResult | undefined {
  const offer = view.earlierResults.slice(0, 4).find((r) => resultText(r)?.trim().endsWith('?'));
  const offered = offer && resultText(offer)?.trim();
  if (!offered) return undefined;
  const at = view.exchanges.findLastIndex((e) => e.asked?.trim().endsWith(offered));
  if (at < 0) return undefined;
  const since = view.exchanges.slice(at + 1);
  return since.length > 0 && since.every((e) => recognize(e.asked)?.kind === 'argument') ? offer : undefined;
}

/** `answer` without the closing question of its first part (`firstPart`), when there is one. */
function withoutFirstOffer(answer: string, firstPart: string | undefined): string {
  const part = firstPart?.trim();
  const question = part?.match(/[^.!?]*\?$/)?.[0].trim();
  if (!part || !question || !answer.startsWith(part)) return answer;
  return `${part.slice(0, -question.length).trim()} ${answer.slice(part.length).trim()}`;
}
