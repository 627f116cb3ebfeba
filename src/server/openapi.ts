import { z } from 'zod';
import { CALL_COMPONENTS, CALL_OPERATIONS } from '../telephony/callsApi.ts';
import { ANALYTICS_COMPONENTS, ANALYTICS_OPERATIONS } from './routes/analytics.ts';
import { APPROVAL_COMPONENTS, APPROVAL_OPERATIONS } from './routes/approvals.ts';
import * as S from './schemas.ts';

type Io = 'input' | 'output';
type Operation = {
  method: 'get' | 'post';
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodObject;
  body?: string;
  /** Status → component name (JSON) or a custom response object. */
  responses: Record<number, string | Record<string, unknown>>;
  stream?: { description: string; events: Record<string, string> };
  open?: boolean;
};

/** Named components: requests as clients write them (input), responses as the server sends them. */
const COMPONENTS: [string, z.ZodType, Io][] = [
  ['CreateConversationRequest', S.CreateConversationBody, 'input'],
  ['SendMessageRequest', S.SendMessageBody, 'input'],
  ['OperatorMessageRequest', S.OperatorMessageBody, 'input'],
  ['HandbackRequest', S.HandbackBody, 'input'],
  ['ChatCompletionRequest', S.ChatCompletionBody, 'input'],
  ['ConversationSummary', S.ConversationSummary, 'output'],
  ['ConversationList', S.ConversationList, 'output'],
  ['ConversationDetail', S.ConversationDetail, 'output'],
  ['TurnResponse', S.TurnResponse, 'output'],
  ['GraphInfo', S.GraphInfo, 'output'],
  ['GraphList', S.GraphList, 'output'],
  ['EdgeCounts', S.EdgeCounts, 'output'],
  ['Health', S.Health, 'output'],
  ['Readiness', S.Readiness, 'output'],
  ['Error', S.ErrorResponse, 'output'],
  ['LiveMessage', S.LiveMessage, 'output'],
  ['ModelList', S.ModelList, 'output'],
  ['ChatCompletion', S.ChatCompletion, 'output'],
  ['ChatCompletionChunk', S.ChatCompletionChunk, 'output'],
  ['StreamDelta', S.StreamEvents.delta, 'output'],
  ['StreamHandoff', S.StreamEvents.handoff, 'output'],
  ['StreamToolCall', S.StreamEvents.tool_call, 'output'],
  ['StreamToolResult', S.StreamEvents.tool_result, 'output'],
  ['StreamError', S.StreamEvents.error, 'output'],
  ...ANALYTICS_COMPONENTS,
  ...APPROVAL_COMPONENTS,
  ...CALL_COMPONENTS,
];

const ERRORS = { 400: 'Error', 401: 'Error', 403: 'Error', 404: 'Error', 429: 'Error' };
const TURN_ERRORS = { ...ERRORS, 409: 'Error', 413: 'Error' };

