import { z } from 'zod';

/*
 * Every JSON shape of the HTTP API, as zod schemas: requests are parsed with them, responses are built
 * to match them (the tests parse responses with them) and /openapi.json is generated from them.
 */

const when = z.iso.datetime({ offset: true }).describe('ISO 8601 timestamp');
export const ConversationStatus = z.enum(['active', 'awaiting_human', 'awaiting_approval', 'ended']);
const HandoffKind = z
  .enum(['handoff', 'fallback', 'rejected'])
  .describe('handoff: the model transferred; fallback: the policy escalated; rejected: refused by policy');
const Context = z
  .record(z.string(), z.unknown())
  .describe("structured context, validated by the graph's schema");
const nonBlank = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim() !== '', 'must not be blank');

// ── requests ────────────────────────────────────────────────────────────────────────────────────

export const ConversationIdParams = z.object({ id: z.string().min(1).max(200) });
export const GraphNameParams = z.object({ name: z.string().min(1).max(200) });

export const CreateConversationBody = z.object({
  graph: z.string().min(1).describe('name of a graph this server serves (GET /v1/graphs)'),
  context: Context.optional(),
});

export const SendMessageBody = z.object({
  text: nonBlank(20_000).describe('the user message'),
  expectedTurn: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe(
      'the number this turn will get (the conversation turnCount + 1); when that turn is already committed, e.g. a retry after a lost answer, the answer is 409 and nothing runs again',
    ),
});

