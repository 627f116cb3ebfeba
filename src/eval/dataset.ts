import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { EvalCase, EvalTurn, MalformedLine } from './types.ts';

const agentName = z.string().trim().min(1, 'agent name must not be empty');
const expectedAgent = z.union([agentName, z.array(agentName).min(1, 'expected_agent list is empty')]);
const expectedPath = z.array(agentName).min(1, 'expected_path is empty');
const context = z.record(z.string(), z.unknown());
const text = z.string().trim().min(1, 'must be a non-empty string');

const singleRow = z.object({
  id: z.string().trim().min(1).optional(),
  input: text,
  expected_agent: expectedAgent,
  expected_path: expectedPath.optional(),
  context: context.optional(),
});

const scenarioRow = z.object({
  id: z.string().trim().min(1, 'a scenario needs an id'),
  turns: z
    .array(z.object({ user: text, expected_agent: expectedAgent, expected_path: expectedPath.optional() }))
    .min(1, 'a scenario needs at least one turn'),
  context: context.optional(),
});

export type ParsedDataset = { cases: EvalCase[]; malformed: MalformedLine[]; lines: number };

/**
 * Parses a JSONL routing dataset. A bad line never stops the run: it is reported with its line number
 * (invalid JSON, a schema problem, a duplicate id, an agent the graph does not have) and counted.
 * Blank lines and `//` comment lines are skipped.
 */
export function parseDataset(source: string, opts: { agents?: readonly string[] } = {}): ParsedDataset {
  const cases: EvalCase[] = [];
  const malformed: MalformedLine[] = [];
  const seen = new Set<string>();
  const known = opts.agents ? new Set(opts.agents) : null;
  const lines = source.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('//')) return;
    const parsed = parseLine(trimmed, line);
    if ('message' in parsed) {
      malformed.push({ line, message: parsed.message });
      return;
    }
    if (seen.has(parsed.id)) {
      malformed.push({ line, message: `duplicate id "${parsed.id}"` });
      return;
    }
    const unknown = known ? unknownAgents(parsed, known) : [];
    if (unknown.length > 0) {
      malformed.push({
        line,
        message: `unknown agent ${unknown.map((a) => `"${a}"`).join(', ')} (the graph has ${[...known!].join(', ')})`,
      });
      return;
    }
    seen.add(parsed.id);
    cases.push(parsed);
  });
  return { cases, malformed, lines: lines.length };
}

export async function loadDataset(
  path: string,
  opts: { agents?: readonly string[] } = {},
): Promise<ParsedDataset> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(
      `cannot read dataset ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  return parseDataset(source, opts);
}

function parseLine(raw: string, line: number): EvalCase | { message: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { message: `invalid JSON: ${(error as Error).message}` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { message: 'expected a JSON object' };
  if ('turns' in json) {
    const result = scenarioRow.safeParse(json);
    if (!result.success) return { message: describeIssues(result.error) };
    const turns: EvalTurn[] = result.data.turns.map((t) => toTurn(t.user, t.expected_agent, t.expected_path));
    return { id: result.data.id, line, kind: 'scenario', context: result.data.context, turns };
  }
  const result = singleRow.safeParse(json);
  if (!result.success) return { message: describeIssues(result.error) };
  const row = result.data;
  return {
    id: row.id ?? `line-${line}`,
    line,
    kind: 'single',
    context: row.context,
    turns: [toTurn(row.input, row.expected_agent, row.expected_path)],
  };
}

function toTurn(input: string, expected: string | string[], path: string[] | undefined): EvalTurn {
  const turn: EvalTurn = { input, expected: typeof expected === 'string' ? [expected] : expected };
  if (path) turn.expectedPath = path;
  return turn;
}

function unknownAgents(c: EvalCase, known: ReadonlySet<string>): string[] {
  const named = c.turns.flatMap((t) => [...t.expected, ...(t.expectedPath ?? [])]);
  return [...new Set(named.filter((a) => !known.has(a)))];
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
