import { analysisStoreFor } from '../store/analysisStore.ts';
import type { ConversationStore, StoredItem } from '../store/types.ts';
import { NotFoundError } from '../store/types.ts';
import { logWarning } from '../tracing/log.ts';
import { redactionModeFrom, redactorFor } from '../tracing/redaction.ts';
import { type AnalysisInput, analyzerFromEnv, type ConversationAnalyzer } from './analyzers.ts';
import { analysisJson } from './conversationMetrics.ts';
import type { ConversationAnalysis } from './types.ts';

export type AnalyzeOptions = {
  /** Default: the configured one (`analyzerFromEnv`): the LLM when there is one, else the lexical scorer. */
  analyzer?: ConversationAnalyzer;
  env?: NodeJS.ProcessEnv;
  now?: Date;
};

/** The text of a stored item, for user and assistant messages; null for tool calls and results. */
function messageText(stored: StoredItem): { role: 'user' | 'assistant'; text: string } | null {
  const item = stored.item as any;
  if (item.role === 'user') {
    const text =
      typeof item.content === 'string'
        ? item.content
        : (item.content ?? []).map((p: any) => p.text ?? '').join(' ');
    return { role: 'user', text };
  }
  if (item.role === 'assistant') {
    return { role: 'assistant', text: (item.content ?? []).map((p: any) => p.text ?? '').join('') };
  }
  return null;
}

async function analysisInput(store: ConversationStore, conversationId: string): Promise<AnalysisInput> {
  const conversation = await store.getConversation(conversationId);
  if (!conversation) throw new NotFoundError(`conversation ${conversationId}`);
  const [items, handoffs, events] = await Promise.all([
    store.getItems(conversationId),
    store.listHandoffs(conversationId),
    store.listEvents(conversationId),
  ]);
  const transcript: AnalysisInput['transcript'] = [];
  for (const stored of items) {
    const message = messageText(stored);
    if (message && message.text.trim() !== '') transcript.push({ ...message, agent: stored.agent });
  }
  const moved = handoffs.filter((h) => h.kind !== 'rejected');
  const agentsVisited = [moved[0]?.from ?? conversation.activeAgent];
  for (const h of moved) if (!agentsVisited.includes(h.to)) agentsVisited.push(h.to);
  const toolCalls = events.filter((e) => e.type === 'tool.call').map((e) => String(e.data.tool));
  return { transcript, agentsVisited, toolCalls };
}

/**
 * Scores a conversation's sentiment (-1..1) and lead potential (0..100) with reasons, stores the result
 * with the conversation (replacing an earlier one) and returns it. Reasons quote the customer, so they
 * are masked like spans under `SWITCHBOARD_REDACT=pii`.
 */
export async function analyzeConversation(
  store: ConversationStore,
  conversationId: string,
  options: AnalyzeOptions = {},
): Promise<ConversationAnalysis> {
  const env = options.env ?? process.env;
  const input = await analysisInput(store, conversationId);
  const analyzer = options.analyzer ?? analyzerFromEnv(env);
  const result = await analyzer.analyze(input);
  const redact = redactorFor(redactionModeFrom(env));
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const record = {
    conversationId,
    sentiment: clamp(result.sentiment.score, -1, 1),
    sentimentReasons: redact(result.sentiment.reasons),
    leadScore: Math.round(clamp(result.lead.score, 0, 100)),
    leadReasons: redact(result.lead.reasons),
    method: result.method,
    model: result.model,
    analyzedAt: options.now ?? new Date(),
  };
  await (await analysisStoreFor(store)).save(record);
  return analysisJson(record);
}

/** For the end of a conversation: analysis is a by-product, so a failure is logged and never raised. */
export async function analyzeEndedConversation(
  store: ConversationStore,
  conversationId: string,
  analyzer?: ConversationAnalyzer,
): Promise<ConversationAnalysis | null> {
  try {
    return await analyzeConversation(store, conversationId, { analyzer });
  } catch (error) {
    logWarning(`analysis of conversation ${conversationId} failed: ${(error as Error).message}`);
    return null;
  }
}
