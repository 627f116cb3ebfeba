import type { RealtimeSession } from '@openai/agents-realtime';
import type { NormalizedGraph } from '../graph/types.ts';
import { checkHandoff } from '../policy/handoffPolicy.ts';
import type { CallRecorder } from './callRecorder.ts';
import type { RealtimeNode } from './graphToRealtime.ts';
import type { MediaRealtimeTransport } from './mediaTransport.ts';

export type TurnToolsDeps = {
  graph: NormalizedGraph;
  session: RealtimeSession;
  transport: MediaRealtimeTransport;
  recorder: CallRecorder;
  nodes: Map<string, RealtimeNode>;
  /** While on, the policy view the agents' tools are computed with is the caller's coming turn. */
  lookahead: { on: boolean };
  currentAgent(): string;
  ended(): boolean;
  onError(error: unknown): void;
};

/**
 * Keeps the session's tools those of the turn the model is answering. Transfers depend on the caller
 * turn (a handoff closes the way back for its own turn only: ping-pong), so they change at turn
 * boundaries, and a response built with the previous turn's tools cannot make the transfer the caller
 * asks for ("tool does not exist"; the caller stays put). Three rules make that hold whatever the timing:
 *
 * - when the caller starts speaking, the coming turn's tools are announced at once (lookahead);
 * - while the tools on the session differ from those of the caller's next turn, the server VAD's
 *   `create_response` is off: the server cannot answer that turn before our update reaches it (a burst
 *   of audio after a network stall commits a turn in one go); we answer it, after the update;
 * - refreshes run one after the other, and a response we create waits for them.
 */
export class TurnTools {
  private announced = '';
  private ready: Promise<void> = Promise.resolve();

  constructor(private readonly deps: TurnToolsDeps) {}

  /** The session was connected with the current agent's tools. */
  async connected(): Promise<void> {
    this.announced = await this.enabledTransfers();
  }

  /** A handoff: the new agent's instructions and tools go out now (the current agent is already `target`). */
  async switched(): Promise<void> {
    const { transport, session, nodes } = this.deps;
    transport.autoRespond = this.nextTurnKeepsTools();
    await session.updateAgent(nodes.get(this.deps.currentAgent())!.agent as any);
    this.announced = await this.enabledTransfers();
  }

  /** The caller started speaking: announce the coming turn's tools while they talk. */
  speechStarted(): void {
    // Set now, not when the queued refresh runs: the turn may be committed (lookahead off) before then.
    this.deps.lookahead.on = true;
    this.queue();
  }

  /**
   * A caller turn was committed. `owed`: a response was running at the commit and the router answers
   * the turn when it is done; otherwise, if the server was not allowed to answer it, we do.
   */
  callerTurn(owed: boolean): void {
    // Read now, before anything else arrives: the setting this turn was committed under.
    const serverAnswers = this.deps.transport.serverAutoResponds;
    this.deps.lookahead.on = false;
    this.queue();
    if (!serverAnswers && !owed) this.answerTurn();
  }

  /** A response for the caller's turn, sent once the session has the turn's tools. */
  answerTurn(): void {
    const { transport } = this.deps;
    void this.ready.then(() => {
      if (!this.deps.ended() && transport.status === 'connected') transport.requestResponse();
    });
  }

  private queue(): void {
    this.ready = this.ready.then(() => this.refresh()).catch((error) => this.deps.onError(error));
  }

  private async refresh(): Promise<void> {
    const { transport, session, nodes } = this.deps;
    const now = await this.enabledTransfers();
    const autoRespond = this.nextTurnKeepsTools();
    if (now === this.announced && autoRespond === transport.autoRespond) return;
    if (transport.status !== 'connected') return;
    this.announced = now;
    transport.autoRespond = autoRespond;
    await session.updateAgent(nodes.get(this.deps.currentAgent())!.agent as any);
  }

  /** What the session offers now (the SDK's own view, lookahead included). */
  private async enabledTransfers(): Promise<string> {
    const agent = this.deps.nodes.get(this.deps.currentAgent())!.agent;
    const handoffs = await agent.getEnabledHandoffs(this.deps.session.context as any);
    return handoffs.map((h) => h.toolName).join(',');
  }

  /** The current agent's transfers the policy allows in caller turn `turn`. */
  private transfersAt(turn: number): string {
    const { graph, recorder, nodes } = this.deps;
    return nodes
      .get(this.deps.currentAgent())!
      .spec.handoffs.filter((edge) => checkHandoff(graph.policy, edge, { ...recorder.view, turn }).allow)
      .map((edge) => edge.toolName)
      .join(',');
  }

  /** Whether the tools being announced are also those of the caller's next turn. */
  private nextTurnKeepsTools(): boolean {
    const { recorder, lookahead } = this.deps;
    const announcedFor = lookahead.on ? recorder.nextTurn : recorder.view.turn;
    return this.transfersAt(announcedFor) === this.transfersAt(recorder.nextTurn);
  }
}
