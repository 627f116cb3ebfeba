import { getTransferMessage, invokeFunctionTool, RunContext } from '@openai/agents-core';
import type { TransportToolCallEvent } from '@openai/agents-realtime';
import type { NormalizedEdge, NormalizedGraph } from '../graph/types.ts';
import { escalationOf } from '../policy/escalation.ts';
import { checkToolCall } from '../policy/handoffPolicy.ts';
import { reviewHandoff } from '../policy/handoffReview.ts';
import { recordEscalation, recordRefusedHandoff } from '../runtime/handoffRecords.ts';
import type { ConversationStore } from '../store/types.ts';
import { approvalNeeded, type CallApprovalSettings, holdForApproval } from './callApproval.ts';
import type { CallRecorder } from './callRecorder.ts';
import type { CallTracer } from './callTracer.ts';
import type { RealtimeNode } from './graphToRealtime.ts';
import type { MediaRealtimeTransport } from './mediaTransport.ts';
import { fillerInstructions, withFiller } from './toolFiller.ts';

export type DispatchContext = {
  graph: NormalizedGraph;
  nodes: Map<string, RealtimeNode>;
  recorder: CallRecorder;
  transport: MediaRealtimeTransport;
  runContext: RunContext<any>;
  /** The agent whose response made the call (the agent active when that response started). */
  agentOfResponse(responseId: string): string;
  /** Moves the call to `target`: input filter of `edge`, then the session update. */
  switchTo(target: string, edge: NormalizedEdge | null, inFlightItemId: string | null): Promise<void>;
  filler: { afterMs: number; text: string };
  /** Each tool run is a function span of the turn's trace. */
  tracer: Pick<CallTracer, 'startTool'>;
  /** Tools that need approval: the pending call is stored and the caller held (callApproval.ts). */
  approvals: { store: ConversationStore; settings: CallApprovalSettings; live(): boolean };
  onError(error: unknown): void;
};

/** What the model is told to say word for word (safe replies, fillers): no tools, no improvising. */
export function sayExactly(text: string): Record<string, unknown> {
  return { instructions: fillerInstructions(text), tool_choice: 'none' };
}

/**
 * Every function call of a live call goes through here instead of the SDK session: transfers are
 * reviewed like chat's (payload, cap, ping-pong, gate, context, guardrail) and applied with their
 * input filter; tools run through chat's own adapter (ledger for side effects, `tool.call` /
 * `tool.result` events, escalation results) under the tool-call ceiling, with a spoken filler when slow;
 * unknown tools get a correction listing what exists, and repeated mistakes escalate deterministically.
 * Every call gets an output, so the model is never left waiting in silence.
 */
export class ToolCallDispatcher {
  private corrections = 0;
  private running = 0;

  constructor(private readonly ctx: DispatchContext) {}

  /** Tools still running: the agent's answer is not complete until they are done. */
  get busy(): boolean {
    return this.running > 0;
  }

  /** A new caller turn: the model gets a fresh allowance of corrections, as a new chat turn does. */
  newTurn(): void {
    this.corrections = 0;
  }

  handle(call: TransportToolCallEvent): void {
    this.running += 1;
    void this.dispatch(call)
      .catch((error) => {
        this.ctx.onError(error);
        this.output(call, `Error: ${(error as Error).message ?? 'tool failed'}`, true);
      })
      .finally(() => {
        this.running -= 1;
      });
  }

  private async dispatch(call: TransportToolCallEvent): Promise<void> {
    const node = this.ctx.nodes.get(this.ctx.agentOfResponse(call.responseId))!;
    const edge = node.edges.get(call.name);
    if (edge) return this.transfer(node, edge, call);
    const tool = node.tools.get(call.name);
    if (tool && (await tool.isEnabled(this.ctx.runContext, node.agent as any)))
      return this.runTool(node, call);
    const tools = [...node.tools.keys()].join(', ') || 'none';
    const transfers = [...node.edges.keys()].join(', ') || 'none';
    return this.correct(
      node,
      call,
      'unknown_tool',
      `tool "${call.name}" does not exist. Available tools: ${tools}. Available transfers: ${transfers}.`,
    );
  }

  private async transfer(
    node: RealtimeNode,
    edge: NormalizedEdge,
    call: TransportToolCallEvent,
  ): Promise<void> {
    const { recorder } = this.ctx;
    const turn = recorder.turn;
    const verdict = await reviewHandoff({
      graph: this.ctx.graph,
      edge,
      rawArguments: call.arguments,
      view: recorder.view,
      context: recorder.state,
      contextChecked: false,
      userText: () => recorder.callerText(),
    });
    switch (verdict.kind) {
      case 'correct':
        return this.correct(node, call, verdict.code, verdict.message);
      case 'escalate':
        return this.escalate(node, call, verdict.code, verdict.message);
      case 'context_invalid':
      case 'guardrail':
        // Recorded and answered as chat does (the edge's guardrail, the injection guard, a bad context).
        recordRefusedHandoff(turn, node.spec.name, edge, verdict);
        this.output(
          call,
          verdict.kind === 'guardrail'
            ? `Error: transfer refused: ${verdict.reason}`
            : 'Error: transfer refused (conversation context failed validation).',
          false,
        );
        return this.say(this.ctx.graph.safeReply);
      case 'accept': {
        turn.emit('routing.decision', {
          agent: node.spec.name,
          path: 'llm',
          target: edge.to,
          confidence: null,
        });
        turn.recordHandoff(
          edge.from,
          edge.to,
          verdict.payload.reason,
          verdict.payload.intent ?? null,
          'handoff',
        );
        await this.ctx.switchTo(edge.to, edge, call.id ?? null);
        const output = getTransferMessage(this.ctx.nodes.get(edge.to)!.agent as any);
        recorder.toolExchange(node.spec.name, call, output);
        // session.update went out first: the response that follows is already the new agent's.
        this.output(call, output, true);
      }
    }
  }

