import { describe, expect, it } from 'vitest';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * A seller asks "what do you think it's worth?" while SellerIntake's listing form waits for the address:
 * the question is answered as a digression (what the desk can do: a free valuation from comparable
 * sales) and the form's question is asked again; the address said next starts the listing. Outside the
 * form the same question still goes to the valuation desk.
 */

const t = useOfflineTemplate('real-estate', { perTest: true });

async function conversation() {
  const { id } = await t.switchboard.createConversation({});
  return (text: string) => t.switchboard.send(id, text);
}

describe('real estate, offline: what a home is worth, asked mid-listing', () => {
  it('answers the question, asks for the address again, and drafts the listing with it', async () => {
    const say = await conversation();
    const asked = await say('hi, we want to put our house on the market');
    expect(asked.agent).toBe('SellerIntake');
    expect(asked.reply).toMatch(/street address/);
    const aside = await say('what do you think it’s worth?');
    expect(aside.agent).toBe('SellerIntake');
    expect(aside.toolCalls).toEqual([]);
    expect(aside.reply).toMatch(/valuation/);
    expect(aside.reply).toMatch(/What's the street address of the home you'd like to sell\?$/);
    const drafted = await say('it’s 14 Mill Road in Riverside');
    expect(drafted.toolCalls.map((c) => c.tool)).toEqual(['draft_listing']);
    expect(drafted.reply).toMatch(/draft listing LST-\d+ for 14 Mill Road/);
  });

  it('outside the listing form, what a home is worth still goes to the valuation desk', async () => {
    const say = await conversation();
    const valued = await say("what's my house worth? it's a 3 bedroom in Cedar Heights");
    expect(valued.agent).toBe('ComparablePuller');
    expect(valued.toolCalls.map((c) => c.tool)).toContain('pull_comparables');
  });
});
