import { afterEach, describe, expect, it } from 'vitest';
import { mulawToPcm16 } from '../../src/voice/mulaw.ts';
import { DEFAULT_FILLER_TEXT } from '../../src/voice/voiceConfig.ts';
import { voiceToneHz } from '../../testing/realtime/index.ts';
import { type ScriptedCall, scriptedCall } from '../support/voice/scriptedCall.ts';
import { toneShare } from '../support/voice/toneAnalysis.ts';
import { ToolGate } from '../support/voice/voiceTestGraph.ts';
import { waitFor } from '../support/voice/waitFor.ts';

const toBilling = {
  call: 'transfer_to_Billing',
  arguments: { reason: 'caller has a billing question', intent: 'billing' },
};

describe('voice features around the Realtime session', () => {
  let c: ScriptedCall;
  afterEach(() => c?.close());

  it('says a filler while a slow tool runs, then speaks the result; the filler stays out of the history', async () => {
    const gate = new ToolGate();
    c = await scriptedCall(
      {
        turns: [
          {
            user: 'look it up',
            responses: [
              [toBilling],
              [{ call: 'slow_lookup', arguments: { query: 'order 7' } }],
              [{ say: 'Found it: order 7 shipped.' }],
            ],
          },
        ],
      },
      { graph: { gate }, config: { fillerAfterMs: 30 } },
    );
    c.speak();
    // The tool is held until the filler has been asked for: no race with the clock.
    const filler = await waitFor(
      () =>
        c.received('response.create').find((e) => e.response?.instructions?.includes(DEFAULT_FILLER_TEXT)),
      'the filler response',
    );
    expect(filler.response).toMatchObject({
      conversation: 'none',
      tool_choice: 'none',
      metadata: { switchboard: 'filler' },
    });
    expect(gate.entered).toBe(true);
    expect(
      c.received('conversation.item.create').filter((e) => e.item.type === 'function_call_output'),
    ).toHaveLength(1);
    gate.open();
    await c.stored('Found it: order 7 shipped.');
    const types = c.remote().received.map((r) => r.event);
    const fillerAt = types.indexOf(filler);
    const outputAt = types.findIndex(
      (e) => e.type === 'conversation.item.create' && e.item.call_id && e.item.output?.includes('found it'),
    );
    expect(fillerAt).toBeLessThan(outputAt);
    expect((await c.events('voice.filler'))[0].data).toMatchObject({
      agent: 'Billing',
      tool: 'slow_lookup',
      text: DEFAULT_FILLER_TEXT,
    });
    const texts = (await c.items())
      .filter((i: any) => i.role === 'assistant')
      .map((i: any) => i.content[0].text);
    expect(texts).toEqual(['Found it: order 7 shipped.']);
  });

  it('delivers keypad digits to the agent as one caller message', async () => {
    c = await scriptedCall({
      turns: [{ user: '[keypad] 4821', responses: [[{ say: 'Thanks, account 4821.' }]] }],
    });
    for (const digit of ['4', '8', '2', '1', '#']) c.call.sendDtmf(digit);
    await c.stored('Thanks, account 4821.');
    const message = c.received('conversation.item.create').find((e) => e.item.role === 'user');
    expect(message?.item.content).toEqual([{ type: 'input_text', text: '[keypad] 4821' }]);
    expect((await c.items())[0]).toEqual({ role: 'user', content: '[keypad] 4821' });
    expect((await c.events('voice.dtmf'))[0].data).toEqual({ digits: '4821' });
  });

  it('gives each agent its own voice while no audio has been played yet', async () => {
    c = await scriptedCall(
      { turns: [{ user: 'billing', responses: [[toBilling], [{ say: 'Billing here.' }]] }] },
      { config: { defaultVoice: 'marin', agentVoices: { Billing: 'cedar' } } },
    );
    expect(c.remote().config.audio.output.voice).toBe('marin');
    c.speak();
    await c.stored('Billing here.');
    expect(c.remote().config.audio.output.voice).toBe('cedar');
    expect(toneShare(mulawToPcm16(c.leg.audio()), 8000, voiceToneHz('cedar'))).toBeGreaterThan(0.8);
    expect(await c.events('voice.kept')).toEqual([]);
    expect(c.remote().errors).toEqual([]);
  });

  it('barge-in cancels the active response, clears playback and truncates at the audio played', async () => {
    c = await scriptedCall(
      {
        turns: [
          {
            user: 'tell me everything',
            responses: [
              [{ say: 'This is a very long answer that goes on and on about every plan we have ever sold.' }],
            ],
          },
          { user: 'stop', responses: [[{ say: 'Sorry, go ahead.' }]] },
        ],
      },
      { paceMs: 40, playback: 'manual' },
    );
    c.speak();
    const first = await waitFor(
      () => (c.leg.chunks.length >= 3 ? c.leg.chunks[0].itemId : null),
      'agent audio',
    );
    c.leg.setPlayed(first, 150); // the caller has heard 150 ms when they start talking
    expect(c.remote().activeResponse).not.toBeNull();
    c.speak();
    await c.stored('Sorry, go ahead.');
    expect(c.received('response.cancel')).toHaveLength(1);
    expect(c.leg.clears).toBe(1);
    expect(c.remote().truncations).toEqual([expect.objectContaining({ item_id: first, audio_end_ms: 150 })]);
    expect((await c.events('voice.interrupted'))[0].data).toMatchObject({ itemId: first, heardMs: 150 });
    expect(c.remote().errors).toEqual([]);
    // The caller's burst of speech ended before the cancel landed: the answer still came, exactly once,
    // and the stored first answer holds only the words played before the barge-in.
    const answers = (await c.items())
      .filter((i: any) => i.role === 'assistant')
      .map((i: any) => i.content[0].text);
    expect(answers).toHaveLength(2);
    expect(answers[0]).toMatch(/^This is a .*…$/);
    expect(answers[0].split(' ').length).toBeLessThan(8);
    expect(answers[1]).toBe('Sorry, go ahead.');
  });
});
