import { voicesDispleasure } from './displeasureAtEntry.ts';
import { namesIllHealth } from './illHealth.ts';
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
  if (!voicesDispleasure(text) && !harmDone(text)) return undefined;
  const takers = available.filter((t) => changesData(t.name) && RECORDS_COMPLAINTS.test(t.description ?? ''));
  return takers.length === 1 ? takers[0] : undefined;
}

/** Words that say a harm already happened to the speaker, not one they fear or ask about. */
const HAPPENED =
  /\b(?:gave me|left me with|(?:came|come|broke) out in|(?:ever )?since (?:then|my|the|i)|after (?:my|the) (?:appointment|visit|colou?r|cut|treatment)|still (?:sting|hurt|burn|itch|sore)\w*)\b/i;

/** A harm done, in one past-tense word ("it burned my scalp"); not the colour "burnt copper". */
const HARMED = /\b(?:burned|burnt (?:my|her|his|their|our|the skin)|blistered|scalded)\b/i;

/**
 * "the bleach burned my scalp. there are blisters on it now and it still stings": an injury said as
 * what happened is a complaint, with no word of displeasure; the desk had answered with its greeting.
 * Ill health alone ("I'm allergic to PPD, can I still have colour?") is a question, not a complaint.
 */
function harmDone(text: string): boolean {
  return HARMED.test(text) || (HAPPENED.test(text) && namesIllHealth(text));
}
