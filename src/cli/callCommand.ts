import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { sql } from 'drizzle-orm';
import {
  type DialOutcome,
  startTwilioRestDouble,
  type TwilioRestDouble,
} from '../../testing/twilio/twilioRestDouble.ts';
import { loadGraph } from '../app/loadGraph.ts';
import { createAgentModelFactory } from '../models/agentModels.ts';
import { Switchboard } from '../runtime/switchboard.ts';
import { createMemoryStore } from '../store/memoryStore.ts';
import { cascadedEndpointsFromEnv, cascadedSetupFrom } from '../voice/cascaded/cascadedSetup.ts';
import { hasEspeak, speakWav } from '../voice/cascaded/espeakSpeech.ts';
import { WavFormatError, wavToMulaw8k, writeWav } from '../voice/wav.ts';
import { bold, dim, exitWithError } from './output.ts';
import { type CallTurnSpec, runSimulatedCall, type TimelineTransfer } from './simulatedCall.ts';

/** `Billing→Human · +15550100000 (cold) · answered after 812 ms`, or the failure and who has the caller. */
function transferLine(t: TimelineTransfer): string {
  const head = `${t.from}→${t.to} · ${t.target} (${t.mode})`;
  if (t.outcome === null) return `${head} · no outcome reported`;
  if (t.outcome === 'answered') return `${head} · answered after ${t.timeToAnswerMs ?? '?'} ms`;
  return `${head} · ${t.outcome} · back to ${t.returnedTo ?? '-'}, callback requested`;
}

type CallOptions = {
  graph: string;
  audio: string[];
  say: string[];
  transcript: string[];
  speed: number;
  out: string;
  timeline: string;
  realtime: 'double' | 'env';
  json?: boolean;
  pipeline: 'realtime' | 'cascaded';
  sttUrl?: string;
  sttModel?: string;
  ttsUrl?: string;
  ttsModel?: string;
  transfer: DialOutcome;
};

const DIAL_OUTCOMES: DialOutcome[] = ['answer', 'no-answer', 'busy', 'voicemail', 'failed'];

function speed(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 50)
    throw new InvalidArgumentError(`--speed must be in (0, 50] (got "${value}")`);
  return n;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** The caller's turns: WAV files first (in order), then sentences synthesized with espeak-ng. */
function callerTurns(opts: CallOptions): CallTurnSpec[] {
  const turns: CallTurnSpec[] = [];
  opts.audio.forEach((file, i) => {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(file));
    } catch (error) {
      throw new InvalidArgumentError(
        `--audio ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`,
      );
    }
    try {
      turns.push({ audio: wavToMulaw8k(bytes), label: basename(file), transcript: opts.transcript[i] });
    } catch (error) {
      if (error instanceof WavFormatError)
        throw new InvalidArgumentError(`--audio ${file}: ${error.message}`);
      throw error;
    }
  });
  for (const sentence of opts.say) {
    let wav: Uint8Array;
    try {
      wav = speakWav(sentence);
    } catch {
      throw new InvalidArgumentError('--say needs espeak-ng (apt-get install espeak-ng)');
    }
    turns.push({ audio: wavToMulaw8k(wav), label: sentence, transcript: sentence });
  }
  if (turns.length === 0)
    throw new InvalidArgumentError('give the caller something to say: --audio <wav> or --say <text>');
  return turns;
}

