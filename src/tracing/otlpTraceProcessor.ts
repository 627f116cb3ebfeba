import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Span, Trace, TracingProcessor } from '@openai/agents-core';
import {
  type Span as OtelSpan,
  trace as otelTrace,
  ROOT_CONTEXT,
  type SpanOptions,
  SpanStatusCode,
  type Tracer,
} from '@opentelemetry/api';
import type * as OtlpHttp from '@opentelemetry/exporter-trace-otlp-http';
import type * as Resources from '@opentelemetry/resources';
import type * as SdkTrace from '@opentelemetry/sdk-trace-base';
import type { BasicTracerProvider, IdGenerator, SpanExporter } from '@opentelemetry/sdk-trace-base';
import type * as SemanticConventions from '@opentelemetry/semantic-conventions';
import { GEN_AI, genAiSpan, otelKindOf, workflowSpan } from './genAiSpans.ts';
import { logWarning } from './log.ts';
import type { Redactor } from './redaction.ts';

export type OtlpOptions = {
  /** Full traces URL, e.g. `http://localhost:4318/v1/traces`. */
  url: string;
  headers?: Record<string, string>;
  serviceName: string;
  captureContent: boolean;
  redact: Redactor;
  /** How long spans wait before a batch is sent (ms). */
  scheduledDelayMillis?: number;
  /** For tests: an exporter to use instead of OTLP/HTTP. */
  exporter?: SpanExporter;
};

/**
 * Lets each OpenTelemetry span carry the id of the SDK span it mirrors (`trace_<32 hex>` → the trace id,
 * `span_<24 hex>` → its first 16 hex), so stored and exported spans can be matched by id.
 */
class MirroredIds implements IdGenerator {
  nextTraceId: string | null = null;
  nextSpanId: string | null = null;
  generateTraceId(): string {
    return this.nextTraceId ?? randomBytes(16).toString('hex');
  }
  generateSpanId(): string {
    return this.nextSpanId ?? randomBytes(8).toString('hex');
  }
}

const HEX32 = /^[0-9a-f]{32}$/;
const hexOf = (id: string): string => id.replace(/^(trace|span)_/, '').toLowerCase();
const otelTraceId = (id: string): string | null => (HEX32.test(hexOf(id)) ? hexOf(id) : null);
const otelSpanId = (id: string): string | null => {
  const hex = hexOf(id).slice(0, 16);
  return /^[0-9a-f]{16}$/.test(hex) ? hex : null;
};

type Mirror = { root: OtelSpan; spans: Map<string, OtelSpan>; conversationId?: string };

/**
 * Mirrors the SDK's traces as OpenTelemetry spans named and attributed per the GenAI semantic
 * conventions, and sends them over OTLP/HTTP in batches. Each trace becomes an `invoke_workflow`
 * root span; SDK spans start as children of their SDK parent and get their final name and attributes
 * when they end (a handoff's target is only known then).
 */
export class OtlpTraceProcessor implements TracingProcessor {
  private readonly provider: BasicTracerProvider;
  private readonly tracer: Tracer;
  private readonly ids = new MirroredIds();
  private readonly mirrors = new Map<string, Mirror>();

