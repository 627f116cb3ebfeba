import { describe, expect, it } from 'vitest';
import { CRISIS_NOTICE, EMERGENCY_NOTICE } from '../../../templates/healthcare/emergencyScreen.ts';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * Issue #23: an emergency escalated, but the patient was only told a person would reply. The first
 * words must tell them to call the emergency number now, before the hand-over message.
 */
const t = useOfflineTemplate('healthcare');

describe('healthcare emergency escalation tells the patient to call 911 first', () => {
  it.each(["I have chest pain and can't breathe", "my husband took too many pills and won't wake up"])(
    '"%s" → call 911 now, then the hand-over, with the escalation recorded',
    async (text) => {
      const { id } = await t.switchboard.createConversation();
      const turn = await t.switchboard.send(id, text);
      expect(turn.agent).toBe('Human');
      expect(turn.status).toBe('awaiting_human');
      expect(turn.reply.startsWith(EMERGENCY_NOTICE)).toBe(true);
      expect(turn.reply).toMatch(/^Please call 911 now/);
      expect(turn.handoffs.at(-1)).toMatchObject({ to: 'Human', kind: 'fallback' });
      const events = await t.store.listEvents(id);
      expect(events.find((e) => e.type === 'policy.tripped')?.data).toMatchObject({ code: 'emergency' });
    },
  );

  it('thoughts of suicide hear 911 and the 988 crisis line first', async () => {
    const { id } = await t.switchboard.createConversation();
    const turn = await t.switchboard.send(id, "I don't want to be alive anymore");
    expect(turn.agent).toBe('Human');
    expect(turn.reply.startsWith(CRISIS_NOTICE)).toBe(true);
    expect(turn.reply).toMatch(/988/);
  });

  it('a hand-over that is not an emergency says no such thing', async () => {
    const { id } = await t.switchboard.createConversation();
    const turn = await t.switchboard.send(id, 'can I speak to a person please');
    if (turn.agent === 'Human') expect(turn.reply).not.toContain('911');
  });
});
