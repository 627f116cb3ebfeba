import { randomBytes } from 'node:crypto';
import type { PhoneTarget } from '../graph/phoneTarget.ts';
import type { ConversationEvent, Switchboard } from '../runtime/switchboard.ts';
import { sayExactly } from '../voice/toolCallDispatcher.ts';
import type { VoiceSession } from '../voice/voiceSession.ts';
import { phoneLegs } from './dtmfTool.ts';
import { recordTelephony, type TransferOutcome } from './telephonyEvents.ts';
import { transferBriefing } from './transferBriefing.ts';
import { loadTransfer, pendingReturn, type TransferRef, type TransferState } from './transferState.ts';
import { recordTransferTrace } from './transferTrace.ts';
import type { TwilioRestClient } from './twilioRestClient.ts';
import { coldTransferTwiml, redirectToStreamTwiml } from './twiml.ts';
import { dialWarm } from './warmTransfer.ts';

export type PhoneTransfersDeps = {
  client: TwilioRestClient;
  /** The served graphs: a callback names its conversation's graph. */
  graphs: ReadonlyMap<string, Switchboard>;
  /** Public base URL Twilio reaches this server on (callbacks, the media stream); read when needed. */
  publicUrl: () => string | undefined;
  log?: { warn(obj: unknown, msg: string): void; error(obj: unknown, msg: string): void };
};

/** What the caller hears while the call is redirected to the person. */
export const PUTTING_THROUGH = 'Please hold while I put you through.';
export const returnMessage = (outcome: TransferOutcome) =>
  `I'm sorry, I couldn't reach a member of our team just now${outcome === 'busy' ? ', the line was busy' : ''}. I've asked them to call you back at the number you're calling from. Is there anything else I can help you with meanwhile?`;

type LiveCall = { sb: Switchboard; callSid: string; from: string | null; session?: VoiceSession };
const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

/**
 * Puts phone callers through to people. Watches every call's events: a handoff the policy accepted
 * (a `handoff` event, never a rejected one) to a node with a phone target, on a call with a Twilio
 * CallSid, redirects the live call through the REST API with `<Dial>` (cold). Twilio's callbacks
 * (`/twilio/transfers/:id/…`) report the outcome: answered → the person has the call; no answer,
 * busy, failed or a voicemail → the caller goes back on the stream to the agent that transferred,
 * which says so; a callback request is recorded and the conversation waits in the operator inbox.
 */
