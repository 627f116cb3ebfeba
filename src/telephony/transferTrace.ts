import { randomBytes } from 'node:crypto';
import { traceStoreFor } from '../store/traceStore.ts';
import type { TransferOutcome } from './telephonyEvents.ts';
import type { TransferState } from './transferState.ts';

export type TransferTraceInput = Pick<
  TransferState,
  'sb' | 'conversationId' | 'from' | 'to' | 'target' | 'mode' | 'startedAt' | 'answeredAt'
> & { transferId: string; outcome: TransferOutcome };

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

/**
 * A phone transfer as a trace of the conversation, beside its turns' traces (dashboard trace view,
 * `GET /v1/conversations/:id/traces`): one `phone_transfer` span from the redirect to the outcome,
 * with a `ringing` child span up to the answer (or the outcome when nobody answered).
 */
export async function recordTransferTrace(input: TransferTraceInput): Promise<void> {
  const record = await input.sb.store.getConversation(input.conversationId);
  if (!record) return;
  const traceId = `trace_${hex(16)}`;
  const rootId = `span_${hex(12)}`;
  const startedAt = new Date(input.startedAt);
  const endedAt = new Date();
  const rangEnd = input.answeredAt === null ? endedAt : new Date(input.answeredAt);
  const data = {
    transferId: input.transferId,
    from: input.from,
    to: input.to,
    target: input.target,
    mode: input.mode,
    outcome: input.outcome,
    timeToAnswerMs: input.answeredAt === null ? null : input.answeredAt - input.startedAt,
  };
  const store = await traceStoreFor(input.sb.store);
  await store.saveTrace(
    {
      traceId,
      conversationId: input.conversationId,
      turn: record.turnCount,
      graph: input.sb.graph.name,
      name: 'phone transfer',
      startedAt,
      endedAt,
      metadata: { transferId: input.transferId, outcome: input.outcome },
    },
    [
      {
        traceId,
        spanId: rootId,
        parentId: null,
        kind: 'custom',
        name: 'phone_transfer',
        startedAt,
        endedAt,
        error: input.outcome === 'answered' ? null : { message: `transfer ${input.outcome}` },
        data,
      },
      {
        traceId,
        spanId: `span_${hex(12)}`,
        parentId: rootId,
        kind: 'custom',
        name: 'ringing',
        startedAt,
        endedAt: rangEnd,
        error: null,
        data: { target: input.target, answered: input.answeredAt !== null },
      },
    ],
  );
}
