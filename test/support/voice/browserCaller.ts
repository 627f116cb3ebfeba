import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocket } from 'ws';
import { buzz, concat, frames, silence } from '../../../testing/audio/callerAudio.ts';
import { waitFor } from './waitFor.ts';

/** A message the relay sent to the browser (see browserRelay.ts for the protocol). */
export type RelayMessage = { type: string; [key: string]: any };

export type BrowserCaller = {
  /** Everything the server sent, in order. */
  messages: RelayMessage[];
  /** The `ready` message: conversation id, agent, format. */
  ready: RelayMessage;
  /**
   * Says one utterance (a buzz the Realtime double hears as speech, or `audio`: PCM16 24 kHz, e.g. real
   * speech for a cascaded call's VAD) and waits until the agent's answer is final.
   */
  say(options?: { binary?: boolean; audio?: Uint8Array }): Promise<void>;
  /** Hangs up (`stop`) and waits for `ended` and the socket's close. */
  hangUp(): Promise<RelayMessage>;
  /** Bytes of agent audio received. */
  audioBytes(): number;
};

const FORMAT = 'audio/pcm' as const; // the relay's default: PCM16 LE mono 24 kHz

/**
 * A browser on the Call button, as the dashboard speaks the relay's protocol: `start`, caller audio as
 * base64 JSON or binary frames, `stop`. Answers are awaited on the relay's final assistant transcripts.
 */
export async function browserCaller(url: string, start: Record<string, unknown>): Promise<BrowserCaller> {
  const socket = new WebSocket(url);
  const messages: RelayMessage[] = [];
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('message', (data) => messages.push(JSON.parse(data.toString())));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  socket.send(JSON.stringify({ type: 'start', ...start }));
  const ready = await waitFor(() => messages.find((m) => m.type === 'ready' || m.type === 'error'), 'ready');
  if (ready.type === 'error') throw new Error(`the call did not start: ${ready.message}`);
  const finals = () =>
    messages.filter((m) => m.type === 'transcript' && m.role === 'assistant' && m.final).length;
  return {
    messages,
    ready,
    async say({ binary = false, audio } = {}) {
      const before = finals();
      const utterance = audio
        ? concat(audio, silence(FORMAT, 1200))
        : concat(buzz(FORMAT, 600), silence(FORMAT, 700));
      for (const frame of frames(utterance, FORMAT)) {
        if (binary) socket.send(frame, { binary: true });
        else socket.send(JSON.stringify({ type: 'audio', audio: Buffer.from(frame).toString('base64') }));
        await sleep(1); // a little pacing, as a microphone would have (much faster than real time)
      }
      await waitFor(() => finals() > before, "the agent's answer");
    },
    async hangUp() {
      socket.send(JSON.stringify({ type: 'stop' }));
      const ended = await waitFor(() => messages.find((m) => m.type === 'ended'), 'ended');
      await closed;
      return ended;
    },
    audioBytes: () =>
      messages
        .filter((m) => m.type === 'audio')
        .reduce((n, m) => n + Buffer.from(m.audio, 'base64').byteLength, 0),
  };
}
