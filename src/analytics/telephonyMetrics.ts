import { mean, percentile } from './timeRange.ts';

/** One phone transfer of a conversation, from its `telephony.transfer.completed` event. */
export type PhoneTransferStat = { target: string; outcome: string; timeToAnswerMs: number | null };

/** Phone calls and their transfers to people (see docs/telephony.md for the events they come from). */
export type TelephonySummary = {
  /** Conversations with at least one phone call (a `voice.started` on the phone channel). */
  phoneConversations: number;
  /** Phone transfers with an outcome, and how many of them a person answered. */
  transfers: number;
  answered: number;
  /** Phone conversations with a transfer / phone conversations; null without phone conversations. */
  transferRate: number | null;
  /** answered / transfers; null without transfers. */
  answerRate: number | null;
  byOutcome: Record<string, number>;
  timeToAnswer: { samples: number; p50Ms: number | null; meanMs: number | null };
  callbacksRequested: number;
};

type EventRow = { type: string; data: unknown };

export function phoneTransfersOf(events: EventRow[]): {
  phone: boolean;
  transfers: PhoneTransferStat[];
  callbacks: number;
} {
  let phone = false;
  let callbacks = 0;
  const transfers: PhoneTransferStat[] = [];
  for (const e of events) {
    const data = (e.data ?? {}) as Record<string, unknown>;
    if (e.type === 'voice.started' && data.channel === 'phone') phone = true;
    else if (e.type === 'telephony.callback.requested') callbacks += 1;
    else if (e.type === 'telephony.transfer.completed')
      transfers.push({
        target: String(data.target),
        outcome: String(data.outcome),
        timeToAnswerMs: typeof data.timeToAnswerMs === 'number' ? data.timeToAnswerMs : null,
      });
  }
  return { phone, transfers, callbacks };
}

export function summarizeTelephony(
  conversations: { telephony: ReturnType<typeof phoneTransfersOf> }[],
): TelephonySummary {
  let phoneConversations = 0;
  let withTransfer = 0;
  let callbacks = 0;
  const byOutcome: Record<string, number> = {};
  const answerTimes: number[] = [];
  let transfers = 0;
  for (const { telephony } of conversations) {
    if (telephony.phone) phoneConversations += 1;
    if (telephony.transfers.length > 0) withTransfer += 1;
    callbacks += telephony.callbacks;
    for (const t of telephony.transfers) {
      transfers += 1;
      byOutcome[t.outcome] = (byOutcome[t.outcome] ?? 0) + 1;
      if (t.outcome === 'answered' && t.timeToAnswerMs !== null) answerTimes.push(t.timeToAnswerMs);
    }
  }
  answerTimes.sort((a, b) => a - b);
  const answered = byOutcome.answered ?? 0;
  return {
    phoneConversations,
    transfers,
    answered,
    transferRate: phoneConversations === 0 ? null : withTransfer / phoneConversations,
    answerRate: transfers === 0 ? null : answered / transfers,
    byOutcome,
    timeToAnswer: {
      samples: answerTimes.length,
      p50Ms: percentile(answerTimes, 50),
      meanMs: mean(answerTimes),
    },
    callbacksRequested: callbacks,
  };
}