export function registerCallCommand(program: Command): void {
  program
    .command('call')
    .description(
      'simulate a phone call (Twilio Media Streams) against a graph; writes the agent audio and a timeline',
    )
    .requiredOption('--graph <name|path>', 'template name or graph module path')
    .option('--audio <wav...>', 'caller turns as WAV files (any rate, mono or stereo)', [])
    .option('--say <text>', 'a caller turn synthesized with espeak-ng (repeatable)', collect, [])
    .option(
      '--transcript <text>',
      'what an --audio turn says, for the local double (repeatable, in order)',
      collect,
      [],
    )
    .option('--speed <x>', 'stream faster than real time (1 = real time)', speed, 1)
    .option('--out <file>', 'agent audio as heard by the caller (WAV, mu-law 8 kHz)', 'call-agent.wav')
    .option('--timeline <file>', 'JSON timeline: agent per turn, handoffs, latencies', 'call-timeline.json')
    .option(
      '--json',
      'print the timeline as JSON on stdout instead of the summary (the files are still written)',
    )
    .option(
      '--realtime <backend>',
      'double = local Realtime double answering with the offline model; env = OPENAI_API_KEY / SWITCHBOARD_REALTIME_URL',
      (v: string) => {
        if (v !== 'double' && v !== 'env') throw new InvalidArgumentError('--realtime must be double or env');
        return v;
      },
      process.env.OPENAI_API_KEY || process.env.SWITCHBOARD_REALTIME_URL ? 'env' : 'double',
    )
    .option(
      '--pipeline <pipeline>',
      'cascaded = VAD → speech-to-text → the chat turn → text-to-speech, each agent in its own voice; realtime = a speech-to-speech Realtime session (default: SWITCHBOARD_VOICE_PIPELINE, else realtime with --realtime env, cascaded offline)',
      (v: string) => {
        if (v !== 'realtime' && v !== 'cascaded')
          throw new InvalidArgumentError('--pipeline must be realtime or cascaded');
        return v;
      },
    )
    .option(
      '--stt-url <url>',
      'cascaded: base URL of /audio/transcriptions (SWITCHBOARD_STT_URL; default: the --transcript double)',
    )
    .option('--stt-model <model>', 'cascaded: transcription model (SWITCHBOARD_STT_MODEL, default whisper-1)')
    .option(
      '--tts-url <url>',
      'cascaded: base URL of /audio/speech (SWITCHBOARD_TTS_URL; default: espeak-ng, offline)',
    )
    .option('--tts-model <model>', 'cascaded: speech model (SWITCHBOARD_TTS_MODEL, default gpt-4o-mini-tts)')
    .option(
      '--transfer <outcome>',
      `who picks up when the call reaches a phone target (a local Twilio REST double plays Twilio): ${DIAL_OUTCOMES.join(', ')}`,
      (v: string) => {
        if (!DIAL_OUTCOMES.includes(v as DialOutcome))
          throw new InvalidArgumentError(`--transfer must be one of ${DIAL_OUTCOMES.join(', ')}`);
        return v as DialOutcome;
      },
      'answer',
    )
    .action(async (opts: CallOptions) => {
      const store = createMemoryStore();
      let twilio: TwilioRestDouble | null = null;
      try {
        const turns = callerTurns(opts);
        const envPipeline = process.env.SWITCHBOARD_VOICE_PIPELINE;
        if (envPipeline && envPipeline !== 'realtime' && envPipeline !== 'cascaded')
          throw new InvalidArgumentError('SWITCHBOARD_VOICE_PIPELINE must be realtime or cascaded');
        const pipeline = opts.pipeline ?? envPipeline ?? (opts.realtime === 'env' ? 'realtime' : 'cascaded');
        const fromEnv = cascadedEndpointsFromEnv();
        // Offline the agents speak with espeak-ng: without it the caller would hear nothing, and not know why.
        if (pipeline === 'cascaded' && !(opts.ttsUrl ?? fromEnv.ttsUrl) && !hasEspeak())
          throw new InvalidArgumentError(
            'the offline voice needs espeak-ng (apt-get install espeak-ng), or give --tts-url',
          );
        const cascaded = cascadedSetupFrom(
          {
            ...fromEnv,
            sttUrl: opts.sttUrl ?? fromEnv.sttUrl,
            sttModel: opts.sttModel ?? fromEnv.sttModel,
            ttsUrl: opts.ttsUrl ?? fromEnv.ttsUrl,
            ttsModel: opts.ttsModel ?? fromEnv.ttsModel,
          },
          { transcripts: turns.map((t) => t.transcript) },
        );
        const switchboard = await Switchboard.create({
          graph: await loadGraph(opts.graph),
          store,
          models: createAgentModelFactory({ model: 'offline' }),
        });
        // A graph with a phone target: Twilio is played by the local REST double (the caller is simulated,
        // so no real Twilio could redirect the call), answering per --transfer.
        const phoneTargets = [...switchboard.graph.byName.values()].filter((a) => a.phone);
        if (phoneTargets.length > 0)
          twilio = await startTwilioRestDouble({ defaultOutcome: opts.transfer, ringMs: 800, talkMs: 200 });
        const callSid = `CA${randomBytes(16).toString('hex')}`;
        twilio?.inboundCall('+15551230001', '+15550009999', callSid);
        // TwiML run on the caller's call (a transfer's redirect) takes it off the media stream.
        const redirected = new AbortController();
        twilio?.on('twiml', (run: { callSid: string }) => {
          if (run.callSid === callSid) redirected.abort();
        });
        // Open the tool tables before dialling: the timeline's latencies are the call's, not a database boot.
        await (await store.toolDb()).execute(sql`select 1`);
        const { result, timeline } = await runSimulatedCall({
          switchboard,
          turns,
          speed: opts.speed,
          realtime: opts.realtime,
          speech: 'espeak',
          pipeline: pipeline as 'realtime' | 'cascaded',
          cascaded,
          // The cascaded greeting is synthesized as the call connects: the caller hears it out first.
          leadInMs: pipeline === 'cascaded' ? 5000 : undefined,
          telephony: twilio
            ? {
                rest: { accountSid: twilio.accountSid, authToken: twilio.authToken, baseUrl: twilio.url },
                callSid,
                settle: () => twilio!.settle(),
                leave: redirected.signal,
              }
            : undefined,
        });
        writeFileSync(opts.out, writeWav(result.heard, 'mulaw', 8000));
        writeFileSync(opts.timeline, `${JSON.stringify(timeline, null, 2)}\n`);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(timeline, null, 2)}\n`);
          return;
        }
        const out = (line: string) => process.stdout.write(`${line}\n`);
        out(
          `${bold('call')} ${dim(`· graph ${timeline.graph} · ${timeline.realtime} · ${(timeline.durationMs / 1000).toFixed(1)} s of call`)}`,
        );
        if (timeline.greetingAgent) out(`  greeting  ${timeline.greetingAgent}`);
        for (const t of timeline.turns) {
          const path = t.handoffs
            .map((h) => `${h.from}→${h.to}${h.kind === 'handoff' ? '' : ` (${h.kind})`}`)
            .join(', ');
          const latency = t.latencyMs === null ? 'no answer' : `${t.latencyMs} ms`;
          out(
            `  turn ${t.turn}    ${t.agent ?? '-'}${path ? dim(` via ${path}`) : ''} ${dim(`· ${latency}${t.bargeIn ? ' · barge-in' : ''}`)}`,
          );
        }
        for (const s of timeline.stages ?? [])
          out(
            dim(
              `  turn ${s.turn} stages: stt ${s.sttMs} ms · turn ${s.turnMs} ms · first tts ${s.ttsFirstMs ?? '-'} ms · first audio ${s.firstAudioMs ?? '-'} ms after end of speech${s.handoffMs === null ? '' : ` · handoff at ${s.handoffMs} ms`}`,
            ),
          );
        for (const t of timeline.transfers) out(`  transfer  ${transferLine(t)}`);
        out(dim(`conversation ${timeline.conversationId} · status ${timeline.status}`));
        out(`agent audio → ${opts.out}   timeline → ${opts.timeline}`);
      } catch (error) {
        exitWithError(error instanceof InvalidArgumentError ? new Error(error.message) : error, 1);
      } finally {
        await twilio?.close();
        await store.close();
      }
    });
}
