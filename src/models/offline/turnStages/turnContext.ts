import type { ModelRequest } from '@openai/agents-core';
import type { NormalizedAgent, NormalizedGraph } from '../../../graph/types.ts';
import type { TurnScope } from '../../turnScope.ts';
import { coversRequest } from '../agentCoverage.ts';
import {
  type AskedQuestion,
  askableProperties,
  askedWithChoices,
  recognizeAsked,
} from '../askedQuestions.ts';
import { type ConversationView, readConversation } from '../conversationView.ts';
import { unfoldRelay } from '../forms/deskRelay.ts';
import { personEdge } from '../forms/formTurn.ts';
import { withoutAsides } from '../forms/resumeForm.ts';
import { clockOf, type FunctionTool } from '../modelItems.ts';
import type { OfflineModelOptions } from '../offlineModelOptions.ts';
import { otherAgentsToolDocs, toolDocsOf } from '../routeAsides.ts';
import { forbidsAction } from '../toolActions.ts';
import { ToolChooser } from '../toolChoice.ts';

/** The agent an offline model answers for, the graph it is part of, and the model's options. */
export type OfflineAgent = {
  graph: NormalizedGraph;
  agentName: string;
  options: OfflineModelOptions;
};

/** One call of the offline model, read once: what every stage of the turn (turnStages/) reads. */
export type TurnContext = OfflineAgent & {
  agent: NormalizedAgent | undefined;
  /** The request's input as given: the transfers in it say who asked what. */
  input: ModelRequest['input'];
  /** The turn's scope (turnScope.ts): its handoff view, clock and call ids. */
  scope: TurnScope<any> | undefined;
  tools: FunctionTool[];
  /** Every tool of the agent, also one the message says not to use ("don't move it": which move it was). */
  allTools: FunctionTool[];
  /** The handoffs this request offers (at the handoff cap, none). */
  enabledHandoffs: string[];
  view: ConversationView;
  state: Record<string, unknown> | undefined;
  /** Every property the agent may ask the customer for. */
  properties: string[];
  /** The question of ours the message most likely answers. */
  asked: AskedQuestion | undefined;
  now: Date;
  /** Reads the clock again: the reply to tool results takes its own reading. */
  clock: () => Date;
  chooser: ToolChooser;
  /** The edge to a person, if the agent has one. */
  person: string | undefined;
  changesData: (toolName: string) => boolean;
  /** The question `said` is, if one of ours: a slot (plain, rephrased, person offered) or a read-back. */
  recognize: (said: string | undefined) => AskedQuestion | undefined;
  /** The routing examples of the agent behind an agent tool: what customers ask that desk. */
  deskExamples: (toolName: string) => readonly string[];
};

/**
 * The request read once for every stage: the conversation (asides and relays unfolded), the question of
 * ours the message answers, the clock, and the chooser of this agent's tools.
 */
export function readTurn(
  offline: OfflineAgent,
  request: ModelRequest,
  scope: TurnScope<any> | undefined,
): TurnContext {
  const { graph, agentName, options } = offline;
  const agent = graph.byName.get(agentName);
  const tools = request.tools.filter((t): t is FunctionTool => t.type === 'function');
  const enabledHandoffs = request.handoffs.map((h) => h.toolName);
  const handoffTools = new Set([
    ...enabledHandoffs,
    ...graph.agents.flatMap((a) => a.handoffs.map((e) => e.toolName)),
  ]);
  // Replies to our questions given after an aside another agent answered pair with the questions; a
  // reply relayed to us as a desk comes with the exchange it answers (forms/deskRelay.ts).
  const view = readConversation(unfoldRelay(withoutAsides(graph, agentName, request.input)), {
    agentName,
    functionTools: new Set(tools.map((t) => t.name)),
    handoffTools,
  });
  const state = scope?.state as Record<string, unknown> | undefined;
  const changesData = (toolName: string) =>
    agent?.tools.find((t) => t.name === toolName)?.sideEffect === true;

  const properties = askableProperties(agent, tools);
  const recognize = (said: string | undefined) => {
    const changing = tools.map((t) => t.name).filter((n) => changesData(n));
    return recognizeAsked(agent, properties, changing, said);
  };
  // Our last reply asked something, so this message is most likely the answer. Only an agent with
  // tools can use an answer: the entry agent's "what can I help you with?" invites routing.
  // Or a tool of ours asked it in its own words, with the choices ("Which colour would you like: root
  // touch-up, full colour…?"): "full colour please" answers it, though the router reads the colour desk.
  const asked =
    tools.length > 0 && !view.arrivedByHandoff
      ? (recognize(view.lastAssistantText) ?? askedWithChoices(view))
      : undefined;

  // A change the message says not to make is none of this turn's tools (not at its own read-back, where
  // "don't cancel it" withdraws it).
  const said = view.latestUserMessage ?? '';
  const open = tools.filter(
    (t) => (asked?.kind === 'confirm' && asked.tool === t.name) || !forbidsAction(said, t.name),
  );
  const clock = () => options.now?.() ?? clockOf(scope);
  const now = clock();
  const deskExamples = (toolName: string): readonly string[] =>
    toolDocsOf(graph, agent).find((d) => d.name === toolName)?.examples ?? [];
  const covers = (said: string) => coversRequest(graph, agent, said);
  const others = otherAgentsToolDocs(graph, agentName);
  const chooser = new ToolChooser(
    agent,
    now,
    options.toolThreshold,
    deskExamples,
    covers,
    others,
    state ?? {},
  );
  const person = personEdge(graph, agent);
  return {
    ...{
      ...offline,
      agent,
      input: request.input,
      scope,
      tools: open,
      allTools: tools,
      enabledHandoffs,
      view,
      state,
      properties,
      asked,
    },
    ...{ now, clock, chooser, person, changesData, recognize, deskExamples },
  };
}
