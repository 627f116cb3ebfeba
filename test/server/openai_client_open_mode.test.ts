import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server/serverFixture.ts';

/**
 * Issue #17 item 13: the official `openai` client needs some API key to start, so against a server
 * with open access (no key created) people pass a placeholder, as they do for Ollama or vLLM. Open
 * access takes any bearer; once keys exist only real ones pass.
 */
describe('the openai client against an open server, with a placeholder key', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it.each(['sk-placeholder', 'ollama', 'not-needed'])('answers with apiKey "%s"', async (apiKey) => {
    server = await startTestServer();
    const client = new OpenAI({ baseURL: `${await server.listen()}/v1`, apiKey, maxRetries: 0 });
    const completion = await client.chat.completions.create({
      model: 'support',
      messages: [{ role: 'user', content: 'what does the Growth plan cost?' }],
    });
    expect(completion.choices[0].message.content).toMatch(/Growth is \$99/);
    const id = (completion as unknown as { switchboard: { conversation_id: string } }).switchboard
      .conversation_id;
    expect((await server.store.getConversation(id))?.tenant).toBeNull();
  });

  it('refuses the placeholder with 401 once a key exists, and takes the real key', async () => {
    server = await startTestServer();
    const real = (await server.keys.create({ tenant: 'acme' })).key;
    const base = `${await server.listen()}/v1`;
    const placeholder = new OpenAI({ baseURL: base, apiKey: 'sk-placeholder', maxRetries: 0 });
    await expect(placeholder.models.list()).rejects.toMatchObject({ status: 401 });
    const client = new OpenAI({ baseURL: base, apiKey: real, maxRetries: 0 });
    expect((await client.models.list()).data.map((m) => m.id)).toEqual(['support']);
  });

  it('still refuses a revoked key with 403', async () => {
    server = await startTestServer();
    const created = await server.keys.create({ tenant: 'acme' });
    await server.keys.revoke(created.id);
    expect((await server.request('GET', '/v1/graphs', { key: created.key })).status).toBe(403);
  });

  it('refuses n > 1 with a 400 naming the field instead of answering once', async () => {
    server = await startTestServer();
    const client = new OpenAI({ baseURL: `${await server.listen()}/v1`, apiKey: 'x', maxRetries: 0 });
    const refused = client.chat.completions.create({
      model: 'support',
      n: 2,
      messages: [{ role: 'user', content: 'hello' }],
    });
    await expect(refused).rejects.toMatchObject({ status: 400, param: 'n' });
    expect(await server.store.listConversations({})).toHaveLength(0);
    const one = await client.chat.completions.create({
      model: 'support',
      n: 1,
      messages: [{ role: 'user', content: 'hello' }],
    });
    expect(one.choices).toHaveLength(1);
  });
});