export const ListConversationsQuery = z.object({
  graph: z.string().min(1).optional(),
  status: ConversationStatus.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const InboxQuery = z.object({
  graph: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const OperatorMessageBody = z.object({
  text: nonBlank(20_000).describe('the operator reply, shown to the customer as the human agent'),
  operator: z.string().min(1).max(100).optional().describe('who answered (recorded in the events)'),
});

export const HandbackBody = z.object({
  agent: z.string().min(1).describe('an agent of the graph; the next user message goes to it'),
  reason: z.string().min(1).max(500).optional(),
});

const ContentPart = z.looseObject({ type: z.string(), text: z.string().optional() });
export const ChatMessage = z.looseObject({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
  content: z.union([z.string(), z.array(ContentPart), z.null()]).optional(),
});

export const ChatCompletionBody = z.looseObject({
  model: z.string().min(1).describe('a graph name (GET /v1/models)'),
  messages: z.array(ChatMessage).min(1),
  stream: z.boolean().nullish(),
  // A turn runs once and commits once: several choices cannot be offered, so n > 1 is refused, not ignored.
  n: z.number().int().min(1).max(1, 'only n = 1 is supported: a conversation turn has one answer').nullish(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullish(),
  metadata: z
    .record(z.string(), z.string())
    .nullish()
    .describe('`conversation_id` continues a conversation (or use the X-Switchboard-Conversation header)'),
});

// ── responses ───────────────────────────────────────────────────────────────────────────────────

export const ConversationSummary = z.object({
  id: z.string(),
  graph: z.string(),
  tenant: z.string().nullable(),
  status: ConversationStatus,
  activeAgent: z.string(),
  context: Context,
  turnCount: z.number().int(),
  handoffCount: z.number().int(),
  toolCallCount: z.number().int(),
  createdAt: when,
  updatedAt: when,
});

export const ConversationList = z.object({ data: z.array(ConversationSummary) });

export const Handoff = z.object({
  from: z.string(),
  to: z.string(),
  reason: z.string(),
  intent: z.string().nullable(),
  kind: HandoffKind,
});

export const HandoffEntry = Handoff.extend({
  seq: z.number().int(),
  turn: z.number().int(),
  createdAt: when,
});

export const ToolCall = z.object({
  agent: z.string(),
  tool: z.string(),
  callId: z.string(),
  arguments: z.unknown(),
  result: z.unknown(),
  replayed: z.boolean().describe('true when a retried turn got the recorded result of a side effect'),
});

export const OrphanedToolCall = z
  .object({
    v: z.literal(1),
    agent: z.string(),
    tool: z.string(),
    callId: z.string().describe('the call of the earlier attempt that ran the effect'),
    arguments: z.unknown(),
    result: z.unknown(),
    context: z.record(z.string(), z.unknown()).describe('context fields the tool wrote; not applied'),
    recordedAt: z.string(),
  })
  .describe(
    'a side effect that an earlier attempt at this turn ran before it died uncommitted, and this attempt did not repeat (e.g. a retry with changed text): it happened, the reply does not mention it',
  );

export const TurnResponse = z.object({
  conversationId: z.string(),
  turn: z.number().int(),
  agent: z.string().describe('the agent that answered'),
  reply: z.string(),
  status: ConversationStatus,
  handoffs: z.array(Handoff),
  toolCalls: z.array(ToolCall),
  orphanedToolCalls: z.array(OrphanedToolCall),
  usage: z.object({ requests: z.number(), inputTokens: z.number(), outputTokens: z.number() }),
  durationMs: z.number(),
});

export const TranscriptEntry = z.object({
  seq: z.number().int(),
  turn: z.number().int(),
  agent: z.string().nullable().describe('null for the user'),
  role: z.enum(['user', 'assistant', 'tool_call', 'tool_result']),
  text: z.string().describe('message text; for tool calls `name(arguments)`, for results the output'),
  tool: z.string().optional(),
});

export const ConversationDetail = ConversationSummary.extend({
  transcript: z.array(TranscriptEntry).describe('the history, readable'),
  handoffs: z.array(HandoffEntry).describe('the handoff trail, oldest first'),
  events: z.array(
    z.object({
      seq: z.number().int(),
      turn: z.number().int(),
      type: z.string(),
      data: z.record(z.string(), z.unknown()),
      createdAt: when,
    }),
  ),
  items: z
    .array(
      z.object({
        seq: z.number().int(),
        turn: z.number().int(),
        agent: z.string().nullable(),
        item: z.unknown(),
      }),
    )
    .describe('the raw stored SDK items'),
});

export const GraphInfo = z.object({
  name: z.string(),
  entry: z.string(),
  description: z.string().nullable(),
  agents: z.array(z.string()),
  topology: z
    .record(z.string(), z.unknown())
    .describe('graph.toJSON(): agents, tools, edges, policy, routing'),
  mermaid: z.string().describe('graph.toMermaid()'),
});

export const GraphList = z.object({ data: z.array(GraphInfo) });

export const EdgeCounts = z.object({
  graph: z.string(),
  edges: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      declared: z.boolean().describe('the edge is in the graph (false: e.g. an operator handback)'),
      system: z.boolean().describe('the escalation edge Switchboard adds to every agent'),
      counts: z.object({ handoff: z.number().int(), fallback: z.number().int(), rejected: z.number().int() }),
      total: z.number().int(),
    }),
  ),
});

export const Health = z.object({ status: z.literal('ok'), uptimeSeconds: z.number() });

export const Readiness = z.object({
  status: z.enum(['ready', 'not_ready']),
  store: z.enum(['memory', 'pglite', 'postgres']),
  pendingMigrations: z.array(z.number().int()),
  reason: z.string().optional(),
});

export const ErrorResponse = z.object({
  error: z.object({
    type: z.string(),
    message: z.string(),
    param: z.string().nullable().describe('the offending field, when there is one'),
    requestId: z.string(),
  }),
});

// ── streams ─────────────────────────────────────────────────────────────────────────────────────

/** `data:` of each server-sent event of POST /v1/conversations/{id}/messages, by event name. */
export const StreamEvents = {
  delta: z.object({ agent: z.string(), delta: z.string() }),
  handoff: Handoff,
  tool_call: z.object({ agent: z.string(), tool: z.string(), callId: z.string(), arguments: z.unknown() }),
  tool_result: z.object({
    agent: z.string(),
    tool: z.string(),
    callId: z.string(),
    result: z.unknown(),
    replayed: z.boolean(),
  }),
  done: TurnResponse,
  error: ErrorResponse.shape.error,
} as const;

/** Messages of the WebSocket /v1/conversations/{id}/live: a snapshot first, then every event. */
export const LiveMessage = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('snapshot'), conversationId: z.string(), conversation: ConversationSummary }),
  z.object({
    kind: z.literal('event'),
    conversationId: z.string(),
    type: z
      .string()
      .describe(
        'turn.started, text.delta, handoff, tool.call, tool.result, turn.completed, routing.decision…',
      ),
    turn: z.number().int(),
    data: z.record(z.string(), z.unknown()),
  }),
]);

