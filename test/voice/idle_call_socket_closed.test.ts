import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startVoiceServer, type VoiceServer } from '../../src/app/voiceServer.ts';
import { type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import { doubleVoiceConfig, voiceSwitchboard } from '../support/voice/voiceFixture.ts';

/**
 * Issue #17 item 8 (voice): a browser call socket that never sends `start` held a connection forever.
 * It is closed after the handshake timeout, as an idle Twilio media stream is (twilio_stream_hijack.test.ts).
 */
describe('a browser call socket that never starts', () => {
  let double: RealtimeDouble;
  let server: VoiceServer;
  beforeAll(async () => {
    double = await startRealtimeDouble({ record: false, script: { turns: [] } });
    server = await startVoiceServer({
      switchboards: [await voiceSwitchboard('support')],
      config: doubleVoiceConfig(double, { streamStartTimeoutMs: 300 }),
      authenticate: async () => ({ tenant: null }),
    });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await double?.close();
  });

  async function connect(start: boolean) {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/v1/voice/browser`);
    const messages: Record<string, unknown>[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(data.toString())));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const opened = performance.now();
    if (start) socket.send(JSON.stringify({ type: 'start', graph: 'support', format: 'pcmu' }));
    const closed = await Promise.race([
      new Promise<{ code: number; reason: string; afterMs: number }>((resolve) =>
        socket.once('close', (code, reason) =>
          resolve({ code, reason: reason.toString(), afterMs: performance.now() - opened }),
        ),
      ),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 1500)),
    ]);
    return { socket, messages, closed };
  }

  it('is closed (1008) with a reason after the timeout', async () => {
    const { messages, closed } = await connect(false);
    expect(closed).toMatchObject({ code: 1008, reason: 'no start message within 300 ms' });
    expect(closed!.afterMs).toBeGreaterThanOrEqual(250);
    expect(messages).toContainEqual({ type: 'error', message: 'no start message within 300 ms' });
  });

  it('a socket that starts in time stays open', async () => {
    const { socket, messages, closed } = await connect(true);
    expect(closed).toBeNull();
    expect(messages.some((m) => m.type === 'ready')).toBe(true);
    socket.send(JSON.stringify({ type: 'stop' }));
    await new Promise((resolve) => socket.once('close', resolve));
  });
});
