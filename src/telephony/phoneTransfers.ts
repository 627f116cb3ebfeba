import { randomBytes } from 'node:crypto';
import type { PhoneTarget } from '../graph/phoneTarget.ts';
import type { ConversationEvent, Switchboard } from '../runtime/switchboard.ts';
import { sayExactly } from '../voice/toolCallDispatcher.ts';
import type { VoiceSession } from '../voice/voiceSession.ts';
import { phoneLegs } from './dtmfTool.ts';
import { recordTelephony, type TransferOutcome } from './telephonyEvents.ts';
import { transferBriefing } from './transferBriefing.ts';
import { recordTransferTrace } from './transferTrace.ts';
import type { TwilioRestClient } from './twilioRestClient.ts';
import { coldTransferTwiml, redirectToStreamTwiml } from './twiml.ts';
import { dialWarm } from './warmTransfer.ts';

export type PhoneTransfersDeps = {
  client: TwilioRestClient;
  /** Public base URL Twilio reaches this server on (callbacks, the media stream); read when needed. */
  publicUrl: () => string | undefined;
  log?: { warn(obj: unknown, msg: string): void; error(obj: unknown, msg: string): void };
};

/** What the caller hears while the call is redirected to the person. */
export const PUTTING_THROUGH = 'Please hold while I put you through.';
export const returnMessage = (outcome: TransferOutcome) =>
  `I'm sorry, I couldn't reach a member of our team just now${outcome === 'busy' ? ', the line was busy' : ''}. I've asked them to call you back at the number you're calling from. Is there anything else I can help you with meanwhile?`;

