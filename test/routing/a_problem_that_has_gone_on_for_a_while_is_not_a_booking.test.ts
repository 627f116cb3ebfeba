import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/app/loadGraph.ts';
import { createAgentRouter } from '../../src/routing/agentRouter.ts';
import { tellsOngoing } from '../../src/routing/ongoingState.ts';
import { tokenize } from '../../src/routing/textFeatures.ts';

/**
 * A symptom told with how long it has lasted ("my dad keeps coughing at night and its been a month
 * now") stayed with the clinic's Receptionist: its time words are the appointment desk's words
 * (docs/routing.md, fourteenth round). How long something has gone on is its own concept, `k|ongoing`.
 */
const ongoing = (text: string) => tellsOngoing(tokenize(text));

describe('something that has gone on for a while', () => {
  it('is read from a counted span, a start, or a thing that keeps happening', () => {
    for (const text of [
      'its been a month now',
      'my back has been bad for a fortnight',
      'for the past few days my calls drop',
      'sick since last night',
      'my knee has been swollen since I twisted it',
      'up all night with it',
      'he keeps coughing',
      'the pain wont stop',
      'I have waited for ages for my refund',
      'been like 3 days',
    ])
      expect(ongoing(text), text).toBe(true);
  });

  it('is not a time said to book, nor a count of people', () => {
    for (const text of [
      'can I book for next month',
      'a table for two people',
      'in two weeks please',
      'since you are open on saturday can I come',
      'keep my slot',
      'I booked a week ago',
      'for the weekend',
    ])
      expect(ongoing(text), text).toBe(false);
  });
});

describe('the clinic hands such a story to the clinical line and still books a visit', () => {
  it('sends the symptom lived with to Clinical, keeps "next month" with the Receptionist', {
    timeout: 120_000,
  }, async () => {
    const graph = await loadGraph('healthcare');
    const router = createAgentRouter(graph, graph.entry);
    const target = (text: string) => router.route(text).target ?? graph.entry;
    expect(target('my dad keeps coughing at night and its been a month now')).toBe('Clinical');
    expect(target("my back's been giving me gyp for a fortnight, can't bend down")).toBe('Clinical');
    expect(target('can I book a check-up for next month')).toBe(graph.entry);
  });
});
