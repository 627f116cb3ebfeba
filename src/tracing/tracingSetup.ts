import {
  BatchTraceProcessor,
  setSensitiveDataLoggingEnabled,
  setTraceProcessors,
  setTracingDisabled,
  type TracingExporter,
  type TracingProcessor,
} from '@openai/agents-core';
import { OtlpTraceProcessor, otlpHeaders, otlpTracesUrl } from './otlpTraceProcessor.ts';
import { type RedactionMode, type Redactor, redactionModeFrom, redactorFor } from './redaction.ts';
import { SwitchboardTraceProcessor } from './switchboardTraceProcessor.ts';

/** What tracing does in this process, read from the environment. */
export type TracingConfig = {
  /** Store turn traces in the conversation store (`SWITCHBOARD_TRACING=0` turns it off). */
  store: boolean;
  /** OTLP/HTTP traces URL (`OTEL_EXPORTER_OTLP_ENDPOINT` / `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`), or null. */
  otlpUrl: string | null;
  otlpHeaders: Record<string, string>;
  /** How long ended spans wait before a batch is sent (`OTEL_BSP_SCHEDULE_DELAY`, ms; default 2000). */
  otlpDelayMs: number;
  serviceName: string;
  /** The SDK's hosted export to OpenAI: only with `SWITCHBOARD_OPENAI_TRACING=1`. */
  openaiExport: boolean;
  redaction: RedactionMode;
  /** Message contents in spans (`OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true`). */
  captureContent: boolean;
};

const positiveInt = (value: string | undefined): number | undefined => {
  const n = Number(value?.trim());
  return value?.trim() && Number.isInteger(n) && n > 0 ? n : undefined;
};

const truthy = (value: string | undefined): boolean => /^(1|true|yes|on)$/i.test(value?.trim() ?? '');

export function tracingConfigFrom(env: NodeJS.ProcessEnv = process.env): TracingConfig {
  return {
    store: env.SWITCHBOARD_TRACING?.trim() !== '0',
    otlpUrl: otlpTracesUrl(env),
    otlpHeaders: otlpHeaders(env),
    otlpDelayMs: positiveInt(env.OTEL_BSP_SCHEDULE_DELAY) ?? 2000,
    serviceName: env.OTEL_SERVICE_NAME?.trim() || 'switchboard',
    openaiExport: env.SWITCHBOARD_OPENAI_TRACING?.trim() === '1',
    redaction: redactionModeFrom(env),
    captureContent: truthy(env.OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT),
  };
}

/**
 * OpenAI's hosted export, loaded with its first batch: `@openai/agents-openai` brings the `openai`
 * client, a third of a second of start-up that a process without the opt-in never needs.
 */
function hostedOpenAIExporter(): TracingExporter {
  let exporter: Promise<TracingExporter> | undefined;
  return {
    async export(items, signal) {
      exporter ??= import('@openai/agents-openai').then((openai) => new openai.OpenAITracingExporter());
      return (await exporter).export(items, signal);
    },
  };
}

/** The hosted exporter sees only redacted copies: it serializes items with `toJSON`, so that is what we wrap. */
function redactingExporter(inner: TracingExporter, redact: Redactor): TracingExporter {
  return {
    export(items, signal) {
      const masked = items.map(
        (item) =>
          ({
            type: item.type,
            tracingApiKey: item.tracingApiKey,
            toJSON: () => redact(item.toJSON()),
          }) as unknown as typeof item,
      );
      return inner.export(masked, signal);
    },
  };
}

export type InstalledTracing = {
  config: TracingConfig;
  /** Null when storing traces is off. */
  store: SwitchboardTraceProcessor | null;
  otlp: OtlpTraceProcessor | null;
  processors: TracingProcessor[];
};

let installed: InstalledTracing | null = null;
/** Shut down by the SDK when the installed processors are replaced, or when the process is ending. */
let watch: { processor: TracingProcessor; shutDown: boolean } | null = null;

/**
 * A processor that rides along with the installed ones to learn when they stop receiving traces. The
 * SDK shuts down the processors it replaces, and `@openai/agents` replaces them with its hosted
 * exporter when it first loads: a module that imports it after tracing was installed (a user's tool
 * file, a guardrail) would otherwise leave the process storing no traces, silently.
 */
function newWatch(): NonNullable<typeof watch> {
  const w = { shutDown: false } as NonNullable<typeof watch>;
  w.processor = {
    async onTraceStart() {},
    async onTraceEnd() {},
    async onSpanStart() {},
    async onSpanEnd() {},
    async forceFlush() {},
    async shutdown() {
      w.shutDown = true;
    },
  };
  return w;
}

function setProcessors(tracing: InstalledTracing): void {
  const next = newWatch();
  setTraceProcessors([...tracing.processors, next.processor]); // shuts the previous ones down
  watch = next;
}

/**
 * Replaces the SDK's processors with ours (the SDK registers its hosted OpenAI exporter when
 * `@openai/agents` loads): the trace store, OTLP export when configured, and the hosted export only
 * on opt-in. Idempotent. Called again it re-enables tracing, since other code may have switched it off
 * globally to silence the hosted exporter, and puts new processors back when ours were replaced (the
 * SDK shuts down the processors it replaces, so the old ones cannot be reused).
 */
export function installTracing(env: NodeJS.ProcessEnv = process.env): InstalledTracing {
  if (!installed || watch?.shutDown) {
    installed = buildTracing(installed?.config ?? tracingConfigFrom(env));
    setProcessors(installed);
  }
  applySwitches(installed);
  return installed;
}

/** Replaces the installed tracing with a new configuration (tests; a server reloading its settings). */
export function reinstallTracing(env: NodeJS.ProcessEnv = process.env): InstalledTracing {
  installed = buildTracing(tracingConfigFrom(env));
  setProcessors(installed);
  applySwitches(installed);
  return installed;
}

/**
 * The tracing this process runs with, or null before `installTracing`; installed anew when the SDK
 * replaced its processors since (a module loaded `@openai/agents` while the process was serving).
 */
export function installedTracing(): InstalledTracing | null {
  return installed && watch?.shutDown ? installTracing() : installed;
}

/** Writes every pending trace and sends every pending OTLP batch (tests; before exit). */
export async function flushTracing(): Promise<void> {
  if (installed) await Promise.all(installed.processors.map((p) => p.forceFlush()));
}

function buildTracing(config: TracingConfig): InstalledTracing {
  const redact = redactorFor(config.redaction);
  const store = config.store
    ? new SwitchboardTraceProcessor({ captureMessages: config.captureContent, redact })
    : null;
  const otlp = config.otlpUrl
    ? new OtlpTraceProcessor({
        url: config.otlpUrl,
        headers: config.otlpHeaders,
        scheduledDelayMillis: config.otlpDelayMs,
        serviceName: config.serviceName,
        captureContent: config.captureContent,
        redact,
      })
    : null;
  const processors: TracingProcessor[] = [];
  if (store) processors.push(store);
  if (otlp) processors.push(otlp);
  if (config.openaiExport) {
    processors.push(new BatchTraceProcessor(redactingExporter(hostedOpenAIExporter(), redact)));
  }
  return { config, store, otlp, processors };
}

function applySwitches(tracing: InstalledTracing): void {
  // The SDK's own debug logs must not print model or tool data when PII is masked everywhere else.
  if (tracing.config.redaction === 'pii') setSensitiveDataLoggingEnabled(false);
  setTracingDisabled(tracing.processors.length === 0);
}