  private async runTool(node: RealtimeNode, call: TransportToolCallEvent): Promise<void> {
    const { recorder, graph } = this.ctx;
    const verdict = checkToolCall(graph.policy, recorder.view.toolCallCount);
    if (!verdict.allow) return this.escalate(node, call, verdict.code, verdict.message);
    const tool = node.tools.get(call.name)!;
    const reason = await approvalNeeded(tool, new RunContext(recorder.turn), recorder, call);
    if (reason !== null) {
      await holdForApproval(
        {
          ...this.ctx.approvals,
          graph: graph.name,
          recorder,
          output: (text) => this.output(call, text, false),
          say: (text, aside) => this.say(text, aside),
        },
        node.spec.name,
        call,
        reason,
      );
      return;
    }
    // Tools read the turn from the run context, as in chat (src/models/turnScope.ts). The session's own
    // context cannot hold it: the realtime session copies the context it is given into a plain object.
    const work = invokeFunctionTool({
      tool,
      runContext: new RunContext(recorder.turn),
      input: call.arguments,
      details: {
        toolCall: {
          type: 'function_call',
          callId: call.callId,
          name: call.name,
          arguments: call.arguments,
        },
      },
    });
    const span = this.ctx.tracer.startTool({ name: call.name, input: call.arguments });
    let result: unknown;
    try {
      result = await withFiller(work, this.ctx.filler.afterMs, () => {
        recorder.event('voice.filler', {
          agent: node.spec.name,
          tool: call.name,
          text: this.ctx.filler.text,
        });
        this.say(this.ctx.filler.text, true);
      });
    } catch (error) {
      span.end({ error: (error as Error).message ?? String(error) });
      throw error;
    }
    const output = typeof result === 'string' ? result : JSON.stringify(result ?? null);
    span.end({ output });
    recorder.toolExchange(node.spec.name, call, output);
    const asked = recorder.turn.takeEscalation();
    if (!asked) return this.output(call, output, true);
    // The tool asked for a person (e.g. a refund above the limit): the next step is the escalation, no model decision.
    this.output(call, output, false);
    return this.escalate(node, null, asked.code, asked.reason);
  }

  private correct(
    node: RealtimeNode,
    call: TransportToolCallEvent,
    code: string,
    message: string,
  ): Promise<void> {
    this.ctx.recorder.turn.emit('handoff.rejected', { from: node.spec.name, tool: call.name, code, message });
    this.corrections += 1;
    if (this.corrections > this.ctx.graph.policy.maxCorrections)
      return this.escalate(
        node,
        call,
        'corrections_exhausted',
        `model kept calling ${call.name}: ${message}`,
      );
    // The refused call stays out of the stored history, as in chat: only what was done is kept.
    this.output(call, `Error: ${message}`, true);
    return Promise.resolve();
  }

  /** The deterministic fallback: a recorded `fallback` handoff to the graph's escalation point. */
  private async escalate(
    node: RealtimeNode,
    call: TransportToolCallEvent | null,
    code: string,
    message: string,
  ): Promise<void> {
    const { recorder, graph } = this.ctx;
    const { escalation, edge } = escalationOf(graph, node.spec, code, message);
    recordEscalation(recorder.turn, escalation);
    if (call) this.output(call, `Error: ${message}`, false);
    if (!edge) return this.say(graph.safeReply); // this agent is the escalation point
    const { reason, intent } = escalation;
    await this.ctx.switchTo(edge.to, edge, call?.id ?? null);
    const synthesized = {
      callId: recorder.turn.nextCallId(),
      name: edge.toolName,
      arguments: JSON.stringify({ reason, intent }),
    };
    recorder.toolExchange(
      node.spec.name,
      synthesized,
      getTransferMessage(this.ctx.nodes.get(edge.to)!.agent as any),
    );
    this.ctx.transport.requestResponse();
  }

  private output(call: TransportToolCallEvent, output: string, startResponse: boolean): void {
    if (this.ctx.transport.status !== 'connected') return;
    this.ctx.transport.sendFunctionCallOutput(call, output, startResponse);
  }

  /** Makes the agent say `text` word for word; a filler is out of band (the model's context stays clean). */
  private say(text: string, filler = false): void {
    if (this.ctx.transport.status !== 'connected') return;
    this.ctx.transport.requestResponse({
      ...sayExactly(text),
      ...(filler
        ? { conversation: 'none', output_modalities: ['audio'], metadata: { switchboard: 'filler' } }
        : {}),
    });
  }
}
