import { loadGraph } from '../../../src/app/loadGraph.ts';
import type { Graph } from '../../../src/graph/defineGraph.ts';
import { createAgentModelFactory } from '../../../src/models/agentModels.ts';
import { Switchboard } from '../../../src/runtime/switchboard.ts';
import { createMemoryStore } from '../../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../../src/store/types.ts';
import { type VoiceConfig, voiceConfigFromEnv } from '../../../src/voice/voiceConfig.ts';
import type { RealtimeDouble } from '../../../testing/realtime/realtimeDoubleServer.ts';

/** A graph (template name, default `support`, or a graph) served over a memory store: what a voice test runs on. */
export async function voiceSwitchboard(
  graph: string | Graph = 'support',
  store: ConversationStore = createMemoryStore(),
) {
  return Switchboard.create({
    graph: typeof graph === 'string' ? await loadGraph(graph) : graph,
    store,
    models: createAgentModelFactory({ model: 'offline' }),
  });
}

/** Voice settings pointing at a Realtime double, independent of the machine's environment. */
export function doubleVoiceConfig(double: RealtimeDouble, overrides: Partial<VoiceConfig> = {}): VoiceConfig {
  return voiceConfigFromEnv(
    {},
    {
      realtimeUrl: double.url,
      apiKey: 'test-key',
      publicUrl: 'https://voice.example.test',
      twilioAuthToken: 'twilio-test-token',
      greet: false,
      ...overrides,
    },
  );
}
