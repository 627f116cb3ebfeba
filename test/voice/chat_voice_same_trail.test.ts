import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Switchboard } from '../../src/runtime/switchboard.ts';
import { VoiceSession } from '../../src/voice/voiceSession.ts';
import { buzz, concat, frames, silence } from '../../testing/audio/callerAudio.ts';
import { offlineResponder, type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { RecordingLeg } from '../support/voice/recordingLeg.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../support/voice/voiceFixture.ts';
import { waitFor } from '../support/voice/waitFor.ts';

type Scenario = { id: string; turns: { user: string; expected_agent: string }[] };

const scenarios: Scenario[] = readFileSync(
  new URL('../../templates/support/scenarios.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));

async function trailOf(sb: Switchboard, conversationId: string) {
  return (await sb.store.listHandoffs(conversationId)).map(({ from, to, kind, turn, intent }) => ({
    from,
    to,
    kind,
    turn,
    intent,
  }));
}

/** The scenario as a chat: one `send` per turn. */
async function chat(sb: Switchboard, scenario: Scenario) {
  const { id } = await sb.createConversation({});
  const agents: string[] = [];
  for (const turn of scenario.turns) agents.push((await sb.send(id, turn.user)).agent);
  return { trail: await trailOf(sb, id), agents };
}

/**
 * The scenario as a call: caller utterances into a VoiceSession over the Realtime double, whose
 * answers come from the same offline model as chat (see offlineResponder), through session.update,
 * the governed dispatcher and the live history.
 */
async function call(sb: Switchboard, scenario: Scenario, double: RealtimeDouble) {
  const leg = new RecordingLeg('audio/pcmu', true);
  const completed: string[] = [];
  const session = await VoiceSession.start({
    switchboard: sb,
    config: doubleVoiceConfig(double),
    leg,
    channel: 'phone',
    onEvent: (event) => {
      if (event.type === 'turn.completed') completed.push(String(event.data.agent));
    },
  });
  try {
    for (let i = 0; i < scenario.turns.length; i++) {
      // In real time, as a phone line delivers it: the server hears speech start before it ends.
      for (const frame of frames(concat(buzz('audio/pcmu', 600), silence('audio/pcmu', 700)), 'audio/pcmu')) {
        session.sendAudio(frame);
        await sleep(20);
      }
      await waitFor(() => completed.length > i, `voice turn ${i + 1} to complete`, 60_000);
    }
  } finally {
    await session.end('test over');
  }
  return { trail: await trailOf(sb, session.conversationId), agents: completed };
}

describe('the same support scenario through chat and through a voice call', () => {
  let double: RealtimeDouble | undefined;
  afterEach(() => double?.close());

  for (const id of ['invoice-then-webhooks', 'failed-calls-then-invoice', 'refund-then-pricing']) {
    it(`${id}: same handoff trail and the same agent answering each turn`, async () => {
      const scenario = scenarios.find((s) => s.id === id)!;
      // A store (and seeded tool tables) per path: a refund issued by the chat must not change the call's answers.
      const [chatSb, voiceSb] = await Promise.all([voiceSwitchboard('support'), voiceSwitchboard('support')]);
      double = await startRealtimeDouble({
        msPerChar: 1,
        responder: () =>
          offlineResponder(
            voiceSb.graph,
            scenario.turns.map((t) => t.user),
          ),
      });
      const [byChat, byVoice] = await Promise.all([chat(chatSb, scenario), call(voiceSb, scenario, double)]);
      // Not vacuous: the scenario moves between agents, and chat ends where the dataset says.
      expect(byChat.trail.length).toBeGreaterThanOrEqual(2);
      expect(byChat.agents).toEqual(scenario.turns.map((t) => t.expected_agent));
      expect(byVoice.trail).toEqual(byChat.trail);
      expect(byVoice.agents).toEqual(byChat.agents);
      expect(double.sessions).toHaveLength(1);
      expect(double.sessions[0].errors).toEqual([]);
    }, 120_000);
  }
});
