/**
 * THE OFFLINE MODEL IS NOT A LANGUAGE MODEL. It is a deterministic, rule-based stand-in that
 * implements the SDK's `Model` interface so Switchboard graphs can run with no network and no API key,
 * for demos and tests. It understands nothing: it routes with the local lexical classifier, picks tools
 * by word similarity, fills arguments with patterns, and answers from templates and tool results.
 * Same input (and same turn scope) → same output, every time. It reports 0 tokens.
 *
 * One call, in order:
 * 1. The input ends with results of this agent's tools → answer from them (template, the result's
 *    `message`, or a plain listing), or ask for the argument a result says is `missing`.
 * 2. The latest user message routes to an enabled handoff → call that handoff with `{reason, intent}`
 *    (right after arriving by handoff, or right after asking the customer a question, only when very
 *    confident: control must not bounce, and "2025-06-12" answers the question rather than changes topic).
 * 3. A tool matches the message (or a question we asked for its argument was just answered, or the
 *    message names a value a read-only tool takes) → call it with arguments from state, the answers to
 *    our questions and the user's words, or ask for what is missing (chosenToolStep.ts).
 * 4. Otherwise greet (on a greeting or on arrival), fall back, or ask a clarifying question.
 */
import {
  type AgentOutputItem,
  type ModelRequest,
  type ModelResponse,
  type StreamEvent,
  Usage,
} from '@openai/agents-core';
import type { NormalizedAgent, NormalizedGraph } from '../../graph/types.ts';
import { DEFAULT_ROUTER_THRESHOLD } from '../../routing/agentRouter.ts';
import { withTurnAnalyses } from '../../routing/turnAnalysisMemo.ts';
import { responseToStream } from '../responseStream.ts';
import { decided } from '../routingDecision.ts';
import { type TurnAwareModel, type TurnScope, turnOfRequest } from '../turnScope.ts';
import { coversRequest, idleTurnReply } from './agentCoverage.ts';
import { askableProperties, recognizeAsked } from './askedQuestions.ts';
import { chosenToolStep } from './chosenToolStep.ts';
import { readConversation } from './conversationView.ts';
import { requestOwner } from './directRequest.ts';
import { fallbackStep } from './fallbackReply.ts';
import { replyToResults } from './forms/answerResults.ts';
import { callNow } from './forms/askedWhatWasSaid.ts';
import { cancellationInstead } from './forms/cancelInstead.ts';
import { closingReply } from './forms/closing.ts';
import { correctionForDesk } from './forms/deskCorrection.ts';
import { deskInput } from './forms/deskQuestion.ts';
import { unfoldRelay } from './forms/deskRelay.ts';
import {
  acceptsPerson,
  declines,
  FORM_CANCELLED,
  fixedAnswer,
  isQuestion,
  requestAfterCancel,
} from './forms/digressions.ts';
import { givesUp, inForm, isCancel, personEdge, resumeQuestion } from './forms/formTurn.ts';
import { lookUpAtReadBack } from './forms/lookUpAtReadBack.ts';
import { lookUpCorrected } from './forms/lookUpCorrection.ts';
import { pickForChange } from './forms/lookUpFirst.ts';
import {
  choiceFromOffer,
  deskAwaitingReply,
  earlierPick,
  replyGoesToDesk,
  toolAwaitingReply,
} from './forms/pendingRequests.ts';
import { agreesToRelayedReadBack } from './forms/plainConfirmation.ts';
import { looksUpForReadBack } from './forms/readBackFacts.ts';
import { requestAlone, requestAlongside } from './forms/requestAlongside.ts';
import { handoffToAsker, withoutAsides } from './forms/resumeForm.ts';
import type { FunctionTool } from './modelItems.ts';
import { assistantMessage, clockOf, fingerprint, functionCall, hash } from './modelItems.ts';
import { insteadOfAThirdTime } from './notAThirdTime.ts';
import { offerTakenElsewhere, offerTakenHere } from './offerAccepted.ts';
import {
  ARRIVAL_ROUTING_CONFIDENCE,
  type OfflineModelOptions,
  PERSON_ON_REQUEST,
} from './offlineModelOptions.ts';
import { questionForAnotherDesk } from './questionForAnotherDesk.ts';
import {
  changeElsewhereToRecordShown,
  changeToRecordShown,
  recordShownAgain,
  requestOfRecordShown,
} from './recordFollowUp.ts';
import { betterServedBy, cappedRoute, otherAgentsToolDocs, toolDocsOf } from './routeAsides.ts';
import { passesOn, routeMessage } from './routeMessage.ts';
import { ToolChooser } from './toolChoice.ts';
import { passedOnThisTurn } from './turnPath.ts';

