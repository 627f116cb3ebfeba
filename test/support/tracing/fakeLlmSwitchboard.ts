import { createLlmModel } from '../../../src/models/llmModels.ts';
import { Switchboard } from '../../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../../src/store/types.ts';
import { type FakeOpenAIServer, startFakeOpenAIServer } from '../../../testing/models/fakeOpenAIServer.ts';
import { exampleGraph } from '../../../testing/scripted/exampleGraph.ts';

/**
 * The example graph on a real SDK Chat Completions model talking to the local fake OpenAI server, so
 * the SDK creates genuine generation spans (model name, token usage) without any network.
 */
export async function fakeLlmSwitchboard(
  options: { store?: ConversationStore; model?: string } = {},
): Promise<{ fake: FakeOpenAIServer; sb: Switchboard; store: ConversationStore }> {
  const fake = await startFakeOpenAIServer();
  const store = options.store ?? createMemoryStore();
  const llm = createLlmModel(
    { model: options.model ?? 'gpt-4.1-mini' },
    { OPENAI_BASE_URL: `${fake.url}/v1` },
  );
  const sb = await Switchboard.create({
    graph: exampleGraph(),
    store,
    models: () => ({ model: llm, path: 'llm' }),
  });
  return { fake, sb, store };
}

/** Triage hands off to Billing, Billing looks the account up, then answers: one turn, three model calls. */
export function enqueueHandoffAndToolTurn(fake: FakeOpenAIServer, name = 'Ada Lovelace'): void {
  fake.enqueue(
    {
      toolCall: {
        name: 'transfer_to_Billing',
        arguments: { reason: 'billing question about an invoice', intent: null },
      },
    },
    { toolCall: { name: 'lookup_account', arguments: { name } } },
    { text: 'I found your account ACC-1001.' },
  );
}
