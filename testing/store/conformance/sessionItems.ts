import { expect, it } from 'vitest';
import { type ConversationStore, NotFoundError } from '../../../src/store/types.ts';
import { assistant, captureError, newConversation, turnOf, unique, user } from './fixtures.ts';

/** appendItems / popItem / clearItems: the SDK `Session` primitives over the items table. */
export function sessionItemsConformance(store: () => ConversationStore): void {
  it('appends items after the committed ones, pops the newest and clears them all', async () => {
    const conv = await newConversation(store());
    const committed = await store().commitTurn(turnOf(conv));
    await store().appendItems(
      conv.id,
      [
        { agent: null, item: user('more') },
        { agent: 'billing', item: assistant('sure') },
      ],
      7,
    );
    const items = await store().getItems(conv.id);
    expect(items.map((s) => [s.seq, s.turn, s.agent])).toEqual([
      [1, 1, null],
      [2, 1, 'triage'],
      [3, 7, null],
      [4, 7, 'billing'],
    ]);

    const popped = await store().popItem(conv.id);
    expect(popped).toMatchObject({ seq: 4, turn: 7, agent: 'billing', item: assistant('sure') });
    expect(popped?.createdAt).toBeInstanceOf(Date);
    expect((await store().getItems(conv.id)).map((s) => s.seq)).toEqual([1, 2, 3]);

    // A turn committed after session writes still continues the numbering.
    const current = (await store().getConversation(conv.id))!;
    await store().commitTurn(turnOf(current, { items: [{ agent: null, item: user('next') }] }));
    expect((await store().getItems(conv.id)).map((s) => s.seq)).toEqual([1, 2, 3, 4]);
    expect(current.turnCount).toBe(committed.turnCount);

    await store().clearItems(conv.id);
    expect(await store().getItems(conv.id)).toEqual([]);
    expect(await store().popItem(conv.id)).toBeNull();
    expect(await store().getConversation(conv.id)).not.toBeNull();
  });

  it('ignores an empty append, and refuses appending to an unknown conversation', async () => {
    const conv = await newConversation(store());
    await store().appendItems(conv.id, [], 1);
    expect(await store().getItems(conv.id)).toEqual([]);
    const error = await captureError(
      store().appendItems(unique('missing'), [{ agent: null, item: user('x') }], 1),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(await store().popItem(unique('missing'))).toBeNull();
  });

  it('never hands out the same seq to concurrent appends', async () => {
    const conv = await newConversation(store());
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        store().appendItems(conv.id, [{ agent: null, item: user(`m${i}`) }], 1),
      ),
    );
    const items = await store().getItems(conv.id);
    expect(items.map((s) => s.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(items.map((s) => (s.item as { content: string }).content).sort()).toEqual([
      'm0',
      'm1',
      'm2',
      'm3',
      'm4',
    ]);
  });
}
