import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chatCompletion, chatCompletionChunks } from './fakeChatCompletions.ts';
import { estimateUsage, type FakeReply, type ReplyContext, resolveReply } from './fakeReplies.ts';
import { responseBody, responseEvents } from './fakeResponses.ts';

export type { FakeReply, FakeToolCall } from './fakeReplies.ts';

/** One request as the fake server received it. */
export type RecordedRequest = {
  method: string;
  /** e.g. `/v1/chat/completions` */
  path: string;
  /** The parsed JSON body: assert on `messages`/`input`, `tools`, `model`… */
  body: any;
  /** The raw `Authorization` header, e.g. `Bearer sk-…`, or undefined. */
  authorization: string | undefined;
  stream: boolean;
};

export type FakeOpenAIServer = {
  /** `http://127.0.0.1:<port>`; the OpenAI base URL is `${url}/v1`. */
  url: string;
  /** Every request received, in order (including ones answered with an error). */
  requests: RecordedRequest[];
  /** Appends replies to the script. Each model request consumes the next one, whatever the endpoint. */
  enqueue(...replies: FakeReply[]): void;
  close(): Promise<void>;
};

// Fixed so replies are byte-for-byte repeatable across runs.
const CREATED = 1_700_000_000;

/**
 * A local stand-in for the OpenAI API: `POST /v1/chat/completions` and `POST /v1/responses`, JSON or
 * SSE (`stream: true`), answering from a scripted queue. With the queue empty it answers 400, which the
 * OpenAI client does not retry, so a test that makes an unexpected model call fails fast and says why.
 */
export async function startFakeOpenAIServer(): Promise<FakeOpenAIServer> {
  const requests: RecordedRequest[] = [];
  const script: FakeReply[] = [];

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, `fake OpenAI server failed: ${String(error)}`);
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const raw = await readBody(req);
    let body: any;
    try {
      body = raw === '' ? {} : JSON.parse(raw);
    } catch {
      return sendError(res, 400, 'fake OpenAI server: request body is not JSON');
    }
    const stream = body?.stream === true;
    requests.push({
      method: req.method ?? 'GET',
      path,
      body,
      authorization: req.headers.authorization,
      stream,
    });

    const endpoint =
      req.method === 'POST' && path === '/v1/chat/completions'
        ? 'chat'
        : req.method === 'POST' && path === '/v1/responses'
          ? 'responses'
          : undefined;
    if (!endpoint) return sendError(res, 404, `fake OpenAI server: no route for ${req.method} ${path}`);

    const next = script.shift();
    if (!next) {
      return sendError(
        res,
        400,
        `fake OpenAI server: no scripted reply left for POST ${path} (enqueue one first)`,
      );
    }
    if ('error' in next) return sendError(res, next.error.status, next.error.message);

    const sequence = requests.length;
    const reply = resolveReply(next, sequence);
    const ctx: ReplyContext = {
      sequence,
      model: typeof body.model === 'string' ? body.model : 'fake-model',
      created: CREATED,
      usage: estimateUsage(endpoint === 'chat' ? body.messages : body.input, reply),
    };

    if (endpoint === 'chat') {
      if (!stream) return sendJson(res, 200, chatCompletion(reply, ctx));
      return sendEvents(
        res,
        chatCompletionChunks(reply, ctx).map((data) => ({ data })),
        true,
      );
    }
    if (!stream) return sendJson(res, 200, responseBody(reply, ctx));
    return sendEvents(
      res,
      responseEvents(reply, ctx).map((data) => ({ event: data.type, data })),
      false,
    );
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...replies) => {
      script.push(...replies);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Clients keep connections alive; without this, close() would wait for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { error: { message, type: 'fake_server_error', param: null, code: null } });
}

/** Server-sent events; Chat Completions ends with `data: [DONE]`, the Responses API just closes the stream. */
function sendEvents(res: ServerResponse, events: { event?: string; data: unknown }[], done: boolean): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  for (const { event, data } of events) {
    res.write(`${event ? `event: ${event}\n` : ''}data: ${JSON.stringify(data)}\n\n`);
  }
  if (done) res.write('data: [DONE]\n\n');
  res.end();
}
