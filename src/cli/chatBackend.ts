import { openSwitchboard } from '../app/openSwitchboard.ts';
import { describeModelSpec } from '../models/modelSpec.ts';
import type { Switchboard } from '../runtime/switchboard.ts';

/** What the terminal chat shows of one turn: the same fields in process and over HTTP. */
export type ChatTurn = {
  agent: string;
  reply: string;
  status: string;
  handoffs: { from: string; to: string; reason: string; intent: string | null; kind: string }[];
  toolCalls: { tool: string; arguments: unknown; replayed: boolean }[];
};

/** Where `switchboard chat` runs its turns: this process's store, or a running server. */
export type ChatBackend = {
  /** Shown in the interactive banner: `model … · store …` or `server http://…`. */
  describe: string;
  graph: string;
  createConversation(): Promise<string>;
  /** The id of an existing conversation; throws "conversation ID not found" otherwise. */
  existingConversation(id: string): Promise<string>;
  send(conversationId: string, text: string): Promise<ChatTurn>;
  close(): Promise<void>;
};

export async function localBackend(graph: string, model: string): Promise<ChatBackend> {
  const sb: Switchboard = await openSwitchboard({ graph, model });
  return {
    describe: `model ${describeModelSpec(model)} · store ${sb.store.kind}`,
    graph: sb.graph.name,
    createConversation: async () => (await sb.createConversation()).id,
    existingConversation: async (id) => (await sb.getConversation(id)).id,
    send: (id, text) => sb.send(id, text),
    close: () => sb.store.close(),
  };
}

type ErrorBody = { error?: { message?: string } };

/**
 * The same chat through a running `switchboard serve` (its HTTP API), used when that server holds the
 * embedded database. Its model and store answer; an API key comes from SWITCHBOARD_API_KEY.
 */
export function serverBackend(
  url: string,
  graph: string,
  apiKey = process.env.SWITCHBOARD_API_KEY,
): ChatBackend {
  const base = url.replace(/\/+$/, '');
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new Error(`the server at ${base} does not answer (${(error as Error).message})`);
    }
    const payload = (await response.json().catch(() => ({}))) as T & ErrorBody;
    if (response.ok) return payload;
    const message = payload.error?.message ?? `HTTP ${response.status}`;
    if (response.status === 401)
      throw new Error(`the server at ${base} needs an API key: set SWITCHBOARD_API_KEY=sb_… (${message})`);
    throw new Error(`the server at ${base} answered ${response.status}: ${message}`);
  };
  const conversationPath = (id: string) => `/v1/conversations/${encodeURIComponent(id)}`;
  return {
    describe: `server ${base} (its model and store)`,
    graph,
    createConversation: async () => (await call<{ id: string }>('POST', '/v1/conversations', { graph })).id,
    existingConversation: async (id) => {
      try {
        return (await call<{ id: string }>('GET', conversationPath(id))).id;
      } catch (error) {
        if (/answered 404/.test((error as Error).message)) throw new Error(`conversation ${id} not found`);
        throw error;
      }
    },
    send: (id, text) => call<ChatTurn>('POST', `${conversationPath(id)}/messages`, { text }),
    close: async () => {},
  };
}
