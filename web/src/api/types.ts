import type { z } from 'zod';
import type {
  ApprovalDecision as ApprovalDecisionSchema,
  Approval as ApprovalSchema,
  ConversationDetail as ConversationDetailSchema,
  ConversationStatus as ConversationStatusSchema,
  ConversationSummary as ConversationSummarySchema,
  EdgeCounts as EdgeCountsSchema,
  ErrorResponse as ErrorResponseSchema,
  GraphInfo as GraphInfoSchema,
  HandoffEntry as HandoffEntrySchema,
  LiveMessage as LiveMessageSchema,
  StreamEvents,
  TranscriptEntry as TranscriptEntrySchema,
  TurnResponse as TurnResponseSchema,
} from '../../../src/server/schemas.ts';

/*
 * The API's JSON shapes, inferred from the server's own zod schemas (type-only imports: nothing of
 * the server reaches the bundle), so a change of contract fails the dashboard's typecheck.
 */
export type ConversationStatus = z.infer<typeof ConversationStatusSchema>;
export type Approval = z.infer<typeof ApprovalSchema>;
export type ApprovalDecision = z.infer<typeof ApprovalDecisionSchema>;
export type ConversationSummary = z.infer<typeof ConversationSummarySchema>;
export type ConversationDetail = z.infer<typeof ConversationDetailSchema>;
export type TranscriptEntry = z.infer<typeof TranscriptEntrySchema>;
export type HandoffEntry = z.infer<typeof HandoffEntrySchema>;
export type ConversationEventEntry = ConversationDetail['events'][number];
export type GraphInfo = z.infer<typeof GraphInfoSchema>;
export type EdgeCounts = z.infer<typeof EdgeCountsSchema>;
export type EdgeCount = EdgeCounts['edges'][number];
export type TurnResponse = z.infer<typeof TurnResponseSchema>;
export type LiveMessage = z.infer<typeof LiveMessageSchema>;
export type ApiErrorBody = z.infer<typeof ErrorResponseSchema>;
export type StreamEventData = { [K in keyof typeof StreamEvents]: z.infer<(typeof StreamEvents)[K]> };

/** `graph.toJSON()` as GraphInfo.topology carries it (typed loosely by the API: a record). */
export type TopologyAgent = {
  name: string;
  handoffDescription: string | null;
  tools: { name: string; description: string; sideEffect?: boolean }[];
  handoffs: { to: string; system: boolean; gated: boolean; guarded: boolean }[];
  agentTools?: { agent: string; tool: string }[];
  sla?: { maxTurns: number; escalateTo: string } | null;
  phone?: { target: string; mode?: string } | null;
  human: boolean;
  model: string | null;
};