export class PhoneTransfers {
  private readonly calls = new Map<string, LiveCall>();
  /** One callback at a time per transfer on this node (its outcome is read, then written). */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: PhoneTransfersDeps) {}

  /** Follows one graph's live events; returns the unsubscribe function. */
  watch(sb: Switchboard): () => void {
    return sb.subscribe((event) => {
      void this.observe(sb, event).catch((error) =>
        this.deps.log?.error({ err: error }, 'phone transfer: event handling failed'),
      );
    });
  }

  /** Every voice session, once connected (registerCallRoutes hands them over). */
  onSession(session: VoiceSession): void {
    if (session.leg.format === 'audio/pcmu') {
      phoneLegs.set(session.conversationId, session.leg);
      void session.finished.then(() => {
        if (phoneLegs.get(session.conversationId) === session.leg) phoneLegs.delete(session.conversationId);
      });
    }
    const call = this.calls.get(session.conversationId);
    if (call) call.session = session;
    void this.welcomeBack(session).catch((error) =>
      this.deps.log?.error({ err: error }, 'phone transfer: return to the agent failed'),
    );
  }

  /**
   * A caller back from a failed transfer (whichever node started it): the agent says so first, and
   * when this call ends the callback request waits for a person in the operator inbox.
   */
  private async welcomeBack(session: VoiceSession): Promise<void> {
    const id = session.conversationId;
    const record = await this.storeOf().getConversation(id);
    const sb = record ? this.deps.graphs.get(record.graph) : undefined;
    if (!sb) return;
    const back = await pendingReturn(sb, id);
    if (!back || session.ended) return;
    session.transport.requestResponse(sayExactly(returnMessage(back.outcome)));
    await session.finished;
    const now = await sb.store.getConversation(id);
    if (now && now.status !== 'awaiting_human') await sb.store.setStatus(id, 'awaiting_human');
  }

  private storeOf() {
    return [...this.deps.graphs.values()][0].store;
  }

  /**
   * The transfer a callback names, read from the conversation's events (any node, after a restart),
   * and `work` run on it one callback at a time; undefined when no such transfer started.
   */
  async with<T>(ref: TransferRef, work: (transfer: TransferState) => Promise<T>): Promise<T | undefined> {
    const previous = this.queues.get(ref.id) ?? Promise.resolve();
    const run = previous.then(async () => {
      const sb = this.deps.graphs.get(ref.graph);
      const record = sb ? await sb.store.getConversation(ref.conversationId) : null;
      if (!sb || !record || record.graph !== ref.graph) return undefined;
      const transfer = await loadTransfer(sb, ref.conversationId, ref.id);
      return transfer ? work(transfer) : undefined;
    });
    const settled = run.catch(() => {});
    this.queues.set(ref.id, settled);
    void settled.then(() => {
      if (this.queues.get(ref.id) === settled) this.queues.delete(ref.id);
    });
    return run;
  }

  private async observe(sb: Switchboard, event: ConversationEvent): Promise<void> {
    if (event.type === 'voice.started') {
      const { callSid, from } = event.data;
      if (typeof callSid !== 'string' || !callSid) return;
      const known = this.calls.get(event.conversationId);
      this.calls.set(event.conversationId, {
        sb,
        callSid,
        from: typeof from === 'string' ? from : null,
        session: known?.callSid === callSid ? known.session : undefined,
      });
      return;
    }
    if (event.type !== 'handoff' || event.data.kind === 'rejected') return;
    const { from, to } = event.data;
    const call = this.calls.get(event.conversationId);
    const target = sb.graph.byName.get(to)?.phone;
    if (!call || !target || !call.session || call.session.ended) return;
    await this.start(sb, event.conversationId, call, from, to, target);
  }

  private async start(
    sb: Switchboard,
    conversationId: string,
    call: LiveCall,
    from: string,
    to: string,
    target: PhoneTarget,
  ): Promise<void> {
    const publicUrl = this.deps.publicUrl();
    if (!publicUrl) {
      this.deps.log?.warn({}, 'phone transfer: SWITCHBOARD_PUBLIC_URL is not set, the call stays parked');
      return;
    }
    const id = `tr_${randomBytes(8).toString('hex')}`;
    // The callback URLs name the conversation (signed by Twilio with the rest of the URL), so any node
    // finds the transfer in the store.
    const query = `?${new URLSearchParams({ graph: sb.graph.name, conversation: conversationId })}`;
    const base = `${publicUrl}/twilio/transfers/${id}`;
    const urls = {
      action: `${base}/action${query}`,
      status: `${base}/status${query}`,
      amd: `${base}/amd${query}`,
    };
    // The assistant leaves first, so its last turn (the handoff) is written before any outcome, and the
    // stream's `stop`, which Twilio sends as soon as it redirects, finds the call already ended.
    // Twilio is asked only once `telephony.transfer.started` is stored: every callback finds it.
    const startedAt = Date.now();
    await call.session!.end('transferred');
    const started = {
      transferId: id,
      from,
      to,
      target: target.target,
      mode: target.mode,
      callSid: call.callSid,
      callerNumber: call.from,
      startedAt,
    };
    await recordTelephony(sb, conversationId, [{ type: 'telephony.transfer.started', data: started }]);
    try {
      if (target.mode === 'warm') {
        const briefing = await transferBriefing(sb, conversationId, call.from);
        await dialWarm(this.deps.client, call.callSid, target, id, urls, briefing);
      } else
        await this.deps.client.updateCall(call.callSid, {
          twiml: coldTransferTwiml(target, target.callerId, urls, PUTTING_THROUGH),
        });
    } catch (error) {
      // Twilio refused the redirect: the caller cannot be reached any more; a person must call back.
      this.deps.log?.warn({ err: error }, 'phone transfer: the call could not be redirected');
      const transfer = await loadTransfer(sb, conversationId, id);
      if (!transfer) return;
      await recordTelephony(
        sb,
        conversationId,
        [
          { type: 'telephony.transfer.completed', data: this.completion(transfer, 'failed', null) },
          {
            type: 'telephony.callback.requested',
            data: { transferId: id, number: call.from, reason: `phone transfer to ${to} could not start` },
          },
        ],
        { status: 'awaiting_human' },
      );
    }
  }

  /**
   * Status of the person's leg: `in-progress` is the answer. On a warm transfer the leg is our own
   * call, so its end without an answer (no-answer, busy, failed, canceled) is the failed transfer.
   */
  async status(transfer: TransferState, callStatus: string): Promise<void> {
    if (transfer.mode === 'warm' && !transfer.outcome && transfer.answeredAt === null) {
      const failed = {
        'no-answer': 'no-answer',
        busy: 'busy',
        failed: 'failed',
        canceled: 'no-answer',
      } as const;
      const outcome = failed[callStatus as keyof typeof failed];
      if (outcome) {
        await this.fail(transfer, outcome);
        await this.deps.client.updateCall(transfer.callSid, { twiml: this.backToStream(transfer) });
        return;
      }
    }
    if (callStatus !== 'in-progress' || transfer.answeredAt !== null) return;
    transfer.answeredAt = Date.now();
    await recordTelephony(transfer.sb, transfer.conversationId, [
      {
        type: 'telephony.transfer.answered',
        data: {
          transferId: transfer.id,
          target: transfer.target,
          timeToAnswerMs: transfer.answeredAt - transfer.startedAt,
        },
      },
    ]);
  }

  /**
   * Answering-machine result of the person's leg (`legSid`, the call the verdict is about): a machine
   * is a failed transfer, the person's leg is hung up and the caller comes back.
   */
  async amd(transfer: TransferState, answeredBy: string, legSid: string): Promise<void> {
    if (transfer.outcome) return;
    if (!/^(machine|fax)/.test(answeredBy)) {
      // A person picked up the warm leg: they hear the briefing and join the caller's conference.
      if (transfer.mode === 'warm') await this.answered(transfer, null);
      return;
    }
    await this.fail(transfer, 'voicemail');
    if (transfer.mode === 'warm' && legSid && legSid !== transfer.callSid)
      await this.deps.client.updateCall(legSid, { status: 'completed' }).catch(() => {});
    await this.deps.client.updateCall(transfer.callSid, { twiml: this.backToStream(transfer) });
  }

  /** `<Dial action>`: the dial is over. Returns the TwiML the caller's call continues with. */
  async action(transfer: TransferState, dialStatus: string): Promise<string> {
    if (transfer.outcome) return EMPTY_TWIML;
    if (dialStatus === 'completed' || dialStatus === 'answered') {
      await this.answered(transfer, 'ended');
      return '<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>';
    }
    const outcome: TransferOutcome =
      dialStatus === 'busy' ? 'busy' : dialStatus === 'no-answer' ? 'no-answer' : 'failed';
    await this.fail(transfer, outcome);
    return this.backToStream(transfer);
  }

  /** A person took the call. A cold transfer is over by then (`ended`); a warm one goes on in the conference. */
  private async answered(transfer: TransferState, status: 'ended' | null): Promise<void> {
    await recordTelephony(
      transfer.sb,
      transfer.conversationId,
      [{ type: 'telephony.transfer.completed', data: this.completion(transfer, 'answered', null) }],
      status ? { status } : {},
    );
  }

  /** Nobody took it: back to the agent that transferred (a fallback handoff), a callback request recorded. */
  private async fail(transfer: TransferState, outcome: TransferOutcome): Promise<void> {
    const reason = `phone transfer to ${transfer.to} ended ${outcome}`;
    await recordTelephony(
      transfer.sb,
      transfer.conversationId,
      [
        { type: 'telephony.transfer.completed', data: this.completion(transfer, outcome, transfer.from) },
        {
          type: 'telephony.callback.requested',
          data: { transferId: transfer.id, number: transfer.callerNumber, reason },
        },
      ],
      {
        handoff: {
          from: transfer.to,
          to: transfer.from,
          reason,
          intent: 'telephony.transfer_failed',
          kind: 'fallback',
        },
        activeAgent: transfer.from,
        status: 'active',
      },
    );
  }

  /** The outcome as a trace of the conversation; a trace store failure never fails the call. */
  private trace(transfer: TransferState, outcome: TransferOutcome): Promise<void> {
    return recordTransferTrace({
      sb: transfer.sb,
      conversationId: transfer.conversationId,
      transferId: transfer.id,
      from: transfer.from,
      to: transfer.to,
      target: transfer.target,
      mode: transfer.mode,
      startedAt: transfer.startedAt,
      answeredAt: transfer.answeredAt,
      outcome,
    }).catch((error) => this.deps.log?.warn({ err: error }, 'phone transfer: trace not stored'));
  }

  private completion(transfer: TransferState, outcome: TransferOutcome, returnedTo: string | null) {
    void this.trace(transfer, outcome);
    return {
      transferId: transfer.id,
      target: transfer.target,
      outcome,
      durationMs: Date.now() - transfer.startedAt,
      timeToAnswerMs: transfer.answeredAt === null ? null : transfer.answeredAt - transfer.startedAt,
      returnedTo,
    };
  }

  /**
   * Back on the stream through the signed voice webhook (`<Redirect>`), which issues the stream's
   * token for the caller's CallSid and checks the conversation is the call's tenant's and graph's.
   */
  private backToStream(transfer: TransferState): string {
    return redirectToStreamTwiml(
      this.deps.publicUrl() ?? '',
      transfer.sb.graph.name,
      transfer.conversationId,
    );
  }
}
