import { randomBytes } from 'node:crypto';
import { offlineResponder, type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { startVoiceServer } from '../app/voiceServer.ts';
import type { Switchboard } from '../runtime/switchboard.ts';
import type { TwilioRestConfig } from '../telephony/twilioRestClient.ts';
import { type CallerTurn, type CallResult, simulateTwilioCall } from '../voice/callerSimulator.ts';
import type { CascadedTurnMetrics } from '../voice/cascaded/cascadedCall.ts';
import type { CascadedSetup } from '../voice/cascaded/speechSetup.ts';
import { transcriptSpeechToText } from '../voice/cascaded/speechToText.ts';
import { espeakTextToSpeech } from '../voice/cascaded/textToSpeech.ts';
import { type VoiceConfig, voiceConfigFromEnv } from '../voice/voiceConfig.ts';

export type CallTurnSpec = CallerTurn & {
  /** What the caller says, for the local Realtime double (it hears energy, not words). */
  transcript?: string;
};

export type SimulatedCallOptions = {
  switchboard: Switchboard;
  turns: CallTurnSpec[];
  speed?: number;
  /**
   * `double`: a local Realtime double answering with the offline model (no network, no key);
   * `env`: the Realtime API from the environment (`OPENAI_API_KEY`, `SWITCHBOARD_REALTIME_URL`).
   */
  realtime: 'double' | 'env';
  env?: NodeJS.ProcessEnv;
  /** How the local double speaks: `espeak` (words, what `switchboard call` uses) or `tone` (default). */
  speech?: 'tone' | 'espeak';
  /**
   * `cascaded`: VAD → speech-to-text → the chat turn → text-to-speech (`cascaded` setup; default the
   * transcript double and espeak-ng, offline). Default `realtime`.
   */
  pipeline?: 'realtime' | 'cascaded';
  cascaded?: CascadedSetup;
  /** Call time before the caller's first turn (default 400 ms): room for a greeting. */
  leadInMs?: number;
  /**
   * Phone transfers against a Twilio REST API (in `switchboard call`, the REST double playing this
   * call, `callSid`): `settle` resolves once every callback it owes has been answered. Without it
   * telephony is off (a handoff to a phone target parks the call).
   */
  telephony?: { rest: TwilioRestConfig; callSid: string; settle(): Promise<void>; leave?: AbortSignal };
};

/** A phone transfer of the call and how it ended (`telephony.transfer.*` events). */
export type TimelineTransfer = {
  from: string;
  to: string;
  target: string;
  mode: string;
  outcome: string | null;
  timeToAnswerMs: number | null;
  returnedTo: string | null;
};

export type TimelineTurn = {
  turn: number;
  label: string | null;
  said: string | null;
  bargeIn: boolean;
  startMs: number;
  endMs: number | null;
  /** The agent whose voice answered this turn, and the handoffs on the way to it. */
  agent: string | null;
  handoffs: { from: string; to: string; reason: string; intent: string | null; kind: string }[];
  firstAgentAudioMs: number | null;
  latencyMs: number | null;
};

export type CallTimeline = {
  conversationId: string;
  graph: string;
  realtime: string;
  durationMs: number;
  status: string;
  greetingAgent: string | null;
  turns: TimelineTurn[];
  clears: CallResult['clears'];
  marks: CallResult['marks'];
  /** Cascaded calls: each caller turn's stage latencies (VAD end → STT → turn → first TTS audio). */
  stages?: CascadedTurnMetrics[];
  transfers: TimelineTransfer[];
};

/**
 * One phone call from a simulated Twilio caller through the voice routes, over a loopback server:
 * what `switchboard call` runs. Returns the caller's side (agent audio, timings) and a timeline joined
 * with what the conversation tables recorded (agent per turn, handoffs).
 */
export async function runSimulatedCall(
  options: SimulatedCallOptions,
): Promise<{ result: CallResult; timeline: CallTimeline }> {
  const sb = options.switchboard;
  let double: RealtimeDouble | null = null;
  let config: VoiceConfig;
  const authToken = options.telephony?.rest.authToken ?? randomBytes(16).toString('hex');
  const transcriptsOf = () => options.turns.map((t) => t.transcript ?? '[unintelligible]');
  if (options.pipeline === 'cascaded') {
    const cascaded = options.cascaded ?? {
      stt: transcriptSpeechToText(transcriptsOf()),
      tts: espeakTextToSpeech(),
    };
    config = voiceConfigFromEnv(options.env ?? {}, { pipeline: 'cascaded', cascaded });
  } else if (options.realtime === 'double') {
    const transcripts = transcriptsOf();
    double = await startRealtimeDouble({
      responder: () => offlineResponder(sb.graph, transcripts),
      speech: options.speech ?? 'tone',
    });
    config = voiceConfigFromEnv({}, { realtimeUrl: double.url, apiKey: 'local-double' });
  } else config = voiceConfigFromEnv(options.env ?? process.env);
  const latencies: CascadedTurnMetrics[] = [];
  const unsubscribe = sb.subscribe((event) => {
    if (event.type === 'voice.turn_latency') latencies.push(event.data);
  });
  const server = await startVoiceServer({
    switchboards: [sb],
    config: { ...config, twilioAuthToken: authToken },
    rest: options.telephony?.rest ?? null,
  });
  try {
    const before = new Set((await sb.store.listConversations({ graph: sb.graph.name })).map((c) => c.id));
    const result = await simulateTwilioCall({
      url: server.mediaUrl,
      authToken,
      parameters: { graph: sb.graph.name },
      turns: options.turns,
      speed: options.speed ?? 1,
      leadInMs: options.leadInMs,
      callSid: options.telephony?.callSid,
      leave: options.telephony?.leave,
    });
    // A transfer's outcome arrives on Twilio's callbacks after the stream has closed.
    await options.telephony?.settle();
    const record = (await sb.store.listConversations({ graph: sb.graph.name })).find(
      (c) => !before.has(c.id),
    );
    if (!record) throw new Error('the call did not start a conversation (see the server log)');
    // The call is written when the stream stops; wait for its final status.
    for (let i = 0; i < 500; i++) {
      const now = await sb.store.getConversation(record.id);
      if (now && now.status !== 'active') break;
      const events = await sb.store.listEvents(record.id);
      if (events.some((e) => e.type === 'telephony.transfer.completed')) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    const timeline = await timelineOf(sb, record.id, result, options);
    if (options.pipeline === 'cascaded') {
      timeline.realtime = 'cascaded (STT → chat turn → TTS)';
      // Stages are numbered by stored turn; the timeline numbers the caller's turns (after a greeting turn).
      const offset = timeline.greetingAgent ? 1 : 0;
      timeline.stages = latencies.map((s) => ({ ...s, turn: s.turn - offset }));
    }
    return { result, timeline };
  } finally {
    unsubscribe();
    await server.close();
    await double?.close();
  }
}

async function timelineOf(
  sb: Switchboard,
  conversationId: string,
  result: CallResult,
  options: SimulatedCallOptions,
): Promise<CallTimeline> {
  const record = (await sb.store.getConversation(conversationId))!;
  const items = await sb.store.getItems(conversationId);
  const handoffs = await sb.store.listHandoffs(conversationId);
  const events = await sb.store.listEvents(conversationId);
  const transfers = events
    .filter((e) => e.type === 'telephony.transfer.started')
    .map((started): TimelineTransfer => {
      const s = started.data as Record<string, any>;
      const done = events.find(
        (e) => e.type === 'telephony.transfer.completed' && e.data.transferId === s.transferId,
      )?.data as Record<string, any> | undefined;
      return {
        from: s.from,
        to: s.to,
        target: s.target,
        mode: s.mode,
        outcome: done?.outcome ?? null,
        timeToAnswerMs: done?.timeToAnswerMs ?? null,
        returnedTo: done?.returnedTo ?? null,
      };
    });
  // Stored turn n+1 is caller turn n when the call opened with a greeting (turn 1).
  const greeted =
    items.some((i) => i.turn === 1 && (i.item as { role?: string }).role === 'assistant') &&
    !items.some((i) => i.turn === 1 && (i.item as { role?: string }).role === 'user');
  const offset = greeted ? 1 : 0;
  const agentOfTurn = (turn: number) =>
    items
      .filter((i) => i.turn === turn && i.agent && (i.item as { role?: string }).role === 'assistant')
      .at(-1)?.agent ?? null;
  return {
    conversationId,
    graph: sb.graph.name,
    realtime: options.realtime === 'double' ? 'local double (offline model)' : 'Realtime API (env)',
    durationMs: result.durationMs,
    status: record.status,
    greetingAgent: greeted ? agentOfTurn(1) : null,
    turns: result.turns.map((t) => ({
      turn: t.turn,
      label: t.label,
      said: options.turns[t.turn - 1]?.transcript ?? null,
      bargeIn: t.bargeIn,
      startMs: t.startMs,
      endMs: t.endMs,
      agent: agentOfTurn(t.turn + offset),
      handoffs: handoffs
        .filter((h) => h.turn === t.turn + offset)
        .map(({ from, to, reason, intent, kind }) => ({ from, to, reason, intent, kind })),
      firstAgentAudioMs: t.firstAgentAudioMs,
      latencyMs: t.latencyMs,
    })),
    clears: result.clears,
    marks: result.marks,
    transfers,
  };
}