// ── OpenAI-compatible ───────────────────────────────────────────────────────────────────────────

export const ModelList = z.object({
  object: z.literal('list'),
  data: z.array(
    z.object({ id: z.string(), object: z.literal('model'), created: z.number().int(), owned_by: z.string() }),
  ),
});

export const SwitchboardExtension = z
  .object({
    conversation_id: z.string(),
    agent: z.string(),
    status: ConversationStatus,
    turn: z.number().int(),
    handoffs: z.array(Handoff),
    tool_calls: z.array(ToolCall),
  })
  .describe('Switchboard fields outside the standard ones: which agent answered, and how');

const Usage = z.object({
  prompt_tokens: z.number().int(),
  completion_tokens: z.number().int(),
  total_tokens: z.number().int(),
});

export const ChatCompletion = z.object({
  id: z.string(),
  object: z.literal('chat.completion'),
  created: z.number().int(),
  model: z.string(),
  choices: z.array(
    z.object({
      index: z.number().int(),
      message: z.object({ role: z.literal('assistant'), content: z.string(), refusal: z.null() }),
      finish_reason: z.literal('stop'),
      logprobs: z.null(),
    }),
  ),
  usage: Usage,
  switchboard: SwitchboardExtension,
});

export const ChatCompletionChunk = z.object({
  id: z.string(),
  object: z.literal('chat.completion.chunk'),
  created: z.number().int(),
  model: z.string(),
  choices: z.array(
    z.object({
      index: z.number().int(),
      delta: z.object({ role: z.literal('assistant').optional(), content: z.string().optional() }),
      finish_reason: z.literal('stop').nullable(),
      logprobs: z.null(),
    }),
  ),
  usage: Usage.nullable().optional(),
  switchboard: SwitchboardExtension.optional().describe('on the final chunk'),
});

// ── approvals (docs/approvals.md) ───────────────────────────────────────────────────────────────

export const ApprovalIdParams = z.object({ id: z.string().min(1).max(200) });

export const ListApprovalsQuery = z.object({
  graph: z.string().min(1).optional(),
  status: z
    .enum(['pending', 'approved', 'denied'])
    .default('pending')
    .describe('pending: calls conversations are waiting on; approved/denied: the decision audit'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const DecideApprovalBody = z
  .object({
    note: z.string().max(2000).optional().describe('why; on a denial the agent passes it on to the customer'),
    operator: z.string().min(1).max(100).optional().describe('who decides (recorded with the API key id)'),
  })
  .default({});

export const Approval = z.object({
  id: z.string(),
  conversationId: z.string(),
  graph: z.string(),
  turn: z.number().int().describe('the turn whose call waits'),
  callId: z.string(),
  tool: z.string(),
  agent: z.string().describe('the agent that made the call; it resumes the conversation'),
  arguments: z.unknown(),
  reason: z.string().describe("why a person has to decide (the tool's approval rule)"),
  status: z.enum(['pending', 'approved', 'denied']),
  createdAt: when,
  decidedAt: when.nullable(),
  decidedBy: z.string().nullable(),
  note: z.string().nullable(),
});

export const ApprovalList = z.object({ data: z.array(Approval) });

export const ApprovalDecision = z.object({
  approval: Approval,
  turn: TurnResponse.nullable().describe(
    'the resumed turn (the agent telling the customer the outcome); null when the decision was already taken or other calls of the turn still wait',
  ),
});
