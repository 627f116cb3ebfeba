import { describe, expect, it } from 'vitest';
import { AWAITING_HUMAN_REPLY } from '../../../src/runtime/runTurn.ts';
import { CRISIS_NOTICE, EMERGENCY_NOTICE } from '../../../templates/healthcare/emergencyScreen.ts';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * A QA chat probe (2026-11-27): "I have crushing chest pain and my left arm is numb" heard "call 911
 * now", but the next message, "what should I do", heard only "a member of our team … will reply here
 * shortly", which reads as "wait here". While the person is awaited, an emergency's notice is said
 * again before every acknowledgement; an ordinary hand-over's is not.
 */
const t = useOfflineTemplate('healthcare');

describe('an emergency notice stands while a person is awaited', () => {
  it('says call 911 again with every parked reply', async () => {
    const { id } = await t.switchboard.createConversation();
    await t.switchboard.send(id, 'I have crushing chest pain and my left arm is numb');
    const second = await t.switchboard.send(id, 'what should I do');
    expect(second.status).toBe('awaiting_human');
    expect(second.reply).toBe(`${EMERGENCY_NOTICE} ${AWAITING_HUMAN_REPLY}`);
    const third = await t.switchboard.send(id, 'ok');
    expect(third.reply.startsWith(EMERGENCY_NOTICE)).toBe(true);
    expect(third.reply).toMatch(/see all 2 of your messages/);
  });

  it('repeats the crisis line to someone who said they want to end it', async () => {
    const { id } = await t.switchboard.createConversation();
    await t.switchboard.send(id, "i dont really see the point anymore. i've been thinking about ending it");
    const next = await t.switchboard.send(id, 'i dont know');
    expect(next.reply.startsWith(CRISIS_NOTICE)).toBe(true);
  });

  it('says nothing of 911 while waiting after a plain request for a person', async () => {
    const { id } = await t.switchboard.createConversation();
    const first = await t.switchboard.send(id, 'can I speak to a real person please');
    expect(first.status).toBe('awaiting_human');
    const next = await t.switchboard.send(id, 'hello?');
    expect(next.reply).toBe(AWAITING_HUMAN_REPLY);
  });
});
