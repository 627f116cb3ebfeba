import { describe, expect, it } from 'vitest';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * Issue #23: every topic change cost two handoffs (specialist → Triage → specialist), so the default
 * cap of 5 was spent after two topic changes, and then Sales answered a billing question with sales
 * text: no handoff, no escalation, no event. Now a handback and its routing count once, and at the cap
 * the deterministic escalation happens.
 */
const t = useOfflineTemplate('support');

async function conversation() {
  const { id } = await t.switchboard.createConversation();
  return { id, say: (text: string) => t.switchboard.send(id, text) };
}

describe('support topic changes within the handoff cap', () => {
  it('serves the issue transcript: pricing, webhooks, pricing again, then an invoice question goes to Billing', async () => {
    const chat = await conversation();
    await chat.say('what does the Growth plan cost?');
    await chat.say('also my webhooks keep failing');
    await chat.say('WH-304');
    await chat.say('how much is Scale?');
    // WH-304 made the conversation ACC-1006's (templates/shared/ownership.ts): ask about its invoice.
    const invoice = await chat.say('what was invoice INV-2043 for?');
    expect(invoice.agent).toBe('Billing');
    expect(invoice.toolCalls[0]).toMatchObject({ tool: 'lookup_invoice', result: { found: true } });
    const events = await t.store.listEvents(chat.id);
    expect(events.filter((e) => e.type === 'policy.tripped')).toEqual([]);
  });

  it('past the cap, a request the current agent does not cover escalates with its event, never a wrong answer', async () => {
    const chat = await conversation();
    const topics = [
      'what does the Growth plan cost?',
      'my webhooks keep failing',
      'what was invoice INV-2033 for?',
      'how much is Scale?',
      'calls keep dropping on CALL-50104',
      'refund invoice INV-2041 please',
    ];
    const turns = [];
    for (const text of topics) turns.push(await chat.say(text));
    // Five topic changes were served (one reroute each); the sixth needs Billing, past the cap.
    expect(turns.slice(0, -1).every((turn) => turn.agent !== 'Human')).toBe(true);
    const last = turns.at(-1)!;
    expect(last.agent).toBe('Human');
    expect(last.toolCalls).toEqual([]);
    expect(last.handoffs).toEqual([
      expect.objectContaining({ from: 'TechSupport', to: 'Human', kind: 'fallback' }),
    ]);
    const events = await t.store.listEvents(chat.id);
    expect(events.find((e) => e.type === 'policy.tripped')?.data).toMatchObject({ code: 'handoff_cap' });
  });
});
