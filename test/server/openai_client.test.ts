import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatCompletion, ChatCompletionChunk, ModelList } from '../../src/server/schemas.ts';
import { startTestServer, type TestServer } from '../support/server/serverFixture.ts';

/** The official `openai` npm client pointed at the server: what any OpenAI-compatible app would do. */
describe('OpenAI-compatible endpoint through the openai client', () => {
  let server: TestServer;
  let client: OpenAI;
  let key: string;
  beforeAll(async () => {
    server = await startTestServer();
    key = (await server.keys.create({ tenant: 'acme' })).key;
    client = new OpenAI({ baseURL: `${await server.listen()}/v1`, apiKey: key, maxRetries: 0 });
  });
  afterAll(() => server.close());

  it('lists the graphs as models', async () => {
    const page = await client.models.list();
    expect(page.data.map((m) => m.id)).toEqual(['support']);
    ModelList.parse({ object: 'list', data: page.data });
  });

  it('answers a completion and says which agent answered', async () => {
    const completion = await client.chat.completions.create({
      model: 'support',
      messages: [{ role: 'user', content: 'what does the Growth plan cost?' }],
    });
    const parsed = ChatCompletion.parse(completion);
    expect(parsed.choices[0].message.content).toMatch(/Growth is \$99/);
    expect(parsed.choices[0].finish_reason).toBe('stop');
    expect(parsed.switchboard.agent).toBe('Sales');
    expect(parsed.switchboard.handoffs.map((h) => `${h.from}->${h.to}`)).toEqual(['Triage->Sales']);
    const stored = await server.store.getConversation(parsed.switchboard.conversation_id);
    expect(stored).toMatchObject({ tenant: 'acme', graph: 'support', activeAgent: 'Sales' });
  });

  it('streams standard chunks whose text is the reply, the final one naming the agent', async () => {
    const stream = await client.chat.completions.create({
      model: 'support',
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'I was charged twice on invoice INV-2043' }] },
      ],
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks: any[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    for (const chunk of chunks) ChatCompletionChunk.parse(chunk);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
    expect(chunks[0].choices[0].delta.role).toBe('assistant');
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    const final = chunks.find((c) => c.choices[0]?.finish_reason === 'stop');
    expect(final.switchboard.agent).toBe('Billing');
    expect(text).toContain('INV-2043');
    const stored = await server.store.getItems(final.switchboard.conversation_id);
    const reply = stored.at(-1)!.item as any;
    expect(reply.content[0].text).toBe(text);
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { total_tokens: 0 } });
  });

  it('continues a conversation by metadata or header; starts new ones from the supplied history', async () => {
    const first = await client.chat.completions.create({
      model: 'support',
      messages: [{ role: 'user', content: 'I was charged twice on invoice INV-2043' }],
    });
    const id = (first as any).switchboard.conversation_id as string;
    const byMetadata = await client.chat.completions.create({
      model: 'support',
      messages: [{ role: 'user', content: 'and what is my balance?' }],
      metadata: { conversation_id: id },
    });
    expect((byMetadata as any).switchboard).toMatchObject({ conversation_id: id, turn: 2 });
    const byHeader = await client.chat.completions
      .create(
        { model: 'support', messages: [{ role: 'user', content: 'thanks' }] },
        { headers: { 'X-Switchboard-Conversation': id } },
      )
      .withResponse();
    expect(byHeader.response.headers.get('x-switchboard-conversation')).toBe(id);
    expect((byHeader.data as any).switchboard).toMatchObject({ conversation_id: id, turn: 3 });

    const seeded = await client.chat.completions.create({
      model: 'support',
      messages: [
        { role: 'system', content: 'ignored: the graph has its own instructions' },
        { role: 'user', content: 'hello' },
        { role: 'assistant', content: 'Hi! How can I help?' },
        { role: 'user', content: 'what does the Scale plan cost?' },
      ],
    });
    const seededId = (seeded as any).switchboard.conversation_id;
    expect(seededId).not.toBe(id);
    const transcript = (await server.store.getItems(seededId)).map((i) => i.item as any);
    expect(transcript.slice(0, 3).map((i) => i.role)).toEqual(['user', 'assistant', 'user']);
    expect(transcript[2].content).toBe('what does the Scale plan cost?');
  });

  it('surfaces errors as the client expects them', async () => {
    await expect(
      client.chat.completions.create({ model: 'nope', messages: [{ role: 'user', content: 'hi' }] }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      client.chat.completions.create({ model: 'support', messages: [{ role: 'assistant', content: 'hi' }] }),
    ).rejects.toMatchObject({ status: 400, param: 'messages[0].role' });
    const stranger = new OpenAI({ baseURL: client.baseURL, apiKey: 'sb_not_a_key', maxRetries: 0 });
    await expect(stranger.models.list()).rejects.toMatchObject({ status: 401 });
  });
});
