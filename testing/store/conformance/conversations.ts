import { expect, it } from 'vitest';
import { ConcurrentTurnError, type ConversationStore, NotFoundError } from '../../../src/store/types.ts';
import { assistant, captureError, newConversation, transferCall, turnOf, unique, user } from './fixtures.ts';

/** Conversation rows, listing and status: the parts of the contract outside a turn. */
export function conversationConformance(store: () => ConversationStore): void {
  it('creates a conversation with zeroed counters and reads it back', async () => {
    const graph = unique('graph');
    const created = await store().createConversation({
      graph,
      activeAgent: 'triage',
      context: { plan: 'pro' },
    });
    expect(created).toMatchObject({
      tenant: null,
      graph,
      activeAgent: 'triage',
      status: 'active',
      context: { plan: 'pro' },
      handoffCount: 0,
      toolCallCount: 0,
      turnCount: 0,
      version: 0,
    });
    expect(created.id).toEqual(expect.any(String));
    expect(created.createdAt).toBeInstanceOf(Date);
    expect(created.updatedAt).toBeInstanceOf(Date);
    expect(await store().getConversation(created.id)).toEqual(created);
    expect(await store().getConversation(unique('missing'))).toBeNull();
  });

  it('keeps newest first among conversations created in the same millisecond', async () => {
    const graph = unique('burst');
    const created: string[] = [];
    for (let i = 0; i < 25; i++) created.push((await newConversation(store(), { graph })).id);
    const listed = (await store().listConversations({ graph })).map((r) => r.id);
    expect(listed).toEqual(created.reverse());
  });

  it('keeps a caller-chosen id and tenant, and refuses a duplicate id', async () => {
    const id = unique('conv');
    const created = await newConversation(store(), { id, tenant: 'acme' });
    expect(created).toMatchObject({ id, tenant: 'acme' });
    await expect(newConversation(store(), { id })).rejects.toThrow();
    expect((await store().getConversation(id))?.graph).toBe(created.graph);
  });

  it('lists conversations newest first, filtered by graph, status and tenant, with a limit', async () => {
    const graph = unique('graph');
    const a = await newConversation(store(), { graph, tenant: 'acme' });
    const b = await newConversation(store(), { graph, tenant: null });
    const c = await newConversation(store(), { graph, tenant: 'acme' });
    await newConversation(store(), { tenant: 'acme' }); // another graph
    await store().setStatus(b.id, 'ended');

    const ids = async (filter: Parameters<ConversationStore['listConversations']>[0]) =>
      (await store().listConversations(filter)).map((r) => r.id);
    expect(await ids({ graph })).toEqual([c.id, b.id, a.id]);
    expect(await ids({ graph, status: 'active' })).toEqual([c.id, a.id]);
    expect(await ids({ graph, status: 'ended' })).toEqual([b.id]);
    expect(await ids({ graph, tenant: 'acme' })).toEqual([c.id, a.id]);
    expect(await ids({ graph, tenant: null })).toEqual([b.id]);
    expect(await ids({ graph, limit: 2 })).toEqual([c.id, b.id]);
    const all = await store().listConversations();
    expect(all.map((r) => r.id)).toEqual(expect.arrayContaining([a.id, b.id, c.id]));
    expect(all.find((r) => r.id === a.id)).toEqual(await store().getConversation(a.id));
  });

  it('sets the status without a turn, and refuses an unknown conversation', async () => {
    const conv = await newConversation(store());
    await store().setStatus(conv.id, 'awaiting_human');
    const after = await store().getConversation(conv.id);
    expect(after?.status).toBe('awaiting_human');
    expect(after?.turnCount).toBe(0);
    expect(await captureError(store().setStatus(unique('missing'), 'ended'))).toBeInstanceOf(NotFoundError);
  });

  it('round-trips JSON exactly, including strings that look like JSON', async () => {
    const context = {
      name: 'Zoë 🚀',
      looksLikeNumber: '42',
      looksLikeObject: '{"a":1}',
      nested: { list: [1, 'two', null, { three: true }], empty: {} },
      amount: 12.5,
    };
    const conv = await newConversation(store(), { context });
    const item = user('{"not":"parsed"}');
    const committed = await store().commitTurn(
      turnOf(conv, {
        items: [{ agent: null, item }],
        context: { ...context, step: 2 },
        events: [{ turn: 1, type: 'note', data: { raw: '"quoted"', n: 0 } }],
      }),
    );
    expect(conv.context).toEqual(context);
    expect(committed.context).toEqual({ ...context, step: 2 });
    expect((await store().getItems(conv.id))[0].item).toEqual(item);
    expect((await store().listEvents(conv.id))[0].data).toEqual({ raw: '"quoted"', n: 0 });
  });

  it('isolates stored state from objects the caller passed in or got back', async () => {
    const context: Record<string, unknown> = { cart: ['a'] };
    const conv = await newConversation(store(), { context });
    (context.cart as string[]).push('mutated');
    const read = await store().getConversation(conv.id);
    (read!.context.cart as string[]).push('mutated');
    const item = user('hi');
    await store().commitTurn(turnOf(read!, { items: [{ agent: null, item }], context: read!.context }));
    (item as { content: string }).content = 'mutated';
    const [stored] = await store().getItems(conv.id);
    (stored.item as { content: string }).content = 'mutated again';

    expect((await store().getConversation(conv.id))?.context).toEqual({ cart: ['a', 'mutated'] });
    expect((await store().getItems(conv.id))[0].item).toEqual(user('hi'));
  });
}