type LiveCall = { sb: Switchboard; callSid: string; from: string | null; session?: VoiceSession };
type Transfer = {
  id: string;
  sb: Switchboard;
  conversationId: string;
  call: LiveCall;
  from: string;
  to: string;
  target: PhoneTarget;
  startedAt: number;
  answeredAt: number | null;
  /** The assistant's call, ended on redirect: written before any outcome is. */
  ended: Promise<unknown>;
  outcome: TransferOutcome | null;
  /** Warm transfers: the person's own call, dialled through the REST API. */
  personSid: string | null;
};

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
  private readonly transfers = new Map<string, Transfer>();
  /** Conversations whose next session starts with the agent saying this (back from a failed transfer). */
  private readonly returning = new Map<string, string>();
  private readonly callbackOwed = new Set<string>();

  constructor(private readonly deps: PhoneTransfersDeps) {}

  /** Follows one graph's live events; returns the unsubscribe function. */
  watch(sb: Switchboard): () => void {
    return sb.subscribe((event) => {
      void this.observe(sb, event).catch((error) =>
        this.deps.log?.error({ err: error }, 'phone transfer: event handling failed'),
      );
    });
  }

  /** Every voice session, once connected (registerVoiceRoutes' onSession). */
  onSession(session: VoiceSession): void {
    if (session.leg.format === 'audio/pcmu') {
      phoneLegs.set(session.conversationId, session.leg);
      void session.finished.then(() => {
        if (phoneLegs.get(session.conversationId) === session.leg) phoneLegs.delete(session.conversationId);
      });
    }
    const call = this.calls.get(session.conversationId);
    if (call) call.session = session;
    const say = this.returning.get(session.conversationId);
    if (say) {
      this.returning.delete(session.conversationId);
      session.transport.requestResponse(sayExactly(say));
    }
    void session.finished.then(async () => {
      const id = session.conversationId;
      if (!this.callbackOwed.has(id)) return;
      this.callbackOwed.delete(id);
      // The call is over: the callback request waits for a person in the operator inbox.
      const sb = this.sbOf(id);
      const record = await sb?.store.getConversation(id);
      if (sb && record && record.status !== 'awaiting_human') await sb.store.setStatus(id, 'awaiting_human');
    });
  }

  get(transferId: string): Transfer | undefined {
    return this.transfers.get(transferId);
  }

  private sbOf(conversationId: string): Switchboard | undefined {
    return this.calls.get(conversationId)?.sb;
  }

  private async observe(sb: Switchboard, live: ConversationEvent): Promise<void> {
    // Voice events (`voice.*`) travel the same fan-out as turn events but are not in its type.
    const event = live as unknown as { type: string; conversationId: string; data: unknown };
    const data = event.data as Record<string, unknown>;
    if (event.type === 'voice.started' && typeof data.callSid === 'string' && data.callSid) {
      const known = this.calls.get(event.conversationId);
      this.calls.set(event.conversationId, {
        sb,
        callSid: data.callSid,
        from: typeof data.from === 'string' ? data.from : null,
        session: known?.callSid === data.callSid ? known.session : undefined,
      });
      return;
    }
    if (event.type !== 'handoff' || data.kind === 'rejected') return;
    const call = this.calls.get(event.conversationId);
    const target = sb.graph.byName.get(String(data.to))?.phone;
    if (!call || !target || !call.session || call.session.ended) return;
    await this.start(sb, event.conversationId, call, String(data.from), String(data.to), target);
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
    const base = `${publicUrl}/twilio/transfers/${id}`;
    const urls = { action: `${base}/action`, status: `${base}/status`, amd: `${base}/amd` };
    // The assistant leaves first, so its last turn (the handoff) is written before any outcome, and the
    // stream's `stop`, which Twilio sends as soon as it redirects, finds the call already ended.
    const ended = call.session!.end('transferred');
    const transfer: Transfer = {
      id,
      sb,
      conversationId,
      call,
      from,
      to,
      target,
      startedAt: Date.now(),
      answeredAt: null,
      ended,
      outcome: null,
      personSid: null,
    };
    this.transfers.set(id, transfer);
    await ended;
    await recordTelephony(sb, conversationId, [
      {
        type: 'telephony.transfer.started',
        data: { transferId: id, from, to, target: target.target, mode: target.mode, callSid: call.callSid },
      },
    ]);
    try {
      if (target.mode === 'warm') {
        const briefing = await transferBriefing(sb, conversationId, call.from);
        transfer.personSid = await dialWarm(this.deps.client, call.callSid, target, id, urls, briefing);
      } else
        await this.deps.client.updateCall(call.callSid, {
          twiml: coldTransferTwiml(target, target.callerId, urls, PUTTING_THROUGH),
        });
    } catch (error) {
      // Twilio refused the redirect: the caller cannot be reached any more; a person must call back.
      this.deps.log?.warn({ err: error }, 'phone transfer: the call could not be redirected');
      transfer.outcome = 'failed';
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
  async status(transfer: Transfer, callStatus: string): Promise<void> {
    if (transfer.target.mode === 'warm' && !transfer.outcome && transfer.answeredAt === null) {
      const failed = {
        'no-answer': 'no-answer',
        busy: 'busy',
        failed: 'failed',
        canceled: 'no-answer',
      } as const;
      const outcome = failed[callStatus as keyof typeof failed];
      if (outcome) {
        await this.fail(transfer, outcome);
        await this.deps.client.updateCall(transfer.call.callSid, { twiml: this.backToStream(transfer) });
        return;
      }
    }
    if (callStatus !== 'in-progress' || transfer.answeredAt !== null) return;
    transfer.answeredAt = Date.now();
    await transfer.ended;
    await recordTelephony(transfer.sb, transfer.conversationId, [
      {
        type: 'telephony.transfer.answered',
        data: {
          transferId: transfer.id,
          target: transfer.target.target,
          timeToAnswerMs: transfer.answeredAt - transfer.startedAt,
        },
      },
    ]);
  }

  /** Answering-machine result of the person's leg: a machine is a failed transfer; the caller comes back. */
  async amd(transfer: Transfer, answeredBy: string): Promise<void> {
    if (transfer.outcome) return;
    if (!/^(machine|fax)/.test(answeredBy)) {
      // A person picked up the warm leg: they hear the briefing and join the caller's conference.
      if (transfer.target.mode === 'warm') await this.answered(transfer, null);
      return;
    }
    await this.fail(transfer, 'voicemail');
    if (transfer.personSid)
      await this.deps.client.updateCall(transfer.personSid, { status: 'completed' }).catch(() => {});
    await this.deps.client.updateCall(transfer.call.callSid, { twiml: this.backToStream(transfer) });
  }

  /** `<Dial action>`: the dial is over. Returns the TwiML the caller's call continues with. */
  async action(transfer: Transfer, dialStatus: string): Promise<string> {
    if (transfer.outcome) return '<?xml version="1.0" encoding="UTF-8"?><Response/>';
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
  private async answered(transfer: Transfer, status: 'ended' | null): Promise<void> {
    transfer.outcome = 'answered';
    await transfer.ended;
    await recordTelephony(
      transfer.sb,
      transfer.conversationId,
      [{ type: 'telephony.transfer.completed', data: this.completion(transfer, 'answered', null) }],
      status ? { status } : {},
    );
  }

  private async fail(transfer: Transfer, outcome: TransferOutcome): Promise<void> {
    transfer.outcome = outcome;
    await transfer.ended;
    const { conversationId, sb } = transfer;
    await recordTelephony(
      sb,
      conversationId,
      [
        { type: 'telephony.transfer.completed', data: this.completion(transfer, outcome, transfer.from) },
        {
          type: 'telephony.callback.requested',
          data: {
            transferId: transfer.id,
            number: transfer.call.from,
            reason: `phone transfer to ${transfer.to} ended ${outcome}`,
          },
        },
      ],
      {
        handoff: {
          from: transfer.to,
          to: transfer.from,
          reason: `phone transfer to ${transfer.to} ended ${outcome}`,
          intent: 'telephony.transfer_failed',
          kind: 'fallback',
        },
        activeAgent: transfer.from,
        status: 'active',
      },
    );
    this.returning.set(conversationId, returnMessage(outcome));
    this.callbackOwed.add(conversationId);
  }

  /** The outcome as a trace of the conversation; a trace store failure never fails the call. */
  private trace(transfer: Transfer, outcome: TransferOutcome): Promise<void> {
    return recordTransferTrace({
      sb: transfer.sb,
      conversationId: transfer.conversationId,
      transferId: transfer.id,
      from: transfer.from,
      to: transfer.to,
      target: transfer.target.target,
      mode: transfer.target.mode,
      startedAt: transfer.startedAt,
      answeredAt: transfer.answeredAt,
      outcome,
    }).catch((error) => this.deps.log?.warn({ err: error }, 'phone transfer: trace not stored'));
  }

  private completion(transfer: Transfer, outcome: TransferOutcome, returnedTo: string | null) {
    void this.trace(transfer, outcome);
    return {
      transferId: transfer.id,
      target: transfer.target.target,
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
  private backToStream(transfer: Transfer): string {
    return redirectToStreamTwiml(
      this.deps.publicUrl() ?? '',
      transfer.sb.graph.name,
      transfer.conversationId,
    );
  }
}
