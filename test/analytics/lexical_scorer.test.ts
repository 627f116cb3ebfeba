import { describe, expect, it } from 'vitest';
import { lexicalLeadScore, lexicalSentiment } from '../../src/analytics/lexicalScorer.ts';

const lead = (userMessages: string[], agentsVisited: string[] = ['Triage']) =>
  lexicalLeadScore({ userMessages, agentsVisited, toolCalls: [] });

describe('lexical sentiment', () => {
  it('scores a happy customer positive and says why', () => {
    const scored = lexicalSentiment(['hi', 'that worked, thank you so much, this is great!']);
    expect(scored.score).toBeGreaterThan(0.5);
    expect(scored.score).toBeLessThanOrEqual(1);
    expect(scored.reasons).toContain('positive "great" (message 2)');
  });

  it('scores an angry customer negative, counting phrases and shouting', () => {
    const scored = lexicalSentiment(['I was charged twice', 'this is RIDICULOUS and I am very frustrated']);
    expect(scored.score).toBeLessThan(-0.7);
    expect(scored.score).toBeGreaterThanOrEqual(-1);
    expect(scored.reasons[0]).toBe('negative "ridiculous" (message 2)');
    expect(scored.reasons).toContain('negative "charged twice" (message 1)');
  });

  it('flips negated words: "not happy" is negative, "no problem" mildly positive', () => {
    expect(lexicalSentiment(['I am not happy with this']).score).toBeLessThan(0);
    expect(lexicalSentiment(['no problem at all']).score).toBeGreaterThan(0);
    expect(lexicalSentiment(['I am not happy with this']).reasons).toEqual([
      'negative "not happy" (message 1)',
    ]);
  });

  it('weighs how the conversation ends more than how it starts', () => {
    const recovered = lexicalSentiment(['this is awful', 'ok that fixed it, great, thanks']);
    const soured = lexicalSentiment(['great, thanks', 'actually this is awful and broken']);
    expect(recovered.score).toBeGreaterThan(0);
    expect(soured.score).toBeLessThan(0);
  });

  it('is neutral, with a reason, when there is nothing to go on', () => {
    expect(lexicalSentiment(['what is my invoice number?'])).toEqual({
      score: 0,
      reasons: ['no sentiment cues in the customer messages'],
    });
  });

  it('gives the same answer every time', () => {
    const text = ['my webhooks keep failing', 'still broken, this is frustrating'];
    expect(lexicalSentiment(text)).toEqual(lexicalSentiment([...text]));
  });
});

describe('lexical lead score', () => {
  it('rates a buyer with pricing questions, team size, timeline and contact details high', () => {
    const scored = lead(
      [
        'how much is the Growth plan for 25 seats?',
        'we want to upgrade this week, email me at cto@acme.example',
      ],
      ['Triage', 'Sales'],
    );
    expect(scored.score).toBe(100); // 10 + 25 + 20 + 15 + 10 + 10 + 15, capped
    expect(scored.reasons).toEqual([
      '+25 purchase intent: "upgrade"',
      '+20 pricing interest: "how much"',
      '+15 team size: "25 seats"',
      '+10 timeline: "this week"',
      '+10 left contact details: "cto@acme.example"',
      '+15 talked to Sales: "Sales"',
    ]);
  });

  it('rates a churning customer at the floor', () => {
    const scored = lead(['I want to cancel my subscription, this is too expensive', 'and I want a refund']);
    expect(scored.score).toBe(0);
    expect(scored.reasons).toEqual([
      '-25 churn risk: "cancel"',
      '-15 not interested: "too expensive"',
      '-10 support complaint: "refund"',
    ]);
  });

  it('starts at 10 with no signals', () => {
    expect(lead(['what time is it?'])).toEqual({ score: 10, reasons: ['no buying or churn signals'] });
  });
});
