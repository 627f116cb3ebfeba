import { costUsd, type ModelPrice } from '../analytics/pricing.ts';
import type { TurnResult } from '../runtime/runTurn.ts';
import type { Switchboard } from '../runtime/switchboard.ts';
import type { TurnEvent } from '../runtime/turnState.ts';
import { scoreTurn } from './metrics.ts';
import type { CaseOutcome, EvalCase, RoutingDecisionRecord, TurnOutcome } from './types.ts';

export type RunOptions = {
  /** Conversations run at once (default 4). */
  concurrency?: number;
  /** Null when the model has no known price: costs are then reported as unknown. */
  price: ModelPrice | null;
  /** Rewrites a user message before it is sent (noise); must be deterministic per (case, turn). */
  transform?: (text: string, caseId: string, turn: number) => string;
  /** Which agent a turn "routed to"; defaults to the agent that answered. The mega baseline overrides it. */
  routedAgent?: (result: TurnResult) => string;
  /** Compare turn paths with `expected_path` (off for the mega baseline, whose path is one agent). */
  checkPath?: boolean;
  /** Called once per finished case. */
  onCaseDone?: () => void;
};

/**
 * Runs every case in its own fresh conversation, `concurrency` at a time, and returns the outcomes in
 * dataset order. A case that throws (bad context, a model error) is recorded as failed, and the run goes on.
 */
export async function runCases(sb: Switchboard, cases: EvalCase[], opts: RunOptions): Promise<CaseOutcome[]> {
  const results: CaseOutcome[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const index = next++;
      results[index] = await runCase(sb, cases[index], opts);
      opts.onCaseDone?.();
    }
  };
  const workers = Math.max(1, Math.min(opts.concurrency ?? 4, cases.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}

async function runCase(sb: Switchboard, c: EvalCase, opts: RunOptions): Promise<CaseOutcome> {
  const outcome: CaseOutcome = { id: c.id, line: c.line, kind: c.kind, turns: [] };
  let conversationId: string;
  try {
    conversationId = (await sb.createConversation({ context: c.context })).id;
  } catch (error) {
    // Every turn fails: there is no conversation to send them to.
    outcome.turns = c.turns.map((turn, i) => failedTurn(c, i, turn.input, error));
    return outcome;
  }
  for (const [i, turn] of c.turns.entries()) {
    const input = opts.transform ? opts.transform(turn.input, c.id, i + 1) : turn.input;
    const events: TurnEvent[] = [];
    try {
      const result = await sb.send(conversationId, input, {
        onEvent: (event) => {
          if (event.type !== 'text.delta') events.push(event);
        },
      });
      outcome.turns.push(toOutcome(c, i, input, result, events, opts));
    } catch (error) {
      outcome.turns.push(failedTurn(c, i, input, error));
    }
  }
  return outcome;
}

function toOutcome(
  c: EvalCase,
  index: number,
  input: string,
  result: TurnResult,
  events: TurnEvent[],
  opts: RunOptions,
): TurnOutcome {
  const turn = c.turns[index];
  const taken = result.handoffs.filter((h) => h.kind !== 'rejected');
  const start = startAgent(events, result);
  const path = [start, ...taken.map((h) => h.to)];
  const actual = opts.routedAgent ? opts.routedAgent(result) : answeringAgent(result, turn.expected);
  const decisions: RoutingDecisionRecord[] = events.flatMap((e) =>
    e.type === 'routing.decision' ? [{ ...e.data }] : [],
  );
  const verdict = scoreTurn(turn, actual, path, opts.checkPath ?? true);
  return {
    ...turnOfCase(c, index, input),
    actual,
    path,
    handoffs: result.handoffs.map(({ from, to, reason, kind }) => ({ from, to, reason, kind })),
    reason: taken.at(-1)?.reason ?? null,
    decisions,
    confidence: decisions.at(-1)?.confidence ?? null,
    routedLocally: decisions.some((d) => d.path === 'local'),
    latencyMs: result.durationMs,
    usage: result.usage,
    costUsd: opts.price ? costUsd(result.usage, opts.price) : null,
    loopCapTrip: events.some((e) => e.type === 'policy.tripped' && e.data.code === 'handoff_cap'),
    ...verdict,
  };
}

/**
 * The agent that answered the turn. A specialist whose own tool asked for a person (real estate's
 * Escalation opens a case and hands it to the managing broker by design) answered the message as much
 * as the person after it: that hand-over is the tool's outcome, not a routing decision. So when the
 * turn's last move is such an escalation, the specialist counts if it is the one expected, and the
 * person otherwise (sets label "I want a manager about my haircut" as either). Every other move — a
 * handoff, a limit's fallback, an emergency screen — counts where it lands.
 */
export function answeringAgent(
  result: Pick<TurnResult, 'agent' | 'handoffs'>,
  expected: readonly string[] = [],
): string {
  const last = result.handoffs.at(-1);
  const toolEscalated =
    last?.kind === 'fallback' && last.intent === 'escalation.tool_escalation' && last.to === result.agent;
  return toolEscalated && expected.includes(last.from) ? last.from : result.agent;
}

/** Which turn of which case a row is, with what was sent (the noised input) and what was expected. */
function turnOfCase(c: EvalCase, index: number, input: string) {
  const turn = c.turns[index];
  return {
    caseId: c.id,
    line: c.line,
    turn: index + 1,
    input,
    ...(input !== turn.input ? { originalInput: turn.input } : {}),
    expected: turn.expected,
    ...(turn.expectedPath ? { expectedPath: turn.expectedPath } : {}),
  };
}

/** The agent the turn started with: from `turn.started`, else the first handoff's source, else the answerer. */
function startAgent(events: TurnEvent[], result: TurnResult): string {
  const started = events.find((e) => e.type === 'turn.started');
  if (started?.type === 'turn.started') return started.data.agent;
  return result.handoffs[0]?.from ?? result.agent;
}

function failedTurn(c: EvalCase, index: number, input: string, error: unknown): TurnOutcome {
  const turn = c.turns[index];
  return {
    ...turnOfCase(c, index, input),
    actual: null,
    path: [],
    handoffs: [],
    reason: null,
    decisions: [],
    confidence: null,
    routedLocally: false,
    latencyMs: 0,
    usage: { requests: 0, inputTokens: 0, outputTokens: 0 },
    costUsd: 0,
    loopCapTrip: false,
    correct: false,
    pathCorrect: turn.expectedPath ? false : null,
    error: error instanceof Error ? error.message : String(error),
  };
}