export function createOfflineModel(
  graph: NormalizedGraph,
  agentName: string,
  options: OfflineModelOptions = {},
): TurnAwareModel {
  if (!graph.byName.has(agentName))
    throw new Error(`createOfflineModel: graph "${graph.name}" has no agent "${agentName}"`);
  return new OfflineModel(graph, agentName, options);
}

class OfflineModel implements TurnAwareModel {
  constructor(
    private readonly graph: NormalizedGraph,
    private readonly agentName: string,
    private readonly options: OfflineModelOptions,
  ) {}

  // The turn: from the governed model in front, else from the run's model settings (turnScope.ts).
  async getResponse(request: ModelRequest, turn = turnOfRequest(request)): Promise<ModelResponse> {
    request.signal?.throwIfAborted();
    return this.respond(request, turn);
  }

  async *getStreamedResponse(
    request: ModelRequest,
    turn = turnOfRequest(request),
  ): AsyncIterable<StreamEvent> {
    request.signal?.throwIfAborted();
    yield* responseToStream(this.respond(request, turn));
  }

  private respond(request: ModelRequest, turn: TurnScope<any> | undefined): ModelResponse {
    const seed = hash(`${this.agentName}|${fingerprint(request.input)}`);
    const say = (text: string) => assistantMessage(text, seed);
    // One analysis of each message per turn, shared by every router this turn asks (turnAnalysisMemo.ts).
    const decided = withTurnAnalyses(turn, () => this.decide(request, seed, turn));
    const stuck = insteadOfAThirdTime(decided, request, personEdge(this.graph, this.agent));
    const output = !stuck
      ? decided
      : 'say' in stuck
        ? say(stuck.say)
        : this.call(stuck.call, stuck.args, seed, turn);
    return { usage: new Usage(), output: [output], responseId: `offline_${seed}` };
  }

  private get agent(): NormalizedAgent | undefined {
    return this.graph.byName.get(this.agentName);
  }

