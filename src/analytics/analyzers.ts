import { type Model, withTrace } from '@openai/agents-core';
import { z } from 'zod';
import { createLlmModel } from '../models/llmModels.ts';
import { defaultModelSpec, parseModelSpec } from '../models/modelSpec.ts';
import { logWarning } from '../tracing/log.ts';
import { lexicalLeadScore, lexicalSentiment } from './lexicalScorer.ts';
import type { Scored } from './types.ts';

/** What an analyzer reads: the transcript (customer and agents), where it went and what was done. */
export type AnalysisInput = {
  transcript: { role: 'user' | 'assistant'; agent: string | null; text: string }[];
  agentsVisited: string[];
  toolCalls: string[];
};

export type AnalysisOutput = {
  sentiment: Scored;
  lead: Scored;
  method: 'llm' | 'lexical';
  model: string | null;
};

export type ConversationAnalyzer = { analyze(input: AnalysisInput): Promise<AnalysisOutput> };

const userMessages = (input: AnalysisInput) =>
  input.transcript.filter((m) => m.role === 'user').map((m) => m.text);

export const lexicalAnalyzer: ConversationAnalyzer = {
  async analyze(input) {
    const messages = userMessages(input);
    return {
      sentiment: lexicalSentiment(messages),
      lead: lexicalLeadScore({
        userMessages: messages,
        agentsVisited: input.agentsVisited,
        toolCalls: input.toolCalls,
      }),
      method: 'lexical',
      model: null,
    };
  },
};

export const ANALYSIS_INSTRUCTIONS = [
  'You analyse a finished customer-service conversation between a customer and a team of assistants.',
  'Score the CUSTOMER sentiment from -1 (very negative) to 1 (very positive), weighing how it ended.',
  'Score the sales lead from 0 (no buying interest, or churning) to 100 (ready to buy now).',
  'Give short reasons that cite what the customer said.',
  'Reply with JSON only: {"sentiment": <number>, "sentiment_reasons": ["..."], "lead_score": <integer>, "lead_reasons": ["..."]}',
].join('\n');

const LlmVerdict = z.object({
  sentiment: z.number().min(-1).max(1),
  sentiment_reasons: z.array(z.string()).max(10),
  lead_score: z.number().min(0).max(100),
  lead_reasons: z.array(z.string()).max(10),
});

/** The reply's JSON object, tolerating a code fence or prose around it. */
export function parseLlmVerdict(text: string): z.infer<typeof LlmVerdict> {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) throw new Error(`no JSON object in the reply: ${text.slice(0, 120)}`);
  const parsed = LlmVerdict.safeParse(JSON.parse(text.slice(start, end + 1)));
  if (!parsed.success) throw new Error(`unexpected analysis reply: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** Keeps the prompt bounded: the last ~12k characters of the conversation are what matter most. */
const MAX_TRANSCRIPT_CHARS = 12_000;

function transcriptText(input: AnalysisInput): string {
  const lines = input.transcript.map(
    (m) => `${m.role === 'user' ? 'Customer' : (m.agent ?? 'Assistant')}: ${m.text}`,
  );
  const text = lines.join('\n');
  return text.length > MAX_TRANSCRIPT_CHARS ? `…${text.slice(-MAX_TRANSCRIPT_CHARS)}` : text;
}

/** Scores with a language model; if the call or its reply fails, falls back to the lexical scorer and says so. */
export function llmAnalyzer(modelSpec: string, model: Model): ConversationAnalyzer {
  return {
    async analyze(input) {
      try {
        // A model call outside an agent run needs a trace around it (ours ignore it: it is not a turn).
        const response = await withTrace('switchboard.analysis', () =>
          model.getResponse({
            systemInstructions: ANALYSIS_INSTRUCTIONS,
            input: `Agents visited: ${input.agentsVisited.join(' → ')}\nTools used: ${input.toolCalls.join(', ') || 'none'}\n\n${transcriptText(input)}`,
            modelSettings: { temperature: 0 },
            tools: [],
            outputType: 'text',
            handoffs: [],
            tracing: false,
          }),
        );
        const text = response.output
          .flatMap((item: any) => (item.type === 'message' ? item.content : []))
          .map((part: any) => part.text ?? '')
          .join('');
        const verdict = parseLlmVerdict(text);
        return {
          sentiment: { score: verdict.sentiment, reasons: verdict.sentiment_reasons },
          lead: { score: Math.round(verdict.lead_score), reasons: verdict.lead_reasons },
          method: 'llm',
          model: modelSpec,
        };
      } catch (error) {
        const fallback = await lexicalAnalyzer.analyze(input);
        const note = `LLM analysis with ${modelSpec} failed (${(error as Error).message}); lexical scorer used`;
        return {
          ...fallback,
          sentiment: { ...fallback.sentiment, reasons: [note, ...fallback.sentiment.reasons] },
        };
      }
    },
  };
}

/**
 * The configured analyzer: the LLM of `SWITCHBOARD_ANALYSIS_MODEL`, else of `SWITCHBOARD_MODEL`, when
 * that is an `openai:` model; the lexical scorer when the model is offline or cannot be set up.
 */
export function analyzerFromEnv(env: NodeJS.ProcessEnv = process.env): ConversationAnalyzer {
  try {
    const spec = env.SWITCHBOARD_ANALYSIS_MODEL?.trim() || defaultModelSpec(env);
    const parsed = parseModelSpec(spec);
    if (parsed.provider === 'offline') return lexicalAnalyzer;
    return llmAnalyzer(`openai:${parsed.model}`, createLlmModel(parsed, env));
  } catch (error) {
    logWarning(`conversation analysis falls back to the lexical scorer: ${(error as Error).message}`, env);
    return lexicalAnalyzer;
  }
}