  constructor(private readonly options: OtlpOptions) {
    // The OpenTelemetry SDK and exporter (CommonJS packages: `import` loads them the same way) are
    // required here, by the processes that export: loading them was a tenth of every CLI start.
    const require = createRequire(import.meta.url);
    const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof OtlpHttp;
    const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof Resources;
    const { BasicTracerProvider, BatchSpanProcessor } =
      require('@opentelemetry/sdk-trace-base') as typeof SdkTrace;
    const { ATTR_SERVICE_NAME } =
      require('@opentelemetry/semantic-conventions') as typeof SemanticConventions;
    const exporter =
      options.exporter ?? new OTLPTraceExporter({ url: options.url, headers: options.headers });
    this.provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName }),
      idGenerator: this.ids,
      spanProcessors: [
        new BatchSpanProcessor(exporter, { scheduledDelayMillis: options.scheduledDelayMillis ?? 2000 }),
      ],
    });
    this.tracer = this.provider.getTracer('switchboard');
  }

  private startSpan(
    name: string,
    options: SpanOptions,
    parent: OtelSpan | null,
    ids: { traceId?: string | null; spanId?: string | null },
  ): OtelSpan {
    this.ids.nextTraceId = ids.traceId ?? null;
    this.ids.nextSpanId = ids.spanId ?? null;
    try {
      const context = parent ? otelTrace.setSpan(ROOT_CONTEXT, parent) : ROOT_CONTEXT;
      return this.tracer.startSpan(name, options, context);
    } finally {
      this.ids.nextTraceId = null;
      this.ids.nextSpanId = null;
    }
  }

  async onTraceStart(trace: Trace): Promise<void> {
    try {
      const shape = workflowSpan(trace.name, trace.metadata);
      const root = this.startSpan(
        shape.name,
        { kind: shape.kind, attributes: this.options.redact(shape.attributes) },
        null,
        { traceId: otelTraceId(trace.traceId), spanId: otelSpanId(trace.traceId.slice(-16)) },
      );
      const conversationId = trace.metadata?.conversationId;
      this.mirrors.set(trace.traceId, {
        root,
        spans: new Map(),
        conversationId: typeof conversationId === 'string' ? conversationId : undefined,
      });
    } catch (error) {
      logWarning(`OpenTelemetry export: ${(error as Error).message}`);
    }
  }

  async onSpanStart(span: Span<any>): Promise<void> {
    const mirror = this.mirrors.get(span.traceId);
    if (!mirror) return;
    try {
      const parent = (span.parentId && mirror.spans.get(span.parentId)) || mirror.root;
      const started = this.startSpan(
        span.spanData.type,
        {
          kind: otelKindOf(span.spanData),
          startTime: span.startedAt ? new Date(span.startedAt) : undefined,
        },
        parent,
        { spanId: otelSpanId(span.spanId) },
      );
      mirror.spans.set(span.spanId, started);
    } catch (error) {
      logWarning(`OpenTelemetry export: ${(error as Error).message}`);
    }
  }

  async onSpanEnd(span: Span<any>): Promise<void> {
    const mirror = this.mirrors.get(span.traceId);
    const otel = mirror?.spans.get(span.spanId);
    if (!mirror || !otel) return;
    mirror.spans.delete(span.spanId);
    try {
      const { redact, captureContent } = this.options;
      const shape = genAiSpan(span.spanData, { captureContent, redact });
      if (mirror.conversationId) shape.attributes[GEN_AI.conversationId] = mirror.conversationId;
      otel.updateName(redact(shape.name));
      otel.setAttributes(redact(shape.attributes));
      if (span.error) otel.setStatus({ code: SpanStatusCode.ERROR, message: redact(span.error.message) });
      otel.end(span.endedAt ? new Date(span.endedAt) : undefined);
    } catch (error) {
      logWarning(`OpenTelemetry export: ${(error as Error).message}`);
    }
  }

  async onTraceEnd(trace: Trace): Promise<void> {
    const mirror = this.mirrors.get(trace.traceId);
    if (!mirror) return;
    this.mirrors.delete(trace.traceId);
    // Spans the SDK never ended (an aborted run) are closed with the trace rather than leaked.
    for (const open of mirror.spans.values()) open.end();
    const error = trace.metadata?.error;
    if (typeof error === 'string') {
      mirror.root.setStatus({ code: SpanStatusCode.ERROR, message: this.options.redact(error) });
    }
    mirror.root.end();
  }

  async forceFlush(): Promise<void> {
    await this.provider.forceFlush();
  }

  async shutdown(): Promise<void> {
    await this.provider.shutdown();
  }
}

/**
 * The OTLP/HTTP traces URL from the standard variables: `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` as is, or
 * `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`. Null when neither is set (export stays off).
 */
export function otlpTracesUrl(env: NodeJS.ProcessEnv): string | null {
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (traces) return traces;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!base) return null;
  return `${base.replace(/\/+$/, '')}/v1/traces`;
}

/** `OTEL_EXPORTER_OTLP_HEADERS` (`k1=v1,k2=v2`, values URL-encoded) as a header object. */
export function otlpHeaders(env: NodeJS.ProcessEnv): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const pair of (env.OTEL_EXPORTER_OTLP_HEADERS ?? '').split(',')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    headers[pair.slice(0, at).trim()] = decodeURIComponent(pair.slice(at + 1).trim());
  }
  return headers;
}