const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/healthz',
    summary: 'The process answers',
    tag: 'health',
    responses: { 200: 'Health' },
    open: true,
  },
  {
    method: 'get',
    path: '/readyz',
    summary: 'Database reachable and migrations applied',
    tag: 'health',
    responses: { 200: 'Readiness', 503: 'Readiness' },
    open: true,
  },
  {
    method: 'post',
    path: '/v1/conversations',
    summary: 'Start a conversation on a graph',
    tag: 'conversations',
    body: 'CreateConversationRequest',
    responses: { 201: 'ConversationSummary', ...ERRORS, 413: 'Error' },
  },
  {
    method: 'get',
    path: '/v1/conversations',
    summary: "List the caller's conversations, newest first",
    tag: 'conversations',
    query: S.ListConversationsQuery,
    responses: { 200: 'ConversationList', ...ERRORS },
  },
  {
    method: 'get',
    path: '/v1/conversations/{id}',
    summary: 'One conversation: status, context, transcript, handoff trail, events',
    tag: 'conversations',
    responses: { 200: 'ConversationDetail', ...ERRORS },
  },
  {
    method: 'post',
    path: '/v1/conversations/{id}/messages',
    summary:
      'Send a user message and run a turn (JSON, or server-sent events with Accept: text/event-stream)',
    tag: 'conversations',
    body: 'SendMessageRequest',
    responses: { 200: 'TurnResponse', ...TURN_ERRORS },
    stream: {
      description:
        'With `Accept: text/event-stream`: `delta`, `handoff`, `tool_call`, `tool_result` events as they happen, then `done` (the TurnResponse) or `error`. Errors before the turn starts are plain JSON with their status.',
      events: {
        delta: 'StreamDelta',
        handoff: 'StreamHandoff',
        tool_call: 'StreamToolCall',
        tool_result: 'StreamToolResult',
        done: 'TurnResponse',
        error: 'StreamError',
      },
    },
  },
  {
    method: 'get',
    path: '/v1/conversations/{id}/live',
    summary:
      'WebSocket (upgrade): a `snapshot` message, then every event of the conversation as it happens. Browsers may pass the key as `?key=`.',
    tag: 'conversations',
    responses: { 101: { description: 'Switching to WebSocket; messages are LiveMessage' }, ...ERRORS },
  },
  {
    method: 'post',
    path: '/v1/conversations/{id}/end',
    summary:
      'End the conversation (status `ended`) and store its post-conversation analysis (sentiment, lead score)',
    tag: 'conversations',
    responses: { 200: 'ConversationSummary', ...TURN_ERRORS },
  },
  {
    method: 'get',
    path: '/v1/inbox',
    summary: "Operator inbox: the caller's conversations awaiting a human",
    tag: 'operator',
    query: S.InboxQuery,
    responses: { 200: 'ConversationList', ...ERRORS },
  },
  {
    method: 'post',
    path: '/v1/conversations/{id}/operator-messages',
    summary: 'Reply as the human operator (conversation must be awaiting_human)',
    tag: 'operator',
    body: 'OperatorMessageRequest',
    responses: { 200: 'ConversationSummary', ...TURN_ERRORS },
  },
  {
    method: 'post',
    path: '/v1/conversations/{id}/handback',
    summary: 'Hand the conversation back to an agent; the next user message goes to it',
    tag: 'operator',
    body: 'HandbackRequest',
    responses: { 200: 'ConversationSummary', ...TURN_ERRORS },
  },
  {
    method: 'get',
    path: '/v1/graphs',
    summary: 'Served graphs with their topology',
    tag: 'graphs',
    responses: { 200: 'GraphList', ...ERRORS },
  },
  {
    method: 'get',
    path: '/v1/graphs/{name}',
    summary: 'One graph',
    tag: 'graphs',
    responses: { 200: 'GraphInfo', ...ERRORS },
  },
  {
    method: 'get',
    path: '/v1/graphs/{name}/edges',
    summary: "Handoff counts per edge over the caller's conversations",
    tag: 'graphs',
    responses: { 200: 'EdgeCounts', ...ERRORS },
  },
  {
    method: 'get',
    path: '/v1/models',
    summary: 'OpenAI-compatible: the graphs as models',
    tag: 'openai',
    responses: { 200: 'ModelList', ...ERRORS },
  },
  {
    method: 'post',
    path: '/v1/chat/completions',
    summary:
      'OpenAI-compatible chat completion: model = graph name; continue with metadata.conversation_id or the X-Switchboard-Conversation header',
    tag: 'openai',
    body: 'ChatCompletionRequest',
    responses: { 200: 'ChatCompletion', ...TURN_ERRORS },
    stream: {
      description: 'With `stream: true`: `data:` ChatCompletionChunk lines, then `data: [DONE]`.',
      events: { data: 'ChatCompletionChunk' },
    },
  },
  ...ANALYTICS_OPERATIONS,
  ...APPROVAL_OPERATIONS,
  ...CALL_OPERATIONS,
];

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function componentSchemas(): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (const io of ['input', 'output'] as const) {
    const registry = z.registry<{ id: string }>();
    for (const [id, schema, wanted] of COMPONENTS) if (wanted === io) registry.add(schema, { id });
    const generated = z.toJSONSchema(registry, {
      io,
      unrepresentable: 'any',
      uri: (id) => `#/components/schemas/${id}`,
    });
    for (const [id, schema] of Object.entries(generated.schemas)) {
      const { $schema: _draft, $id: _id, ...rest } = schema as Record<string, unknown>;
      schemas[id] = rest;
    }
  }
  return schemas;
}

function queryParameters(query: z.ZodObject) {
  return Object.entries(query.shape).map(([name, field]) => {
    const { $schema: _draft, ...schema } = z.toJSONSchema(field as z.ZodType, { io: 'input' }) as Record<
      string,
      unknown
    >;
    return { name, in: 'query', required: !(field as z.ZodType).safeParse(undefined).success, schema };
  });
}

function operationObject(op: Operation) {
  const parameters = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (op.query) parameters.push(...(queryParameters(op.query) as typeof parameters));
  const responses: Record<string, unknown> = {};
  for (const [status, target] of Object.entries(op.responses)) {
    if (typeof target !== 'string') {
      responses[status] = target;
      continue;
    }
    const content: Record<string, unknown> = { 'application/json': { schema: ref(target) } };
    if (status === '200' && op.stream)
      content['text/event-stream'] = {
        schema: { type: 'string' },
        'x-events': Object.fromEntries(Object.entries(op.stream.events).map(([e, name]) => [e, ref(name)])),
      };
    responses[status] = {
      description: status === '200' && op.stream ? op.stream.description : target,
      content,
    };
  }
  return {
    summary: op.summary,
    tags: [op.tag],
    ...(op.open ? { security: [] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: ref(op.body) } } } }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the API, generated from the zod schemas the routes parse with. */
export function buildOpenApiDocument(info: { version: string; graphs: string[] }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    paths[op.path] ??= {};
    paths[op.path][op.method] = operationObject(op);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Switchboard API',
      version: info.version,
      description: `Conversations over multi-agent graphs with governed handoffs. Graphs served: ${info.graphs.join(', ')}. Errors are { error: { type, message, param, requestId } }.`,
    },
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'an API key, sb_…' } },
      schemas: componentSchemas(),
    },
    paths,
  };
}

/** Every documented route as `METHOD /path` (the server test checks each one is served). */
export function documentedRoutes(): string[] {
  return OPERATIONS.map((op) => `${op.method.toUpperCase()} ${op.path}`);
}
