import { describe, expect, it } from 'vitest';
import { extractRouterFeatures } from '../../src/routing/routerFeatures.ts';

const keys = (text: string, prefix: string) =>
  [...extractRouterFeatures(text).counts.keys()].filter((k) => k.startsWith(prefix)).sort();

describe('router features', () => {
  it('uses stems for words and bigrams, and adds lexicon concepts', () => {
    expect(keys('refunds for dropped calls', 'w|')).toEqual(['w|call', 'w|drop', 'w|refund']);
    expect(keys('refunds for dropped calls', 'b|')).toEqual(['b|drop call', 'b|refund drop']);
    expect(keys('refunds for dropped calls', 'k|')).toEqual(['k|call', 'k|dropped', 'k|refund']);
    expect(keys('refund', 'c|')).toContain('c|<re');
  });

  it('drops greetings, thanks and fillers from a message that also has a topic', () => {
    const framed = keys('thanks! by the way, how much is the Growth plan?', 'w|');
    expect(framed).toEqual(keys('how much is the Growth plan?', 'w|'));
    expect(keys('hi, my calls drop', 'k|')).toEqual(['k|call', 'k|dropped']);
  });

  it('keeps them when they are all the message says', () => {
    expect(keys('ok thanks', 'k|')).toEqual(['k|assent', 'k|thanks']);
    expect(keys('thank you so much', 'w|')).toContain('w|thank');
    expect(keys('yes, that is right', 'w|')).toContain('w|yes');
  });

  it('records which words each feature came from when asked', () => {
    const { sources } = extractRouterFeatures('I want the money back', { withSources: true });
    expect(sources?.get('k|refund')).toEqual(['money back']);
    expect(sources?.get('w|want')).toEqual(['want']);
    expect(extractRouterFeatures('I want the money back').sources).toBeUndefined();
  });

  it('can be reduced to the plain word and char features', () => {
    const plain = extractRouterFeatures('refunds please', {
      stems: false,
      concepts: false,
      supersenses: false,
    });
    expect([...plain.counts.keys()].filter((k) => !k.startsWith('c|'))).toEqual(['w|refunds']);
  });

  it('puts words no example shares in the WordNet class of words some example has', () => {
    const classes = (text: string) => keys(text, 's|');
    // Body parts, ailments and money each meet in one supersense, whatever the word.
    expect(classes('my ankle')).toEqual(classes('my throat'));
    expect(classes('a fever')).toEqual(['s|noun.state']);
    expect(classes('a rebate')).toEqual(classes('a refund'));
    // Adjectives say nothing about a topic ("cheap" and "dizzy" are both adj.all): no class.
    expect(classes('dizzy')).toEqual([]);
  });
});
