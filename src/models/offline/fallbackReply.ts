import type { NormalizedGraph } from '../../graph/types.ts';
import { addressOwner } from './addressOwner.ts';
import { idleTurnReply } from './agentCoverage.ts';
import { isSalutation, recognizeQuestion } from './askedQuestions.ts';
import type { ConversationView } from './conversationView.ts';
import { enumValueOwner } from './enumValueOwner.ts';
import { isQuestion } from './forms/digressions.ts';
import type { FormStep } from './forms/formTurn.ts';
import { namedThingOwner } from './namedThingOwner.ts';
import { nameAloneTakenBy } from './nameTakingTool.ts';
import { PERSON_ON_REQUEST } from './offlineModelOptions.ts';
import { askForArgument, clarifyingQuestion } from './responseTemplates.ts';
import { toolOwner } from './routeAsides.ts';

/**
 * What the offline model says when no tool, answer or route of the agent took the message: a
 * clarifying question when routing was unsure, another agent whose tool fits, or what the agent can
 * do with a person offered — never a guessed tool call (issue #23).
 */
export function fallbackStep(input: {
  graph: NormalizedGraph;
  agentName: string;
  view: ConversationView;
  text: string;
  enabledHandoffs: string[];
  person: string | undefined;
  /** Routing was not sure where the message goes. */
  unsure: boolean;
  /** The entry agent's router kept the message as off-topic or small talk. */
  keptAtEntry: boolean;
  /** A form is waiting for the reply. */
  waiting: boolean;
  properties: string[];
}): FormStep {
  const { graph, agentName, view, text, enabledHandoffs, person } = input;
  const agent = graph.byName.get(agentName);
  const personHere = person !== undefined && enabledHandoffs.includes(person) && !isSalutation(text);
  // A street address on its own, which none of our tools takes: to the agent whose change takes one.
  const addressed = input.waiting ? undefined : addressOwner(graph, agent, text, enabledHandoffs);
  if (addressed) return { call: addressed.toolName, args: addressed.args };
  // "Hannah Kowalski" before anyone asked: the tool of ours that takes a name asks for what it still needs.
  const nameTaker = nameAloneTakenBy(agent, text);
  if (nameTaker?.next) return { say: askForArgument(agent, nameTaker.next) };
  // It asks whether we offer a thing only one neighbour's look-up knows: there. Also when the router
  // kept it as small talk: "hey do u do balayage" was a greeting to it, and the customer heard the
  // desk's hours. The thing must be listed by exactly one tool of the graph, so nothing off-topic is.
  const named = input.waiting ? undefined : namedThingOwner(graph, agent, text, enabledHandoffs);
  if (named) return { call: named.toolName, args: named.args };
  // Not sure, but it names a value only one neighbour's tools take ("ran out of my atorvastatin").
  const valued =
    input.unsure && !input.waiting ? enumValueOwner(graph, agent, text, enabledHandoffs) : undefined;
  if (valued) return { call: valued.toolName, args: valued.args };
  // Not sure where it goes: say what we cover, and that a person can help with anything else.
  if (input.unsure) {
    const clarify = clarifyingQuestion(graph, agentName, enabledHandoffs);
    return { say: personHere ? `${clarify} ${PERSON_ON_REQUEST}` : clarify };
  }
  // Nothing of ours fits, but another agent's tool does: go there rather than fall back — except at
  // the entry agent when its router kept the message as off-topic (as for actionOwner).
  const arrived = input.view.arrivedByHandoff && agentName !== graph.entry;
  const served =
    input.waiting || input.keptAtEntry ? undefined : toolOwner(graph, agent, text, enabledHandoffs, arrived);
  if (served) return { call: served.toolName, args: served.args };
  const idle = idleTurnReply(graph, agentName, view, enabledHandoffs, text);
  // Not understood: say what we can do and offer a person, rather than guess a tool call.
  const offer =
    personHere &&
    // A greeting is no answer to a question none of our tools or answers took ("what's the wifi
    // password?"): say what we do and offer a person, as for any request we cannot serve.
    (idle !== agent?.responses?.greeting || isQuestion(text)) &&
    // A fallback that is itself a question for a slot (Clinical's symptom question) stays as it is.
    recognizeQuestion(agent, input.properties, idle)?.kind !== 'argument';
  return { say: offer ? `${idle} ${PERSON_ON_REQUEST}` : idle };
}
