import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/**
 * Dialogue scenarios: whole conversations written as customers talk, each with a completion check —
 * what must have happened for the customer's job to be done (a tool that ran and returned a result
 * with these fields, a transfer to an agent, a reply saying something). Routing is not scored here:
 * `eval routing` does that. A scenario marked `"split": "holdout"` is measured but never tuned on.
 */

const text = z.string().trim().min(1, 'must be a non-empty string');

/** Each listed check must be met at some turn of the conversation; all must be met to complete. */
const completion = z
  .object({
    /** A call of this tool whose result contains `result` (a subset match; default any result). */
    tool: text.optional(),
    result: z.record(z.string(), z.unknown()).optional(),
    /** The conversation was handed to this agent (a transfer or a deterministic escalation). */
    handoff: text.optional(),
    /** A reply matching this regular expression (case-insensitive). */
    reply: text.optional(),
    /** No call of these tools anywhere in the conversation ("what time do you open" books nothing). */
    never_tools: z.array(text).optional(),
  })
  .refine((c) => c.tool || c.handoff || c.reply || c.never_tools, 'done needs at least one check')
  .refine((c) => !c.result || c.tool, 'result needs a tool');

const scenarioRow = z.object({
  id: text,
  split: z.enum(['tune', 'holdout']).default('tune'),
  note: z.string().optional(),
  context: z.record(z.string(), z.unknown()).optional(),
  turns: z.array(text).min(1, 'a scenario needs at least one turn'),
  done: z.union([completion, z.array(completion).min(1)]),
});

export type DialogueCheck = z.infer<typeof completion>;
export type DialogueScenario = Omit<z.infer<typeof scenarioRow>, 'done'> & { done: DialogueCheck[] };
export type DialogueDataset = {
  scenarios: DialogueScenario[];
  malformed: { line: number; message: string }[];
};

/** Parses a JSONL file of scenarios; a bad line is reported with its number, never silently dropped. */
export function parseDialogues(source: string): DialogueDataset {
  const scenarios: DialogueScenario[] = [];
  const malformed: DialogueDataset['malformed'] = [];
  const seen = new Set<string>();
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('//')) return;
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      malformed.push({ line, message: `invalid JSON: ${(error as Error).message}` });
      return;
    }
    const parsed = scenarioRow.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      malformed.push({ line, message: `${issue.path.join('.') || 'row'}: ${issue.message}` });
      return;
    }
    if (seen.has(parsed.data.id)) {
      malformed.push({ line, message: `duplicate id "${parsed.data.id}"` });
      return;
    }
    seen.add(parsed.data.id);
    const done = Array.isArray(parsed.data.done) ? parsed.data.done : [parsed.data.done];
    scenarios.push({ ...parsed.data, done });
  });
  return { scenarios, malformed };
}

export async function loadDialogues(path: string): Promise<DialogueDataset> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read dialogue set ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  return parseDialogues(source);
}
