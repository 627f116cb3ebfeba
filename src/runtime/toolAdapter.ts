import { type FunctionTool, type RunContext, tool } from '@openai/agents-core';
import { crashPoint } from '../crash/crashPoints.ts';
import type { NormalizedGraph } from '../graph/types.ts';
import { type EscalationRequest, escalationAskedBy } from '../policy/escalation.ts';
import { checkToolCall } from '../policy/handoffPolicy.ts';
import type { SwitchboardTool, ToolRunContext } from '../tools/defineTool.ts';
import { type LedgerResult, readLedgerResult } from './turnLedger.ts';
import { requireTurnState, type TurnState } from './turnState.ts';

/**
 * Turns a Switchboard tool into an SDK function tool scoped to one agent. Side-effecting tools run
 * through the store's ledger, so a turn replayed after a crash returns the recorded result instead of
 * repeating the effect. A result carrying `escalate: true` makes the agent escalate on its next step.
 */
export function toSdkTool(
  spec: SwitchboardTool,
  agentName: string,
  isEnabled?: (runContext: RunContext<unknown>) => boolean,
): FunctionTool<any, any, any> {
  return tool({
    name: spec.name,
    description: spec.description,
    parameters: spec.parameters as any,
    strict: true,
    ...(isEnabled
      ? { isEnabled: ({ runContext }: { runContext: RunContext<unknown> }) => isEnabled(runContext) }
      : {}),
    ...(spec.needsApproval
      ? {
          needsApproval: async (runContext: RunContext<unknown>, args: unknown, callId?: string) =>
            approvalNeeded(spec, agentName, args, requireTurnState(runContext), callId),
        }
      : {}),
    execute: async (args: unknown, runContext, details) => {
      const turn = requireTurnState(runContext);
      const callId = details?.toolCall?.callId ?? turn.nextCallId();
      const run = await runToolCall(spec, agentName, args, turn, callId);
      askForEscalation(turn, run);
      return run.output;
    },
  });
}

/**
 * Asks the tool's approval rule about one call; a "yes" is kept with its reason for the turn, which
 * stores the pending call when the SDK stops the run on it (runTurn.ts).
 */
async function approvalNeeded(
  spec: SwitchboardTool,
  agentName: string,
  args: unknown,
  turn: TurnState<any>,
  callId: string | undefined,
): Promise<boolean> {
  const rule = spec.needsApproval;
  let verdict: string | boolean | null | undefined = rule === true;
  if (typeof rule === 'function') {
    const ctx = {
      state: turn.state,
      conversationId: turn.conversationId,
      agent: agentName,
      db: await turn.store.toolDb(),
    };
    verdict = await rule(args as any, ctx);
  }
  if (!verdict) return false;
  if (callId)
    turn.approvalReasons.set(
      callId,
      typeof verdict === 'string' ? verdict : `${spec.name} requires approval`,
    );
  return true;
}

/** One call of a tool, as its caller acts on it: what the model sees, and the escalation it decided on. */
export type ToolRun = {
  output: string;
  /** Its result asked for a person, or the tool ceiling stopped it: the agent's next step escalates. */
  escalation: EscalationRequest | null;
  /** False when the ceiling stopped the call before it ran. */
  ran: boolean;
};

/**
 * Hands a tool call's escalation to the turn, for the agent's next step (the SDK runs that step, so the
 * decision waits in the turn until the governed model or the call's dispatcher takes it). A tripped
 * ceiling does not replace an escalation an earlier call of the step asked for.
 */
export function askForEscalation(turn: TurnState<any>, run: ToolRun): void {
  if (run.escalation) turn.escalateNext(run.escalation, { replace: run.ran });
}

/**
 * Runs one call of a Switchboard tool in a turn: the ceiling check, the ledger for side effects, the
 * tool.call/tool.result events. Also used to run an approved call when its conversation resumes.
 * Returns the output the model sees and the escalation the call decided on, as a value: the caller
 * hands it on (askForEscalation).
 */
