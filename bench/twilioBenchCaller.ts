import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { fetchStreamParameters } from '../src/voice/callerSimulator.ts';
import { twilioSignature } from '../src/voice/twilioSignature.ts';

/** A bare Twilio caller: start, then one uniquely-filled quiet 20 ms frame every 20 ms. */
export async function twilioCaller(
  url: string,
  token: string,
  /** Where each frame's send time is filed, under its base64 payload. */
  sentAt: { set(payload: string, at: number): unknown },
  clock: { stopAt: number },
  allLive: Promise<void>,
) {
  const streamSid = `MZ${randomBytes(16).toString('hex')}`;
  const callSid = `CA${randomBytes(16).toString('hex')}`;
  // As Twilio does: the signed webhook first, whose TwiML carries the call's stream token; then the
  // stream, which sends `start` at once (a busy server closes a stream silent for 5 s).
  const customParameters = await fetchStreamParameters({ mediaUrl: url, authToken: token, callSid });
  const socket = new WebSocket(url, { headers: { 'x-twilio-signature': twilioSignature(token, url) } });
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  socket.once('close', (code, reason) => {
    if (code !== 1000 && code !== 1005)
      console.log(`bench caller: stream closed ${code} ${reason.toString()}`);
  });
  const send = (m: unknown) => socket.send(JSON.stringify(m));
  send({ event: 'connected', protocol: 'Call', version: '1.0.0' });
  send({
    event: 'start',
    streamSid,
    start: { streamSid, callSid, tracks: ['inbound'], customParameters },
  });
  socket.on('message', (data) => {
    const m = JSON.parse(data.toString());
    if (m.event === 'mark') send({ event: 'mark', streamSid, mark: m.mark });
  });
  await allLive; // every call is connected: measure steady-state forwarding
  const started = performance.now();
  for (let tick = 0; performance.now() < clock.stopAt; tick++) {
    // Low-amplitude mu-law bytes (0xF8–0xFF): line noise the VAD ignores, unique per frame.
    const frame = randomBytes(160).map((b) => 0xf8 | (b & 7));
    const payload = Buffer.from(frame).toString('base64');
    sentAt.set(payload, performance.now());
    send({
      event: 'media',
      streamSid,
      media: { track: 'inbound', chunk: String(tick), timestamp: String(tick * 20), payload },
    });
    const wait = started + (tick + 1) * 20 - performance.now();
    await sleep(Math.max(0, wait));
  }
  send({ event: 'stop', streamSid, stop: { callSid: 'CA' } });
  socket.close();
}
