import { randomBytes } from 'node:crypto';
import type { Switchboard } from '../runtime/switchboard.ts';
import { recordTelephony } from './telephonyEvents.ts';
import type { TwilioRestClient } from './twilioRestClient.ts';
import { redirectToStreamTwiml, voicemailTwiml } from './twiml.ts';

export const DEFAULT_VOICEMAIL =
  'Hello, this is the {graph} assistant calling. Please call us back at your convenience. Goodbye.';

export type OutboundOutcome = 'answered' | 'voicemail' | 'no-answer' | 'busy' | 'failed';
export type PlacedCall = { callId: string; callSid: string; conversationId: string };

type Outbound = PlacedCall & {
  sb: Switchboard;
  to: string;
  outcome: OutboundOutcome | null;
  message: string;
};

/** The voicemail of a graph for a conversation: its template with `{field}`s from the context. */
export function voicemailMessage(sb: Switchboard, context: Record<string, unknown>): string {
  const template = sb.graph.voicemail ?? DEFAULT_VOICEMAIL;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (key === 'graph') return sb.graph.name;
    const value = context[key];
    return ['string', 'number'].includes(typeof value) ? String(value) : whole;
  });
}

/**
 * Outbound calls: a conversation is created with the given context (and the tenant of our number
 * `from`), then Twilio is asked (REST) to call `to` with TwiML that redirects the answered call to the
 * voice webhook, which streams it (signed token) into that conversation, with asynchronous
 * answering-machine detection (`DetectMessageEnd`). A person (`AnsweredBy=human`) talks with the
 * graph; a machine, once its greeting has ended, gets the graph's voicemail message and the call hangs
 * up. Every outcome is a `telephony.outbound.*` event on the conversation.
 */
export class OutboundCalls {
  private readonly calls = new Map<string, Outbound>();

  constructor(private readonly deps: { client: TwilioRestClient; publicUrl: () => string | undefined }) {}

  get(callId: string): Outbound | undefined {
    return this.calls.get(callId);
  }

  async place(
    sb: Switchboard,
    options: { to: string; from: string; context?: Record<string, unknown>; tenant?: string | null },
  ): Promise<PlacedCall> {
    const publicUrl = this.deps.publicUrl();
    if (!publicUrl)
      throw new Error('outbound calls need SWITCHBOARD_PUBLIC_URL (where Twilio reaches this server)');
    const record = await sb.createConversation({
      context: options.context ?? {},
      tenant: options.tenant ?? null,
    });
    const callId = `oc_${randomBytes(8).toString('hex')}`;
    const base = `${publicUrl}/twilio/outbound/${callId}`;
    const created = await this.deps.client.createCall({
      to: options.to,
      from: options.from,
      // No CallSid exists yet to bind a stream token to: once answered, the call asks the signed voice
      // webhook, which issues one (and checks the conversation is the tenant of `from`, our number).
      twiml: redirectToStreamTwiml(publicUrl, sb.graph.name, record.id),
      statusCallback: `${base}/status`,
      statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
      machineDetection: 'DetectMessageEnd',
      asyncAmd: true,
      asyncAmdStatusCallback: `${base}/amd`,
    });
    const call: Outbound = {
      callId,
      callSid: created.sid,
      conversationId: record.id,
      sb,
      to: options.to,
      outcome: null,
      message: voicemailMessage(sb, record.context),
    };
    this.calls.set(callId, call);
    await recordTelephony(sb, record.id, [
      { type: 'telephony.outbound.started', data: { callId, callSid: created.sid, to: options.to } },
    ]);
    return { callId, callSid: created.sid, conversationId: record.id };
  }

  /** `AnsweredBy`: a person keeps the conversation; a machine gets the voicemail and the call ends. */
  async amd(call: Outbound, answeredBy: string): Promise<void> {
    if (call.outcome) return;
    if (answeredBy === 'human' || answeredBy === 'unknown') {
      await this.finish(call, 'answered', { answeredBy });
      return;
    }
    await this.deps.client.updateCall(call.callSid, { twiml: voicemailTwiml(call.message) });
    await this.finish(call, 'voicemail', { answeredBy, message: call.message });
  }

  /** Terminal statuses of a call nobody picked up. */
  async status(call: Outbound, callStatus: string): Promise<void> {
    const unanswered = {
      'no-answer': 'no-answer',
      busy: 'busy',
      failed: 'failed',
      canceled: 'failed',
    } as const;
    const outcome = unanswered[callStatus as keyof typeof unanswered];
    if (outcome && !call.outcome) await this.finish(call, outcome, {});
  }

  private async finish(
    call: Outbound,
    outcome: OutboundOutcome,
    extra: Record<string, string>,
  ): Promise<void> {
    call.outcome = outcome;
    await recordTelephony(call.sb, call.conversationId, [
      { type: 'telephony.outbound.completed', data: { callId: call.callId, outcome, ...extra } },
    ]);
  }
}
