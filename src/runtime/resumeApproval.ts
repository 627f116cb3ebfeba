import type { AgentInputItem } from '@openai/agents-core';
import { functionResultItem } from '../models/responseStream.ts';
import type { ApprovalRecord } from '../store/approvals.ts';
import type { ConversationRecord, ConversationStore } from '../store/types.ts';
import type { SwitchboardTool } from '../tools/defineTool.ts';
import type { CompiledGraph } from './compileGraph.ts';
import { runAgents } from './runAgents.ts';
import { commitRun, openTurn, type TurnResult, withNextTurnTrace } from './runTurn.ts';
import { askForEscalation, runToolCall } from './toolAdapter.ts';
import type { TurnListener } from './turnState.ts';

/*
 * The turn a decision starts (docs/approvals.md). It has no user message: its items are the results of
 * the decided calls (an approved call runs now, through the ledger, so a retried resume replays it
 * instead of running it twice; a denied one gets a "not approved" result with the note), then the
 * agent that asked answers from them and the conversation is active again.
 */

/** What a denied call returns to the agent: a failure carrying the operator's note. */
export function deniedResult(approval: ApprovalRecord): Record<string, unknown> {
  const note = approval.note?.trim() || null;
  return {
    status: 'denied',
    approved: false,
    error: 'not approved',
    note,
    message: note
      ? `Our team reviewed the request and did not approve it: ${note}`
      : 'Our team reviewed the request and did not approve it.',
  };
}

export function resumeAfterDecisions(
  compiled: CompiledGraph,
  store: ConversationStore,
  record: ConversationRecord,
  decided: ApprovalRecord[],
  listener?: TurnListener,
): Promise<TurnResult> {
  return withNextTurnTrace(compiled, store, record, () => resume(compiled, store, record, decided, listener));
}

async function resume(
  compiled: CompiledGraph,
  store: ConversationStore,
  record: ConversationRecord,
  decided: ApprovalRecord[],
  listener: TurnListener | undefined,
): Promise<TurnResult> {
  const started = performance.now();
  const { turn, history } = await openTurn(compiled, store, record, record.turnCount + 1, listener);
  const agentName = decided[0]?.agent ?? record.activeAgent;
  const startAgent = compiled.agents.get(agentName) ?? compiled.agents.get(record.activeAgent)!;
  turn.emit('turn.started', { agent: startAgent.name, text: '' });

  const results: { agent: string | null; item: AgentInputItem }[] = [];
  for (const approval of decided) {
    const decision = approval.status === 'approved' ? 'approved' : 'denied';
    turn.emit('approval.decided', {
      approvalId: approval.id,
      agent: approval.agent,
      tool: approval.tool,
      callId: approval.callId,
      decision,
      decidedBy: approval.decidedBy ?? 'unknown',
      note: approval.note,
    });
    let output: string;
    if (decision === 'approved') {
      const spec = toolOf(compiled, approval.agent, approval.tool);
      const run = await runToolCall(spec, approval.agent, approval.arguments, turn, approval.callId, {
        id: approval.id,
        decidedBy: approval.decidedBy ?? 'unknown',
        note: approval.note,
      });
      askForEscalation(turn, run);
      output = run.output;
    } else {
      output = JSON.stringify(deniedResult(approval));
    }
    results.push({
      agent: approval.agent,
      item: functionResultItem({ callId: approval.callId, name: approval.tool }, output),
    });
  }

  const input = [...history.map((h) => h.item), ...results.map((r) => r.item)];
  const run = await runAgents(compiled, store, record, turn, startAgent, input, false);
  return commitRun(compiled, store, record, turn, run, results, started, []);
}

/** The tool the agent called: its own, or one it got over a handoff edge (capability injection). */
function toolOf(compiled: CompiledGraph, agent: string, name: string): SwitchboardTool {
  const spec = compiled.graph.byName.get(agent);
  const own = spec?.tools.find((t) => t.name === name);
  if (own) return own;
  for (const a of compiled.graph.agents)
    for (const edge of a.handoffs)
      if (edge.to === agent) {
        const injected = edge.injectTools?.find((t) => t.name === name);
        if (injected) return injected;
      }
  throw new Error(`tool ${name} of agent ${agent} is not in graph ${compiled.graph.name}`);
}
