import { adviceAskedAgain } from '../adviceAskedAgain.ts';
import { fallbackStep } from '../fallbackReply.ts';
import { isQuestion } from '../forms/digressions.ts';
import { recordShownAgain } from '../recordFollowUp.ts';
import type { UnroutedTurn } from './routingStage.ts';
import type { TurnDecision } from './turnDecision.ts';

/**
 * Step 5 of the offline model, when no stage before decided: a question the record just shown answers,
 * else greet (on a greeting or on arrival), fall back, or ask a clarifying question (fallbackReply.ts).
 */
export function fallbackStage(turn: UnroutedTurn): TurnDecision {
  const { graph, agentName, view, text, enabledHandoffs, person, properties, asked, changesData } = turn;
  const { actsOnShown, unsure, keptAtEntry } = turn;
  // "who's it with?" right after a booking was shown: the record holds the answer (recordFollowUp.ts).
  // "ok how do I fix it" right after a look-up said what to do: that advice (adviceAskedAgain.ts).
  const advice = asked ? undefined : adviceAskedAgain({ text, view, changesData: (n) => changesData(n) });
  if (advice) return { say: advice };
  const again = recordShownAgain({ text, view, changesData: (n) => changesData(n), isQuestion });
  if (again && !asked && !actsOnShown) return { say: again };
  return fallbackStep({
    ...{ graph, agentName, view, text, enabledHandoffs, person },
    ...{ unsure, keptAtEntry, waiting: asked !== undefined, properties },
  });
}
