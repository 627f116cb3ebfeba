import { describe, expect, it } from 'vitest';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * A buyer booking a viewing of LST-1003 (15 Birch Court, $549,000 as seeded) asks "whats the monthly
 * payment on it with 10% down?" while their name is asked. The quote asked "What price of home should
 * I quote on?" (no tool had shown that home, so the conversation's state did not hold it), the name said
 * next went to the front desk, and the booking was lost. `quote_mortgage` takes the listing named; the
 * quote is given, and the name said next goes back to the booking.
 */

const t = useOfflineTemplate('real-estate');

async function conversation() {
  const { id } = await t.switchboard.createConversation({});
  return (text: string) => t.switchboard.send(id, text);
}

describe('real estate, offline: a mortgage question mid-booking', () => {
  it('is quoted on the home being booked, and the booking then carries on', async () => {
    const say = await conversation();
    await say('hi i want to book a viewing of LST-1003');
    await say('saturday at 11');
    const quote = await say('whats the monthly payment on it with 10% down?');
    expect(quote.agent).toBe('FinancingQuoter');
    expect(quote.reply).toMatch(/^On LST-1003 at \$549,000 with 10% down/);
    const next = await say('Mark Olsen');
    expect(next.agent).toBe('TourBooker');
    const booked = await say('555-0190');
    expect(booked.reply).toMatch(/You're booked to see 15 Birch Court on Saturday .* at 11:00/);
  });

  it('"I\'m looking at LST-1004" to "What price of home should I quote on?" is quoted on that home', async () => {
    const say = await conversation();
    const asked = await say('what are mortgage rates right now?');
    expect(asked.reply).toMatch(/What price of home should I quote on\?/);
    const quote = await say("I'm looking at LST-1004");
    expect(quote.toolCalls.map((c) => c.tool)).toEqual(['quote_mortgage']);
    expect(quote.reply).toMatch(/^On LST-1004 at \$735,000/);
  });
});