  private decide(request: ModelRequest, seed: string, turn: TurnScope<any> | undefined): AgentOutputItem {
    const tools = request.tools.filter((t): t is FunctionTool => t.type === 'function');
    const enabledHandoffs = request.handoffs.map((h) => h.toolName);
    const handoffTools = new Set([
      ...enabledHandoffs,
      ...this.graph.agents.flatMap((a) => a.handoffs.map((e) => e.toolName)),
    ]);
    // Replies to our questions given after an aside another agent answered pair with the questions; a
    // reply relayed to us as a desk comes with the exchange it answers (forms/deskRelay.ts).
    let view = readConversation(unfoldRelay(withoutAsides(this.graph, this.agentName, request.input)), {
      agentName: this.agentName,
      functionTools: new Set(tools.map((t) => t.name)),
      handoffTools,
    });
    let state = turn?.state as Record<string, unknown> | undefined;
    const say = (text: string) => assistantMessage(text, seed);

    const properties = askableProperties(this.agent, tools);
    // Our last reply asked something, so this message is most likely the answer. Only an agent with
    // tools can use an answer: the entry agent's "what can I help you with?" invites routing.
    let asked =
      tools.length > 0 && !view.arrivedByHandoff
        ? this.recognize(properties, tools, view.lastAssistantText)
        : undefined;

    const now = this.now(turn);
    // What a request waited for was provided (identity verified), or was said already: a call to make.
    const waiting =
      view.trailingResults.length > 0 ? callNow(view, tools, now, (n) => this.changesData(n)) : undefined;
    // A check the message gave every value of passed, and the message asks for more: serve that next,
    // read without the check's values (forms/requestAlongside.ts).
    const { toolThreshold: threshold, routerThreshold } = this.options;
    const routes = passesOn(this.graph, this.agentName, enabledHandoffs, routerThreshold, view);
    const alongside =
      view.trailingResults.length > 0 && !waiting
        ? requestAlongside({
            ...{ view, tools, changesData: (n: string) => this.changesData(n), routes },
            ...{ examplesOf: this.deskExamples, threshold, now },
          })
        : undefined;
    const covers = (said: string) => coversRequest(this.graph, this.agent, said);
    const chooser = new ToolChooser(
      ...([this.agent, now, this.options.toolThreshold, this.deskExamples, covers] as const),
      otherAgentsToolDocs(this.graph, this.agentName),
    );
    // A look-up a read-back names has answered: the change is read back (forms/readBackFacts.ts).
    const chosenFor = (said: string) =>
      asked?.kind === 'confirm' ? asked.tool : chooser.choose(said, tools, view, asked)?.tool.name;
    const readBack = () => looksUpForReadBack(this.agent, view, chosenFor, (n) => this.changesData(n), tools);
    if (view.trailingResults.length > 0 && (waiting || (!alongside && !readBack()))) {
      if (waiting && tools.some((t) => t.name === waiting.name))
        return this.call(waiting.name, waiting.args, seed, turn);
      const step = replyToResults({
        ...{ agent: this.agent, view, tools, state, now: this.now(turn) },
        person: personEdge(this.graph, this.agent),
        recognize: (said) => this.recognize(properties, tools, said),
        changesData: (n) => this.changesData(n),
      });
      return 'say' in step ? say(step.say) : this.call(step.call, step.args, seed, turn);
    }

    // Beside a check that passed, the request is read without the check's values.
    if (alongside) [view, state] = requestAlone(view, state, alongside);
    let text = view.latestUserMessage;
    if (text === undefined)
      return say(idleTurnReply(this.graph, this.agentName, view, enabledHandoffs, undefined));
    // An answer to another agent's question, given after an aside we answered, goes back to it.
    const back = handoffToAsker({
      ...{ graph: this.graph, agentName: this.agentName, input: request.input, text, enabledHandoffs },
      ...{ routerThreshold: this.options.routerThreshold, confidence: ARRIVAL_ROUTING_CONFIDENCE },
    });
    if (back) return this.call(back.toolName, back.args, seed, turn);

    // Digressions come first: giving up on the form, a person accepted, a question with a fixed answer.
    const person = personEdge(this.graph, this.agent);
    // "actually forget that, how do I upgrade to Scale?": the form is dropped and the rest is served
    // (by whichever agent it reaches: each reads the message without what it gave up).
    const instead = requestAfterCancel(text);
    // "actually just cancel it" to a move's read-back: the booking's cancellation is read back instead.
    const cancelling = cancellationInstead(asked, text, tools, (n) => this.changesData(n));
    if (cancelling) asked = undefined;
    if (givesUp(asked, text) && !instead) return say(FORM_CANCELLED);
    if (instead) [text, asked] = [instead, undefined];
    const offered = view.lastAssistantText?.endsWith(PERSON_ON_REQUEST) === true;
    if (((asked?.kind === 'argument' && asked.attempt === 3) || offered) && acceptsPerson(text) && person)
      return this.call(
        person,
        { reason: 'customer accepted a person', intent: 'escalation.form' },
        seed,
        turn,
      );
    // A tool or desk asked the customer something ("Which one would you like?"): the reply is for it.
    const awaiting = asked ? undefined : toolAwaitingReply(view);
    const desk = asked ? undefined : deskAwaitingReply(this.agent, view);
    const quits = isCancel(text) && !agreesToRelayedReadBack(text, view.lastAssistantText);
    if (awaiting && (quits || (desk !== undefined && declines(text)))) return say(FORM_CANCELLED);
    // A courtesy after a job done ("thanks", "great") is closed, like a question with a fixed answer.
    const fixed =
      fixedAnswer(this.agent, text, asked !== undefined) ??
      (asked || awaiting ? undefined : closingReply(view, text));
    if (fixed) {
      const resume = resumeQuestion(this.agent, asked, view.lastAssistantText);
      return say(resume ? `${fixed} ${resume}` : fixed);
    }
    // "…Would you like me to book it?" → "12:30 would be perfect": Booking books (offerAccepted.ts).
    const taken =
      !asked && offerTakenElsewhere(this.graph, this.agent, view, text, tools, enabledHandoffs, now);
    if (taken) return this.call(taken.toolName, taken.args, seed, turn);

    // At the handoff cap the edges are hidden; a request this agent does not cover still goes to the
    // escalation, never a wrong answer from here (the governed model turns the call into it).
    const capped = cappedRoute(this.graph, this.agent, text, enabledHandoffs, turn?.view, routerThreshold);
    // "the River Road one" to "You have 2 viewings booked: … Which one do you mean?": a pick of one of the
    // records a look-up listed for a change answers it; it is no new topic for the router.
    const picksRecord =
      awaiting !== undefined &&
      !desk &&
      pickForChange(awaiting, text, tools, (name) => this.changesData(name), view) !== undefined;
    // As for routing: right after a question ("What's your company?" → "Lee Media") only when very sure.
    const sure =
      !(asked || awaiting || view.arrivedByHandoff) ||
      (capped?.confidence ?? 0) >= ARRIVAL_ROUTING_CONFIDENCE;
    if (capped && sure && !picksRecord && !chooser.isAnswer(asked, text, tools))
      return this.call(capped.toolName, capped.args, seed, turn);

    // "change it to 6 please" right after an order was shown is about that order: no topic change.
    const followsUp =
      !asked &&
      changeToRecordShown({ text, view, available: tools, changesData: (n) => this.changesData(n), now }) !==
        undefined;
    const actsOnShown =
      !asked && requestOfRecordShown({ text, view, changesData: (n) => this.changesData(n) });
    // "make it 11 instead" after our look-up showed a booking that another agent moves: go there.
    const elsewhere =
      asked || followsUp
        ? undefined
        : changeElsewhereToRecordShown({
            ...{ graph: this.graph, agent: this.agent, text, view, available: tools, enabledHandoffs, now },
            changesData: (n: string) => this.changesData(n),
          });
    if (elsewhere) return this.call(elsewhere.toolName, elsewhere.args, seed, turn);
    let unsure = false;
    // The entry agent's router kept the message as off-topic or small talk: a verb one specialist's
    // tool names ("book me a flight" — Sales books demos) does not make it that specialist's.
    let keptAtEntry = false;
    if (enabledHandoffs.length > 0 && !picksRecord && !chooser.isAnswer(asked, text, tools) && !followsUp) {
      const step = routeMessage(this.graph, this.agentName, text, enabledHandoffs, {
        threshold: this.options.routerThreshold ?? DEFAULT_ROUTER_THRESHOLD,
        arrivalConfidence: ARRIVAL_ROUTING_CONFIDENCE,
        arrivedByHandoff: view.arrivedByHandoff,
        waiting: asked !== undefined || awaiting !== undefined,
        passedOn: passedOnThisTurn(this.graph, request.input),
        servedElsewhere: questionForAnotherDesk(this.graph, this.agent, { asked, text, tools, now }),
      });
      // "can you fix that" about the invoice just shown is not handed back to the front desk.
      const keptForShown =
        actsOnShown &&
        this.agent?.handoffs.find((e) => e.toolName === step.handoff?.toolName)?.to === this.graph.entry;
      if (step.handoff && !keptForShown) {
        const { toolName, reason, intent, confidence } = step.handoff;
        // The classifier's confidence goes with the call, for the governed model to record (routingDecision.ts).
        return decided(this.call(toolName, { reason, intent }, seed, turn), { path: 'local', confidence });
      }
      ({ unsure, keptAtEntry } = step);
    }

    // "Can you move it to Friday?" asked of Booking: moving is another agent's job; go there.
    // Or a question another agent's look-up clearly fits better (not mid read-back).
    const owner =
      unsure || keptAtEntry || followsUp
        ? undefined
        : ((inForm(asked)
            ? undefined
            : requestOwner(
                this.graph,
                this.agent,
                text,
                tools,
                enabledHandoffs,
                view.arrivedByHandoff || !!awaiting,
              )) ??
          // Mid read-back only a question ("separately, how much is Growth?"): "yes, Friday" answers it.
          (asked?.kind === 'confirm' && !isQuestion(text)
            ? undefined
            : betterServedBy(this.graph, this.agent, text, enabledHandoffs)));
    if (owner) return this.call(owner.toolName, owner.args, seed, turn);
    const confirming = asked?.kind === 'confirm' ? tools.find((t) => t.name === asked.tool) : undefined;
    const lookUp = lookUpAtReadBack({
      ...{ agent: this.agent, confirming, choose: (said) => chooser.choose(said, tools, view, undefined) },
      ...{
        chooser,
        view,
        tools,
        state,
        properties,
        person,
        text,
        now,
        changesData: (n) => this.changesData(n),
      },
    });
    if (lookUp) return this.call(lookUp.call, lookUp.args, seed, turn);
    // "the first one is fine" after a list of openings: the tool that takes the offered value.
    // Also when the offer closed with a form's question ("…What time would you like?" → "the second one").
    const offerToPick = awaiting ?? (asked?.kind === 'argument' ? view.previousResult : undefined);
    const choice =
      offerToPick && !desk
        ? choiceFromOffer(offerToPick, text, tools, (name) => this.changesData(name), view)
        : undefined;
    // A pick said on an earlier turn still holds ("the second one", then the name).
    const picked = choice ?? earlierPick(view, tools, (name) => this.changesData(name));
    const reread = confirming ?? cancelling;
    const chosen = reread
      ? { tool: reread, focusText: chooser.requestFor(reread, tools, view) }
      : choice
        ? { tool: choice.tool, focusText: text }
        : (!asked && offerTakenHere(view, text, tools, (n) => this.changesData(n), now)) ||
          chooser.choose(text, tools, view, asked);
    if (desk && replyGoesToDesk(this.agent, desk, chosen?.tool.name, text))
      return this.call(desk.name, { input: deskInput(this.graph, this.agent, desk, text) }, seed, turn);
    // "oh no sorry, it's 555-0189" right after a desk did something: that desk does it again.
    const corrected = chosen ? undefined : correctionForDesk(this.agent, view, text);
    if (corrected) return this.call(corrected.desk, { input: corrected.input }, seed, turn);
    // "sorry I meant 500k not 450" right after a search answered: it runs again with that value.
    const redo = chosen || asked ? undefined : lookUpCorrected(this.agent, view, text, tools, now);
    if (redo) return this.call(redo.name, redo.args, seed, turn);
    if (chosen) {
      const step = chosenToolStep({
        ...{ agent: this.agent, chosen, chooser, view, tools, state, picked, asked, confirming },
        ...{ properties, person, text, now, changesData: (n: string) => this.changesData(n) },
      });
      return 'say' in step ? say(step.say) : this.call(step.call, step.args, seed, turn);
    }

    // "who's it with?" right after a booking was shown: the record holds the answer (recordFollowUp.ts).
    const again = recordShownAgain({ text, view, changesData: (n) => this.changesData(n), isQuestion });
    if (again && !asked && !actsOnShown) return say(again);
    const fallback = fallbackStep({
      ...{ graph: this.graph, agentName: this.agentName, view, text, enabledHandoffs, person },
      ...{ unsure, keptAtEntry, waiting: asked !== undefined, properties },
    });
    return 'say' in fallback ? say(fallback.say) : this.call(fallback.call, fallback.args, seed, turn);
  }

  /** The question `said` is, if one of ours: a slot (plain, rephrased, person offered) or a read-back. */
  private recognize(properties: string[], tools: FunctionTool[], said: string | undefined) {
    const changing = tools.map((t) => t.name).filter((n) => this.changesData(n));
    return recognizeAsked(this.agent, properties, changing, said);
  }

  /** The routing examples of the agent behind an agent tool: what customers ask that desk. */
  private readonly deskExamples = (toolName: string): readonly string[] =>
    toolDocsOf(this.graph, this.agent).find((d) => d.name === toolName)?.examples ?? [];

  private changesData(toolName: string): boolean {
    return this.agent?.tools.find((t) => t.name === toolName)?.sideEffect === true;
  }

  private call(
    name: string,
    args: Record<string, unknown>,
    seed: string,
    turn: TurnScope<any> | undefined,
  ): AgentOutputItem {
    // Without a turn the id is derived from the input (one call per response), not from a counter on
    // this instance: a model is shared between conversations and must give the same answer twice.
    return functionCall(name, args, turn?.nextCallId() ?? `call_offline_${seed}`);
  }

  private now(turn: TurnScope<any> | undefined): Date {
    return this.options.now?.() ?? clockOf(turn);
  }
}