/** The one write of a turn: ordering, counters, sequencing and atomicity. */
export function commitTurnConformance(store: () => ConversationStore): void {
  it('commits a turn: items in order, counters, version and the returned record', async () => {
    const conv = await newConversation(store(), { context: { step: 0 } });
    const committed = await store().commitTurn(
      turnOf(conv, {
        items: [
          { agent: null, item: user('my invoice is wrong') },
          { agent: 'triage', item: transferCall('c1', 'billing') },
          { agent: 'billing', item: assistant('Let me check.') },
        ],
        handoffs: [
          {
            turn: 1,
            from: 'triage',
            to: 'billing',
            reason: 'invoice',
            intent: 'billing.invoice',
            kind: 'handoff',
          },
          { turn: 1, from: 'billing', to: 'legal', reason: 'not allowed', intent: null, kind: 'rejected' },
          { turn: 1, from: 'billing', to: 'human', reason: 'policy', intent: null, kind: 'fallback' },
        ],
        events: [{ turn: 1, type: 'routing', data: { intent: 'billing' } }],
        activeAgent: 'billing',
        status: 'awaiting_human',
        context: { step: 1 },
        toolCallsAdded: 2,
      }),
    );
    expect(committed).toMatchObject({
      id: conv.id,
      activeAgent: 'billing',
      status: 'awaiting_human',
      context: { step: 1 },
      handoffCount: 2, // 'rejected' is audited, not counted
      toolCallCount: 2,
      turnCount: 1,
      version: conv.version + 1,
      createdAt: conv.createdAt,
    });
    expect(committed.updatedAt.getTime()).toBeGreaterThanOrEqual(conv.updatedAt.getTime());
    expect(await store().getConversation(conv.id)).toEqual(committed);

    const stored = await store().getItems(conv.id);
    expect(stored.map((s) => [s.seq, s.turn, s.agent])).toEqual([
      [1, 1, null],
      [2, 1, 'triage'],
      [3, 1, 'billing'],
    ]);
    expect(stored.map((s) => s.item)).toEqual([
      user('my invoice is wrong'),
      transferCall('c1', 'billing'),
      assistant('Let me check.'),
    ]);
    expect(stored[0].createdAt).toBeInstanceOf(Date);

    const second = await store().commitTurn(turnOf(committed, { toolCallsAdded: 1 }));
    expect(second).toMatchObject({
      version: conv.version + 2,
      turnCount: 2,
      handoffCount: 2,
      toolCallCount: 3,
    });
    expect((await store().getItems(conv.id)).map((s) => [s.seq, s.turn])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 2],
      [5, 2],
    ]);
  });

  it('numbers handoffs and events per conversation across turns', async () => {
    const conv = await newConversation(store());
    const other = await newConversation(store());
    const first = await store().commitTurn(
      turnOf(conv, {
        handoffs: [
          { turn: 1, from: 'triage', to: 'billing', reason: 'r1', intent: 'billing', kind: 'handoff' },
        ],
        events: [
          { turn: 1, type: 'routing', data: { score: 0.9 } },
          { turn: 1, type: 'policy.tripped', data: { code: 'max_turns' } },
        ],
      }),
    );
    await store().commitTurn(turnOf(other, { events: [{ turn: 1, type: 'elsewhere', data: {} }] }));
    await store().commitTurn(
      turnOf(first, {
        handoffs: [{ turn: 2, from: 'billing', to: 'triage', reason: 'r2', intent: null, kind: 'rejected' }],
        events: [{ turn: 2, type: 'warning', data: { message: 'slow' } }],
      }),
    );

    const handoffs = await store().listHandoffs(conv.id);
    expect(handoffs.map(({ createdAt, ...h }) => h)).toEqual([
      {
        seq: 1,
        conversationId: conv.id,
        turn: 1,
        from: 'triage',
        to: 'billing',
        reason: 'r1',
        intent: 'billing',
        kind: 'handoff',
      },
      {
        seq: 2,
        conversationId: conv.id,
        turn: 2,
        from: 'billing',
        to: 'triage',
        reason: 'r2',
        intent: null,
        kind: 'rejected',
      },
    ]);
    expect(handoffs[0].createdAt).toBeInstanceOf(Date);
    const events = await store().listEvents(conv.id);
    expect(events.map(({ createdAt, ...e }) => e)).toEqual([
      { seq: 1, conversationId: conv.id, turn: 1, type: 'routing', data: { score: 0.9 } },
      { seq: 2, conversationId: conv.id, turn: 1, type: 'policy.tripped', data: { code: 'max_turns' } },
      { seq: 3, conversationId: conv.id, turn: 2, type: 'warning', data: { message: 'slow' } },
    ]);
    expect((await store().listEvents(other.id)).map((e) => e.seq)).toEqual([1]);
    expect(await store().listHandoffs(unique('missing'))).toEqual([]);
  });

  it('returns the last `limit` items in chronological order', async () => {
    const conv = await newConversation(store());
    let record = conv;
    for (let t = 1; t <= 3; t++) record = await store().commitTurn(turnOf(record));
    const texts = (list: Awaited<ReturnType<ConversationStore['getItems']>>) => list.map((s) => s.seq);
    expect(texts(await store().getItems(conv.id))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(texts(await store().getItems(conv.id, { limit: 3 }))).toEqual([4, 5, 6]);
    expect(texts(await store().getItems(conv.id, { limit: 1 }))).toEqual([6]);
    expect(texts(await store().getItems(conv.id, { limit: 50 }))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await store().getItems(conv.id, { limit: 0 })).toEqual([]);
    expect(await store().getItems(unique('missing'))).toEqual([]);
  });

  it('refuses a stale version and writes nothing of that turn', async () => {
    const conv = await newConversation(store(), { context: { step: 0 } });
    const current = await store().commitTurn(turnOf(conv, { context: { step: 1 } }));
    const stale = turnOf(conv, {
      turn: 2,
      items: [{ agent: null, item: user('stale') }],
      handoffs: [{ turn: 2, from: 'triage', to: 'billing', reason: 'stale', intent: null, kind: 'handoff' }],
      events: [{ turn: 2, type: 'stale', data: {} }],
      activeAgent: 'billing',
      context: { step: 99 },
      toolCallsAdded: 5,
    });
    const error = await captureError(store().commitTurn(stale));
    expect(error).toBeInstanceOf(ConcurrentTurnError);
    expect((error as Error).message).toContain(`expected version ${conv.version}, found ${current.version}`);

    expect(await store().getConversation(conv.id)).toEqual(current);
    expect((await store().getItems(conv.id)).map((s) => s.item)).toEqual([
      user('question 1'),
      assistant('answer 1'),
    ]);
    expect(await store().listHandoffs(conv.id)).toEqual([]);
    expect(await store().listEvents(conv.id)).toEqual([]);
  });

  it('refuses a turn for an unknown conversation', async () => {
    const conv = await newConversation(store());
    const error = await captureError(store().commitTurn(turnOf({ ...conv, id: unique('missing') })));
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('lets exactly one of two concurrent turns from the same version win', async () => {
    const conv = await newConversation(store());
    const attempts = ['left', 'right'].map((side) =>
      store().commitTurn(
        turnOf(conv, {
          items: [
            { agent: null, item: user(`${side} question`) },
            { agent: 'triage', item: assistant(`${side} answer`) },
          ],
          events: [{ turn: 1, type: side, data: {} }],
          activeAgent: side,
        }),
      ),
    );
    const results = await Promise.allSettled(attempts);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrentTurnError);

    const winner = (won[0] as PromiseFulfilledResult<Awaited<(typeof attempts)[number]>>).value.activeAgent;
    const after = await store().getConversation(conv.id);
    expect(after).toMatchObject({ version: conv.version + 1, activeAgent: winner });
    expect((await store().getItems(conv.id)).map((s) => s.item)).toEqual([
      user(`${winner} question`),
      assistant(`${winner} answer`),
    ]);
    expect((await store().listEvents(conv.id)).map((e) => e.type)).toEqual([winner]);
  });
}
