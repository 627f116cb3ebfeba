/** A function call the fake model makes. `arguments` may be given as an object; it is sent JSON-encoded. */
export type FakeToolCall = { name: string; arguments?: string | Record<string, unknown>; callId?: string };

/**
 * One scripted model reply, consumed in order by whichever endpoint is called next.
 * `error` answers with that HTTP status; note the OpenAI client retries 408/409/429/5xx (twice by default),
 * and each retry consumes the next scripted reply.
 */
export type FakeReply =
  | { text: string }
  | { toolCall: FakeToolCall }
  | { error: { status: number; message: string } };

/** A successful reply with every field filled in, ready to be written in either wire format. */
export type ResolvedReply =
  | { kind: 'text'; text: string }
  | { kind: 'toolCall'; name: string; arguments: string; callId: string };

/** Per-request values shared by both wire formats. Deterministic: derived from the request number and body. */
export type ReplyContext = {
  /** 1-based number of this request on the server. */
  sequence: number;
  model: string;
  created: number;
  usage: { input: number; output: number };
};

export function resolveReply(
  reply: { text: string } | { toolCall: FakeToolCall },
  sequence: number,
): ResolvedReply {
  if ('text' in reply) return { kind: 'text', text: reply.text };
  const args = reply.toolCall.arguments ?? {};
  return {
    kind: 'toolCall',
    name: reply.toolCall.name,
    arguments: typeof args === 'string' ? args : JSON.stringify(args),
    callId: reply.toolCall.callId ?? `call_fake_${sequence}`,
  };
}

/** Rough token counts (4 characters a token) so usage accounting sees non-zero, repeatable numbers. */
export function estimateUsage(requestBody: unknown, reply: ResolvedReply): { input: number; output: number } {
  const output = reply.kind === 'text' ? reply.text : reply.name + reply.arguments;
  return {
    input: Math.max(1, Math.ceil(JSON.stringify(requestBody).length / 4)),
    output: Math.max(1, Math.ceil(output.length / 4)),
  };
}

/** Splits text into word-sized deltas so streaming consumers see more than one chunk. */
export function textDeltas(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? [text];
}
