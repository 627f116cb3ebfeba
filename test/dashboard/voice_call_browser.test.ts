import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/app/startServer.ts';
import { ensureWebBuild } from '../../src/dashboard/webBuild.ts';
import { createMemoryStore } from '../../src/store/memoryStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import { hasEspeak } from '../../testing/audio/callerAudio.ts';
import { type RealtimeDouble, startRealtimeDouble } from '../../testing/realtime/index.ts';
import {
  browserAvailability,
  launchBrowser,
  screenshot,
  type TestBrowser,
} from '../support/dashboard/browser.ts';
import { writeCallerWav } from '../support/dashboard/callerWav.ts';
import { doubleVoiceConfig } from '../support/voice/voiceFixture.ts';

const { run } = browserAvailability();

const GREETING = 'Hello, this is Relay Cloud support. How can I help?';
const CALLER_1 = 'I was charged twice on my last invoice';
const BILLING_1 = 'I can help with that. What is the invoice number?';
const CALLER_2 = 'it is invoice INV-2041';
const BILLING_2 = 'Thank you. I can see the duplicate charge on INV-2041.';

/*
 * The playground's Call button in Chromium, end to end: Chromium's fake microphone plays an espeak-ng
 * WAV (two sentences between silences) → getUserMedia → AudioWorklet → PCM16 24 kHz frames over
 * /v1/voice/browser → the real server → the Realtime double, whose energy VAD hears the sentences
 * and answers from its script (greeting, a transfer to Billing, Billing's answers) with tone audio
 * that the page plays. The transcript arrives over the conversation's live WebSocket.
 */
