import { Agent, run, setTracingDisabled } from '@openai/agents';
import { assistantMessage, ScriptedModel } from '@openai/agents-core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import { ConversationSession } from '../../src/store/sqlSession.ts';
import type { ConversationStore } from '../../src/store/types.ts';

setTracingDisabled(true);

/** Text of every message the model was sent, in order. */
function sentTexts(input: unknown): string[] {
  if (typeof input === 'string') return [input];
  return (input as { content: unknown }[]).map((item) => {
    const { content } = item;
    if (typeof content === 'string') return content;
    return (content as { text?: string }[]).map((part) => part.text ?? '').join('');
  });
}

const backends: [string, () => Promise<ConversationStore>][] = [
  ['memory', async () => createMemoryStore()],
  [
    'PGlite',
    async () => {
      const store = await createPgliteStore();
      await store.migrate();
      return store;
    },
  ],
];

describe.each(backends)('ConversationSession over the %s store', (_name, open) => {
  let store: ConversationStore;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store.close();
  });

  it('gives the second run the first run’s history, stored as conversation items', async () => {
    const model = new ScriptedModel([[assistantMessage('Hi Ada!')], [assistantMessage('Your name is Ada.')]]);
    const agent = new Agent({ name: 'Assistant', instructions: 'Be brief.', model });
    const session = await ConversationSession.create(
      store,
      { graph: 'sdk-session', activeAgent: 'Assistant', context: {} },
      { agent: 'Assistant', turn: 3 },
    );

    const first = await run(agent, 'My name is Ada.', { session });
    expect(first.finalOutput).toBe('Hi Ada!');
    const second = await run(agent, 'What is my name?', { session });
    expect(second.finalOutput).toBe('Your name is Ada.');

    expect(sentTexts(model.calls[1].request.input)).toEqual([
      'My name is Ada.',
      'Hi Ada!',
      'What is my name?',
    ]);
    const stored = await store.getItems(session.conversationId);
    expect(stored.map((s) => s.seq)).toEqual([1, 2, 3, 4]);
    expect(stored.every((s) => s.agent === 'Assistant' && s.turn === 3)).toBe(true);
    expect(sentTexts(stored.map((s) => s.item))).toEqual([
      'My name is Ada.',
      'Hi Ada!',
      'What is my name?',
      'Your name is Ada.',
    ]);
  });

  it('implements the Session primitives over the items table', async () => {
    const session = await ConversationSession.create(store, {
      graph: 'sdk-session',
      activeAgent: 'a',
      context: {},
    });
    expect(await session.getSessionId()).toBe(session.conversationId);
    await session.addItems([
      { role: 'user', content: 'one' },
      { role: 'user', content: 'two' },
      { role: 'user', content: 'three' },
    ]);
    expect(sentTexts(await session.getItems(2))).toEqual(['two', 'three']);
    expect(sentTexts([await session.popItem()])).toEqual(['three']);
    expect(sentTexts(await session.getItems())).toEqual(['one', 'two']);
    await session.clearSession();
    expect(await session.getItems()).toEqual([]);
    expect(await session.popItem()).toBeUndefined();
    // The conversation itself survives clearing its history.
    expect(await store.getConversation(session.conversationId)).not.toBeNull();
  });
});
