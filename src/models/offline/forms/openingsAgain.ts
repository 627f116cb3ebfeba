import type { ConversationView } from '../conversationView.ts';
import type { FunctionTool } from '../modelItems.ts';
import { FREE_TIMES } from './beforeTheChange.ts';
import { narrowsOfferByTime } from './offerNarrowed.ts';
import { picksOfferedTime } from './pickByTime.ts';
import { referencesIn } from './picks.ts';
import { listedRecords } from './resultText.ts';

/**
 * "thursday any time" right after the openings were offered for a booking: the openings on that day,
 * not the caller's own appointments on it, which share the day's property (the clinic said "You don't
 * have any upcoming appointments"). When our last reply offered a list of openings, the one candidate
 * that lists free times.
 */
function openingsAgain(candidates: FunctionTool[], view: ConversationView): FunctionTool | undefined {
  // Listed by a tool here, or relayed to this desk with the reply ("You asked: The next openings…").
  const offered = view.lastAssistantText ?? '';
  const listed =
    (view.previousResult !== undefined && listedRecords(view.previousResult.output).length > 0) ||
    referencesIn(offered).length >= 2;
  if (!listed || !FREE_TIMES.test(offered)) return undefined;
  // A tool that lists free times, by its description ("Find open appointment slots…"), as the form's.
  const listers = candidates.filter((t) => FREE_TIMES.test(t.description ?? ''));
  return listers.length === 1 ? listers[0] : undefined;
}

/**
 * The look-up of openings a reply asks for again: one that only says when ("thursday any time"), to
 * openings just offered, and picks none of them by its time ("the 11:30 one" books it).
 */
export function openingsAt(
  text: string,
  view: ConversationView,
  available: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
): FunctionTool | undefined {
  if (!narrowsOfferByTime(text) || picksOfferedTime(view.lastAssistantText, text)) return undefined;
  return openingsAgain(
    available.filter((t) => !changesData(t.name)),
    view,
  );
}
