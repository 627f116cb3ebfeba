import { describe, expect, it } from 'vitest';
import { detectEmergency, EMERGENCY_NOTICE } from '../../../templates/healthcare/emergencyScreen.ts';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * "my 3 yr old swallowed some of my pills" went to the nurse line, which listed the parent's own
 * medications after asking them to verify: the screen knew only "swallowed too many" and "took all my
 * pills". Swallowing, eating or drinking someone's pills or a household product (bleach, a button
 * battery, cleaning products) is a poisoning: call 911 first, then a person.
 */
const t = useOfflineTemplate('healthcare');

describe('a child who swallowed pills is an emergency', () => {
  it.each([
    'my 3 yr old swallowed some of my pills',
    'my toddler got into the cleaning products under the sink',
    "my son ate a few of grandma's heart tablets",
    'she swallowed a button battery',
  ])('"%s" → call 911 now, then a person', async (text) => {
    const { id } = await t.switchboard.createConversation();
    const turn = await t.switchboard.send(id, text);
    expect(turn.agent).toBe('Human');
    expect(turn.reply.startsWith(EMERGENCY_NOTICE)).toBe(true);
  });

  it('leaves the daily dose and food poisoning to the clinic', () => {
    for (const text of [
      'I took my pills this morning but my headache is still there',
      'I ate lunch and took my meds',
      'I think I have food poisoning',
      'need a refill on my meds',
    ])
      expect(detectEmergency(text)).toBeNull();
  });
});
