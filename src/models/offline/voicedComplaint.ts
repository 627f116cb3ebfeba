import { voicesDispleasure } from './displeasureAtEntry.ts';
import type { FunctionTool } from './modelItems.ts';

/** A tool for recording complaints, by what its description says it is for. */
const RECORDS_COMPLAINTS = /\bcomplain(?:t|ts|s|ing)?\b/i;

/**
 * "My stylist burnt my scalp with bleach last time, I'm furious. Booking GB-20250614-001": displeasure
 * with what happened, said to an agent that records complaints, is the complaint, whatever reference
 * it names. The booking's reference made it a look-up ("Booking GB-… is a balayage with Aisha…"), and
 * without it nothing was chosen at all (a chat probe, 2026-11-27). Only when exactly one of the agent's
 * tools that change data records complaints.
 */
export function voicedComplaint(
  text: string,
  available: readonly FunctionTool[],
  changesData: (toolName: string) => boolean,
): FunctionTool | undefined {
  if (!voicesDispleasure(text)) return undefined;
  const takers = available.filter((t) => changesData(t.name) && RECORDS_COMPLAINTS.test(t.description ?? ''));
  return takers.length === 1 ? takers[0] : undefined;
}
