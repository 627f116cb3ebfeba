import type { Span, SpanData } from '@openai/agents-core';
import type { SpanRecord } from '../store/traceStore.ts';
import type { Redactor } from './redaction.ts';

/** Token usage of one model, summed over a turn's generations. */
export type ModelUsage = { requests: number; inputTokens: number; outputTokens: number };

/** What may be kept of a span besides its shape. */
export type ContentPolicy = {
  /**
   * Message contents of model calls (generation input/output, response bodies). Off by default: they
   * repeat the whole history on every call and are what the GenAI conventions make opt-in.
   */
  captureMessages: boolean;
  redact: Redactor;
};

/** A readable span name: the agent, model, tool or guardrail it is about; `from->to` for a handoff. */
export function spanName(data: SpanData): string {
  switch (data.type) {
    case 'agent':
    case 'function':
    case 'guardrail':
    case 'custom':
    case 'task':
      return data.name;
    case 'generation':
      return data.model ?? 'generation';
    case 'response':
      return responseModel(data) ?? 'response';
    case 'handoff':
      return `${data.from_agent ?? '?'}->${data.to_agent ?? '?'}`;
    case 'turn':
      return `turn ${data.turn} ${data.agent_name}`;
    default:
      return data.type;
  }
}

/** The model a Responses API call reports (the dated name), read from the span's private copy of the response. */
export function responseModel(data: Extract<SpanData, { type: 'response' }>): string | undefined {
  const model = (data._response as { model?: unknown } | undefined)?.model;
  return typeof model === 'string' ? model : undefined;
}

/**
 * Model name and token usage of a model-call span, or null for any other span. The SDK's Chat
 * Completions model leaves `usage` unset on success and keeps the raw completion (with its
 * `prompt_tokens`/`completion_tokens`) as the span output, so both places are read.
 */
export function modelCallUsage(data: SpanData): { model: string; usage: ModelUsage } | null {
  if (data.type === 'generation') {
    const raw = (data.output?.[0] ?? {}) as { usage?: Record<string, unknown> };
    return {
      model: data.model ?? 'unknown',
      usage: {
        requests: 1,
        inputTokens: firstNumber(data.usage?.input_tokens, raw.usage?.prompt_tokens, raw.usage?.input_tokens),
        outputTokens: firstNumber(
          data.usage?.output_tokens,
          raw.usage?.completion_tokens,
          raw.usage?.output_tokens,
        ),
      },
    };
  }
  if (data.type === 'response') {
    const usage = (data._response as { usage?: Record<string, unknown> } | undefined)?.usage;
    return {
      model: responseModel(data) ?? 'unknown',
      usage: {
        requests: 1,
        inputTokens: firstNumber(usage?.input_tokens),
        outputTokens: firstNumber(usage?.output_tokens),
      },
    };
  }
  return null;
}

const firstNumber = (...values: unknown[]): number => {
  for (const value of values) if (typeof value === 'number' && Number.isFinite(value)) return value;
  return 0;
};

/** The span's data as stored: bounded (no message bodies unless asked for) and redacted. */
export function spanDataForStorage(data: SpanData, policy: ContentPolicy): Record<string, unknown> {
  switch (data.type) {
    case 'generation': {
      const { input, output, ...rest } = data;
      const call = modelCallUsage(data);
      // Usage normalized from wherever the model left it, so it survives dropping the raw output.
      const usage = {
        input_tokens: call?.usage.inputTokens ?? 0,
        output_tokens: call?.usage.outputTokens ?? 0,
      };
      return policy.redact(policy.captureMessages ? { ...rest, usage, input, output } : { ...rest, usage });
    }
    case 'response': {
      const call = modelCallUsage(data);
      const base: Record<string, unknown> = {
        type: 'response',
        response_id: data.response_id,
        model: call?.model,
        usage: call
          ? { input_tokens: call.usage.inputTokens, output_tokens: call.usage.outputTokens }
          : undefined,
      };
      if (policy.captureMessages) {
        base.input = data._input;
        base.output = (data._response as { output?: unknown } | undefined)?.output;
      }
      return policy.redact(base);
    }
    default:
      return policy.redact({ ...data } as Record<string, unknown>);
  }
}

/** An ended SDK span as a row of `trace_spans`. */
export function toSpanRecord(span: Span<any>, policy: ContentPolicy): SpanRecord {
  const data = span.spanData as SpanData;
  const error = span.error;
  return {
    traceId: span.traceId,
    spanId: span.spanId,
    parentId: span.parentId,
    kind: data.type,
    name: policy.redact(spanName(data)),
    startedAt: span.startedAt ? new Date(span.startedAt) : null,
    endedAt: span.endedAt ? new Date(span.endedAt) : null,
    error: error
      ? policy.redact({ message: error.message, ...(error.data ? { data: error.data } : {}) })
      : null,
    data: spanDataForStorage(data, policy),
  };
}