export async function runToolCall(
  spec: SwitchboardTool,
  agentName: string,
  args: unknown,
  turn: TurnState<any>,
  callId: string,
  approval?: ToolRunContext<unknown>['approval'],
): Promise<ToolRun> {
  // The governed model reviews a whole response against the ceiling; this is the last line, for a
  // call that reached the SDK some other way: past the ceiling nothing runs and the agent escalates.
  const ceiling = checkToolCall(turn.graph.policy, turn.view.toolCallCount);
  if (!ceiling.allow) {
    return {
      output: `Error: ${ceiling.message}; ${spec.name} was not run.`,
      escalation: { code: ceiling.code, reason: ceiling.message },
      ran: false,
    };
  }
  turn.view.toolCallCount += 1;
  turn.toolCallsAdded += 1;
  turn.emit('tool.call', { agent: agentName, tool: spec.name, callId, arguments: args });
  const ctx = {
    state: turn.state,
    conversationId: turn.conversationId,
    callId,
    agent: agentName,
    ...(approval ? { approval } : {}),
  };
  let result: unknown;
  let replayed = false;
  /** The earlier call whose recorded effect this call replays, when its id differs (an LLM's retry). */
  let ranAs: string | undefined;
  if (spec.sideEffect) {
    // The ledger keeps the result and the context fields the tool wrote, so a replay restores both.
    // It replays only the same call of the same turn (tool, arguments, n-th such call): never
    // because a changed retry's model reused a call id.
    const key = {
      conversationId: turn.conversationId,
      turn: turn.turn,
      occurrence: turn.ledger.occurrence(spec.name, args, callId),
      callId,
      tool: spec.name,
      agent: agentName,
      arguments: args,
    };
    const outcome = await turn.store.runToolOnce(key, async (db): Promise<LedgerResult> => {
      const before = { ...(turn.state as Record<string, unknown>) };
      const value = await spec.execute(args as any, { ...ctx, db });
      crashPoint('tool.inside');
      return {
        value: value ?? null,
        state: changedFields(before, turn.state as Record<string, unknown>),
      };
    });
    crashPoint('tool.after');
    const recorded = readLedgerResult(outcome.result);
    if (outcome.replayed) Object.assign(turn.state as object, recorded.state);
    result = recorded.value;
    replayed = outcome.replayed;
    if (replayed && outcome.callId !== callId) ranAs = outcome.callId;
  } else {
    result = await spec.execute(args as any, { ...ctx, db: await turn.store.toolDb() });
  }
  turn.contextMayHaveChanged();
  turn.emit('tool.result', {
    agent: agentName,
    tool: spec.name,
    callId,
    result,
    replayed,
    ...(ranAs ? { ranAs } : {}),
  });
  return {
    output: typeof result === 'string' ? result : JSON.stringify(result ?? null),
    escalation: escalationAskedBy(result),
    ran: true,
  };
}

function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) changed[key] = value;
  }
  return changed;
}

/**
 * Tools other agents' edges inject into `target`, for chat (compileGraph.ts) and calls
 * (src/voice/graphToRealtime.ts): each is enabled only while control has arrived over one of those
 * edges (the conversation's last handoff, as `lastHandoff` reads it, came from that edge's source into `target`).
 */
export function injectedTools(
  target: string,
  graph: NormalizedGraph,
  lastHandoff: (runContext: RunContext<unknown>) => { from: string; to: string } | null | undefined,
): FunctionTool<any, any, any>[] {
  const byTool = new Map<string, { tool: SwitchboardTool; from: Set<string> }>();
  for (const source of graph.agents) {
    for (const edge of source.handoffs) {
      if (edge.to !== target) continue;
      for (const tool of edge.injectTools ?? []) {
        const entry = byTool.get(tool.name) ?? { tool, from: new Set<string>() };
        entry.from.add(edge.from);
        byTool.set(tool.name, entry);
      }
    }
  }
  return [...byTool.values()].map(({ tool, from }) =>
    toSdkTool(tool, target, (runContext) => {
      const last = lastHandoff(runContext);
      return !!last && last.to === target && from.has(last.from);
    }),
  );
}
