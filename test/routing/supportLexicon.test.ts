import { describe, expect, it } from 'vitest';
import { lightStem } from '../../src/routing/lightStem.ts';
import { FRAMING_CONCEPTS, findConcepts, LEXICON_CONCEPTS } from '../../src/routing/supportLexicon.ts';
import { tokenize } from '../../src/routing/textFeatures.ts';

const concepts = (text: string) => findConcepts(tokenize(text).map(lightStem)).map((c) => c.concept);

describe('support lexicon', () => {
  it('gives different wordings of one idea the same concept', () => {
    for (const text of ['I want a refund', 'can I get my money back', 'please reimburse us'])
      expect(concepts(text), text).toContain('refund');
    for (const text of ['let me talk to a human', 'get me a real person', 'I want your supervisor'])
      expect(concepts(text), text).toContain('person');
    for (const text of ['calls keep dropping', 'the line cuts out', 'it hung up on me'])
      expect(concepts(text), text).toContain('dropped');
  });

  it('knows everyday words for legal threats, time-outs and compliance', () => {
    for (const text of ['our solicitor will be in touch', 'we will sue', 'I am taking legal action'])
      expect(concepts(text), text).toContain('legal');
    for (const text of ['the request is timing out', 'your server timed out', 'the app is unresponsive'])
      expect(concepts(text), text).toContain('failure');
    expect(concepts('are you GDPR compliant')).toContain('compliance');
  });

  it('matches phrases on stems, longest first, and does not reuse their words', () => {
    const found = findConcepts(tokenize('I need somebody in charge').map(lightStem));
    expect(found.map((c) => c.concept)).toEqual(['person']);
    expect(found[0]).toMatchObject({ start: 3, end: 5 });
    // A shorter phrase inside a longer one is not matched again.
    expect(concepts('the API is rate limited')).toEqual(['api', 'api']);
    expect(concepts('what are your rates')).toEqual(['price']);
  });

  it('matches a phrasal verb with its object pronoun in the middle', () => {
    expect(concepts('can someone walk us through it')).toContain('demo');
    expect(concepts('they should pay me back')).toContain('refund');
    // Only a pronoun may sit there: "walk the dog through the park" is no demo.
    expect(concepts('walk the dog through the park')).not.toContain('demo');
  });

  it('finds nothing in text outside its groups', () => {
    expect(concepts('the quick brown fox')).toEqual([]);
    expect(concepts('')).toEqual([]);
  });

  it('names its framing concepts among its groups', () => {
    for (const concept of FRAMING_CONCEPTS) expect(LEXICON_CONCEPTS).toContain(concept);
    expect(concepts('ok thanks, bye')).toEqual(['assent', 'thanks', 'farewell']);
  });
});
