import { loadGraph } from '../../src/app/loadGraph.ts';
import type { DialogueCheck } from '../../src/eval/dialogueDataset.ts';
import { type DialogueOutcome, runDialogueEval } from '../../src/eval/dialogueEval.ts';
import { onTheEvalDay } from '../support/evalCalendar.ts';
import { seededDatabaseFor } from '../support/templates/shared/seededDatabases.ts';

/**
 * One conversation on the offline model, through the dialogue eval (a fresh copy of the seeded database),
 * on the eval's day (evalCalendar.ts).
 */
export async function converse(
  template: string,
  turns: string[],
  done: DialogueCheck | DialogueCheck[],
): Promise<DialogueOutcome> {
  const graph = await loadGraph(template);
  const report = await onTheEvalDay(async () =>
    runDialogueEval({
      graph,
      database: await seededDatabaseFor(graph),
      scenarios: [{ id: 'scenario', split: 'tune', turns, done: Array.isArray(done) ? done : [done] }],
    }),
  );
  return report.outcomes[0];
}

/** Every tool call of the conversation, in order. */
export const toolsOf = (o: DialogueOutcome) => o.turns.flatMap((t) => t.tools);

/** The openings a turn's `find_open_slots` listed (the after-hours line), in the order offered. */
export function openingsListed(o: DialogueOutcome, turn = 0): { slotId: string; time: string }[] {
  const offer = o.turns[turn]?.tools.find((t) => t.tool === 'find_open_slots');
  if (!offer) throw new Error(`no openings were listed at turn ${turn}`);
  return (offer.result as { slots: { slotId: string; time: string }[] }).slots;
}
