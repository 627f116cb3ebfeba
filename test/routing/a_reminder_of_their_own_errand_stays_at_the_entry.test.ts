import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { ThingDomain } from '../../src/routing/foreignThings.ts';
import { reminderForThemselves } from '../../src/routing/personalErrands.ts';

/**
 * "Remind me to call the bank at 3" to a realtor, "set a reminder to call the accountant at 4" to a voice
 * platform: a phone assistant's job, which the router had sent to the call-back desk and to TechSupport on
 * "call". The errand's communicating verb and the people it names are no topic; a reminder about the
 * desk's own things is left to the router.
 */
describe("a reminder of the customer's own errand", () => {
  const clinic = new ThingDomain([
    'Scheduling books, moves and cancels appointments',
    'Insurance answers what the plan covers and checks the insurance card on file',
  ]);

  it('is found when the errand names nothing of the graph’s', () => {
    expect(reminderForThemselves(clinic, 'remind me to call the bank at 3')).toBe('remind');
    expect(reminderForThemselves(clinic, 'set a reminder for me to call my mom at six')).toBe('reminder');
    expect(reminderForThemselves(clinic, 'set a reminder to call the accountant at 4')).toBe('reminder');
  });

  it('is not when the errand is the desk’s, or nothing is asked to be remembered', () => {
    expect(
      reminderForThemselves(clinic, 'remind me to bring my insurance card to the appointment'),
    ).toBeNull();
    expect(reminderForThemselves(clinic, 'can you remind me what time my appointment is')).toBeNull();
    expect(reminderForThemselves(clinic, 'call me back at 3')).toBeNull();
  });

  it('stays with the entry of the real-estate and support graphs', async () => {
    for (const [template, text] of [
      ['real-estate', 'remind me to call the bank at 3'],
      ['support', 'set a reminder to call the accountant at 4'],
    ]) {
      const graph = await loadGraph(template);
      expect(createAgentRouter(graph, graph.entry).route(text), text).toMatchObject({ decision: 'stay' });
    }
  });
});
