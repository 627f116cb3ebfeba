import { functionCall } from '@openai/agents-core/testing';
import { describe, expect, it } from 'vitest';
import { exampleGraph } from '../../testing/scripted/exampleGraph.ts';
import { scriptedSwitchboard } from '../../testing/scripted/scriptedSwitchboard.ts';

const toHuman = functionCall(
  'transfer_to_Human',
  { reason: 'customer asks for a person', intent: 'human' },
  { callId: 'c1' },
);

describe('on a chat, the phone edge to Human offers the number to call or a callback', () => {
  it('a number target: the reply gives the number and offers a callback; the conversation waits for a person', async () => {
    const graph = exampleGraph({ phone: { Human: { target: '+14155550100' } } });
    const { sb, conv } = await scriptedSwitchboard({ Triage: [[toHuman]] }, graph);
    const result = await sb.send(conv.id, 'let me talk to a human');
    expect(result.status).toBe('awaiting_human');
    expect(result.reply).toContain("If you'd rather talk now, call us at +14155550100.");
    expect(result.reply).toContain(
      'leave your phone number here and a member of our team will call you back',
    );
  });

  it('a SIP target is never shown to a customer: only the callback is offered', async () => {
    const graph = exampleGraph({ phone: { Human: { target: 'sip:desk@pbx.example.com' } } });
    const { sb, conv } = await scriptedSwitchboard({ Triage: [[toHuman]] }, graph);
    const result = await sb.send(conv.id, 'let me talk to a human');
    expect(result.reply).not.toContain('sip:');
    expect(result.reply).toContain('will call you back');
  });
});