describe.runIf(run && hasEspeak())(
  'voice call from the dashboard playground (Chromium, Realtime double)',
  () => {
    let double: RealtimeDouble;
    let server: RunningServer;
    let store: ConversationStore;
    let browser: TestBrowser;
    let dir: string;
    let conversationId: string;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'sb-voice-browser-'));
      const wav = join(dir, 'caller.wav');
      // Silences long enough for the greeting before the first sentence and Billing's answer before the second.
      writeCallerWav(wav, [
        { silenceMs: 3500 },
        { say: CALLER_1 },
        { silenceMs: 5000 },
        { say: 'It is invoice two zero four one.' },
        { silenceMs: 60_000 },
      ]);
      double = await startRealtimeDouble({
        msPerChar: 30,
        script: {
          greeting: [{ say: GREETING }],
          turns: [
            {
              user: CALLER_1,
              responses: [
                [
                  {
                    call: 'transfer_to_Billing',
                    arguments: { reason: 'caller reports a double charge', intent: 'billing.double_charge' },
                  },
                ],
                [{ say: BILLING_1 }],
              ],
            },
            { user: CALLER_2, responses: [[{ say: BILLING_2 }]] },
          ],
        },
      });
      await ensureWebBuild();
      store = createMemoryStore();
      server = await startServer({
        port: 0,
        store,
        graphs: ['support'],
        model: 'offline',
        voice: doubleVoiceConfig(double, { greet: true }),
      });
      browser = await launchBrowser({
        args: [
          '--use-fake-ui-for-media-stream',
          '--use-fake-device-for-media-stream',
          `--use-file-for-fake-audio-capture=${wav}%noloop`,
          '--autoplay-policy=no-user-gesture-required',
        ],
      });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await double?.close();
      await store?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('calls: live transcript with agent badges, a handoff marker, agent audio played, hang up', async () => {
      const { page } = browser;
      await page.goto(`${server.url}/playground?graph=support`);
      await page.getByRole('button', { name: 'Call', exact: true }).click();

      const status = page.locator('[data-testid=call-status]');
      await status.and(page.locator('[data-phase=live]')).waitFor();
      conversationId = (await status.getAttribute('data-conversation'))!;
      expect(await status.getAttribute('data-capture')).toBe('worklet');
      expect(conversationId).toBeTruthy();
      // The call joined the playground's conversation: the page shows it and watches it live.
      await expect.poll(() => new URL(page.url()).searchParams.get('c')).toBe(conversationId);
      await page.locator('[data-testid=live-indicator][data-status=live]').waitFor();

      const transcript = page.locator('[data-testid=transcript]');
      await transcript
        .locator('[data-testid=agent-reply][data-agent=Triage]', { hasText: 'Relay Cloud' })
        .waitFor();
      // The greeting's audio reached the speakers (played on the page's AudioContext clock).
      await expect
        .poll(async () => Number(await status.getAttribute('data-audio-played')))
        .toBeGreaterThan(0);

      await transcript
        .locator('[data-testid=user-message]', { hasText: CALLER_1 })
        .waitFor({ timeout: 30_000 });
      const marker = transcript.locator('[data-testid=handoff-marker][data-from=Triage][data-to=Billing]');
      await marker.waitFor();
      expect(await marker.textContent()).toContain('double charge');
      await transcript
        .locator('[data-testid=agent-reply][data-agent=Billing]', { hasText: 'invoice number' })
        .waitFor();
      await page.locator('[data-testid=call-status] .agent-badge[data-agent=Billing]').waitFor();
      expect(await status.getAttribute('data-handoffs')).toBe('1');
      await screenshot(page, 'voice-call-in-progress');

      await transcript
        .locator('[data-testid=user-message]', { hasText: CALLER_2 })
        .waitFor({ timeout: 30_000 });
      await transcript
        .locator('[data-testid=agent-reply][data-agent=Billing]', { hasText: 'duplicate charge' })
        .waitFor();
      const played = Number(await status.getAttribute('data-audio-played'));
      const received = Number(await status.getAttribute('data-audio-received'));
      const sent = Number(await status.getAttribute('data-frames-sent'));
      expect(played).toBeGreaterThan(10); // 100 ms chunks: seconds of agent audio
      expect(received).toBeGreaterThanOrEqual(played);
      expect(sent).toBeGreaterThan(300); // 20 ms frames: the caller's 6+ seconds so far

      await page.getByRole('button', { name: 'Hang up' }).click();
      await status.and(page.locator('[data-phase=ended]')).waitFor();
      expect(await status.textContent()).toContain('you hung up');
      await page.getByRole('button', { name: 'Call', exact: true }).waitFor();

      // The conversation as the API has it: both sides of the call, the handoff, the call's events.
      await expect
        .poll(async () =>
          (await fetchJson(`/v1/conversations/${conversationId}`)).events.map((e: any) => e.type),
        )
        .toContain('voice.ended');
      const detail = await fetchJson(`/v1/conversations/${conversationId}`);
      const said = detail.transcript
        .filter((t: any) => t.role === 'user' || t.role === 'assistant')
        .map((t: any) => `${t.role === 'user' ? 'caller' : t.agent}: ${t.text}`);
      expect(said).toEqual([
        `Triage: ${GREETING}`,
        `caller: ${CALLER_1}`,
        `Billing: ${BILLING_1}`,
        `caller: ${CALLER_2}`,
        `Billing: ${BILLING_2}`,
      ]);
      expect(
        detail.handoffs.map((h: any) => ({ from: h.from, to: h.to, reason: h.reason, intent: h.intent })),
      ).toEqual([
        {
          from: 'Triage',
          to: 'Billing',
          reason: 'caller reports a double charge',
          intent: 'billing.double_charge',
        },
      ]);
      const events = new Map(detail.events.map((e: any) => [e.type, e.data]));
      expect(events.get('voice.started')).toMatchObject({ channel: 'browser', format: 'audio/pcm' });
      expect(events.get('voice.ended')).toMatchObject({ reason: 'caller_hung_up' });

      // The Realtime side: one connection, PCM 24 kHz both ways, no protocol errors.
      expect(double.sessions).toHaveLength(1);
      expect(double.sessions[0].errors).toEqual([]);
      const updates = double.sessions[0].received.filter(
        (r) => r.event.type === 'session.update' && r.event.session.audio,
      );
      expect(updates.length).toBeGreaterThanOrEqual(2); // connect + the handoff
      for (const { event } of updates) {
        expect(event.session.audio.input.format).toEqual({ type: 'audio/pcm', rate: 24000 });
        expect(event.session.audio.output.format).toEqual({ type: 'audio/pcm', rate: 24000 });
      }
      // Resampled to 24 kHz in real time: the 20 ms frames add up to the call's duration (48 kHz
      // sent as 24 kHz would count double). Frames flow from `ready` until the hang-up.
      const framesSent = Number(await status.getAttribute('data-frames-sent'));
      const durationMs = Number((events.get('voice.ended') as { durationMs: number }).durationMs);
      expect(framesSent * 20).toBeGreaterThan(durationMs * 0.8);
      expect(framesSent * 20).toBeLessThan(durationMs * 1.1);
      expect(browser.pageErrors).toEqual([]);
    }, 120_000);

    it('keeps the conversation going in writing after hanging up', async () => {
      const { page } = browser;
      const input = page.getByLabel('Message');
      await expect.poll(() => input.isEnabled()).toBe(true);
      await input.fill('can you also send me the receipt?');
      await page.getByRole('button', { name: 'Send' }).click();
      await page.locator('[data-testid=user-message]', { hasText: 'send me the receipt' }).waitFor();
      await expect
        .poll(async () => (await fetchJson(`/v1/conversations/${conversationId}`)).transcript.length)
        .toBeGreaterThan(6);
      const detail = await fetchJson(`/v1/conversations/${conversationId}`);
      expect(detail.transcript.at(-1)).toMatchObject({ role: 'assistant' });
      expect(await page.locator('.banner-error').count()).toBe(0);
      expect(browser.pageErrors).toEqual([]);
    }, 60_000);

    it("shows why a call cannot start: the microphone refused, the server's own message", async () => {
      const page = await browser.context.newPage();
      try {
        // What Chromium throws when the person (or a site setting) refuses the microphone. The flags
        // that give this browser its fake microphone also accept every prompt: the refusal is stubbed.
        // (Page scripts as text: this project's typecheck has no DOM library.)
        await page.addInitScript({
          content: `{
            const devices = navigator.mediaDevices;
            const real = devices.getUserMedia.bind(devices);
            devices.getUserMedia = (constraints) =>
              window.refuseMicrophone === false
                ? real(constraints)
                : Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
          }`,
        });
        const before = (await fetchJson('/v1/conversations')).data.length;
        await page.goto(`${server.url}/playground?graph=support`);
        await page.getByRole('button', { name: 'Call', exact: true }).click();
        const refused = page.locator('[data-testid=call-status][data-phase=error][data-error=permission]');
        await refused.waitFor();
        expect(await refused.textContent()).toContain('Microphone access was denied');
        // Nothing was started for a call that never had a microphone.
        expect(new URL(page.url()).searchParams.get('c')).toBeNull();
        expect((await fetchJson('/v1/conversations')).data.length).toBe(before);
        await screenshot(page, 'voice-call-microphone-denied');

        // A conversation the server does not know: the relay refuses the start and says why.
        await page.goto(`${server.url}/playground?graph=support&c=conv_missing`);
        await page.evaluate('window.refuseMicrophone = false');
        await page.getByRole('button', { name: 'Call', exact: true }).click();
        const failed = page.locator('[data-testid=call-status][data-phase=error][data-error=server]');
        await failed.waitFor();
        expect(await failed.textContent()).toContain('conversation conv_missing not found');
      } finally {
        await page.close();
      }
    }, 60_000);

    async function fetchJson(path: string): Promise<any> {
      const response = await fetch(`${server.url}${path}`);
      if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    }
  },
);
