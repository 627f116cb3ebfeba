import { MONTHS, WEEKDAYS } from './calendarWords.ts';
import { isQuestion } from './forms/digressions.ts';
import type { FunctionTool } from './modelItems.ts';
import { distinctWords } from './subjectWords.ts';

/**
 * "What's my copay to see the heart doctor?" cleared no tool's bar at the clinic's front desk: its words
 * spread over the records desk ("doctor"), the appointments desk ("see a doctor") and the insurance desk,
 * and the patient heard the menu. "copay" is named by one tool's description only, the insurance desk's.
 * A question with a word that exactly one of the agent's tools names in its description (a shared stem of
 * five letters, as "copays" and "copay") is for that tool, when it only looks something up. The last
 * resort of the tool choice: only when nothing else chose. Days and months name when, not what.
 */
const CALENDAR = new Set([...WEEKDAYS, ...MONTHS]);

export function wordOnlyOneToolNames(
  text: string,
  tools: readonly FunctionTool[],
  available: readonly FunctionTool[],
  changesData: (name: string) => boolean,
): { tool: FunctionTool; focusText: string } | undefined {
  if (!isQuestion(text)) return undefined;
  const stems = (t: string) => new Set(distinctWords(t).map((w) => w.slice(0, 5)));
  const described = tools.map((t) => ({ tool: t, stems: stems(t.description ?? '') }));
  const owners = new Set<FunctionTool>();
  for (const word of distinctWords(text)) {
    if (CALENDAR.has(word)) continue;
    const naming = described.filter((d) => d.stems.has(word.slice(0, 5)));
    if (naming.length === 1) owners.add(naming[0].tool);
  }
  const [owner] = owners;
  if (owners.size !== 1 || changesData(owner.name) || !available.includes(owner)) return undefined;
  return { tool: owner, focusText: text };
}
