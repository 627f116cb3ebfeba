import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One span as it arrived, decoded from the OTLP/HTTP JSON encoding (ExportTraceServiceRequest). */
export type ReceivedSpan = {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  /** OTLP SpanKind number: 1 internal, 2 server, 3 client. */
  kind: number;
  attributes: Record<string, unknown>;
  resource: Record<string, unknown>;
  status: { code?: number; message?: string } | null;
};

export type OtlpReceiver = {
  /** Base URL to use as `OTEL_EXPORTER_OTLP_ENDPOINT`, e.g. `http://127.0.0.1:41234`. */
  url: string;
  spans: ReceivedSpan[];
  /** Every request body exactly as received, to prove what never left the process. */
  rawBodies: string[];
  close(): Promise<void>;
};

/** An OTLP AnyValue as a plain JS value. */
function anyValue(value: any): unknown {
  if (!value || typeof value !== 'object') return undefined;
  if ('stringValue' in value) return value.stringValue;
  if ('boolValue' in value) return value.boolValue;
  if ('intValue' in value) return Number(value.intValue);
  if ('doubleValue' in value) return Number(value.doubleValue);
  if ('arrayValue' in value) return (value.arrayValue?.values ?? []).map(anyValue);
  if ('kvlistValue' in value) return keyValues(value.kvlistValue?.values);
  return undefined;
}

function keyValues(list: any[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const kv of list ?? []) out[kv.key] = anyValue(kv.value);
  return out;
}

/** OTLP/JSON ids are hex strings; an empty parent id means a root span. */
export function decodeOtlpJson(body: any): ReceivedSpan[] {
  const spans: ReceivedSpan[] = [];
  for (const rs of body?.resourceSpans ?? []) {
    const resource = keyValues(rs.resource?.attributes);
    for (const ss of rs.scopeSpans ?? []) {
      for (const s of ss.spans ?? []) {
        spans.push({
          traceId: s.traceId,
          spanId: s.spanId,
          parentSpanId: s.parentSpanId ? s.parentSpanId : null,
          name: s.name,
          kind: s.kind,
          attributes: keyValues(s.attributes),
          resource,
          status: s.status ?? null,
        });
      }
    }
  }
  return spans;
}

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/**
 * A local OTLP/HTTP traces endpoint for tests: `POST /v1/traces` with a JSON body, decoded as the
 * collector would. Protobuf bodies are refused with 415 so a change of encoding fails loudly.
 */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = [];
  const rawBodies: string[] = [];
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    if (req.method !== 'POST' || req.url !== '/v1/traces') {
      res.writeHead(404).end();
      return;
    }
    if (!String(req.headers['content-type'] ?? '').includes('application/json')) {
      res.writeHead(415).end();
      return;
    }
    rawBodies.push(body);
    spans.push(...decodeOtlpJson(JSON.parse(body)));
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    rawBodies,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
