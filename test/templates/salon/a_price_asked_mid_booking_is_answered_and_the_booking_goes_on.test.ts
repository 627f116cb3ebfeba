import { describe, expect, it } from 'vitest';
import { salonGraph } from '../../../templates/salon/graph.ts';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * "how much is balayage?" asked while the booking form waited for a name got "Sorry, I didn't catch
 * that": the form read the question as the name. A price question naming a service is answered from
 * the price list, the form's question is asked again, and the booking it was making goes on.
 */

const t = useOfflineTemplate('salon', { perTest: true });
const booking = salonGraph.agents.find((a) => a.name === 'Booking')!.responses!;

async function chat() {
  const { id } = await t.switchboard.createConversation();
  return (text: string) => t.switchboard.send(id, text);
}

describe('a price asked mid-booking is answered and the booking goes on', () => {
  it('answers "how much is balayage?" while the name is asked, then books the cut asked for', async () => {
    const say = await chat();
    const first = await say("hi can I book a women's cut on friday at 2pm");
    expect(first.reply).toBe(booking.askFor!.customerName);
    const price = await say('how much is balayage?');
    expect(price.toolCalls.map((c) => c.tool)).toEqual(['list_services']);
    expect(price.reply).toMatch(/balayage is \$\d+/i);
    expect(price.reply).not.toContain("didn't catch");
    expect(price.reply).toContain(booking.askFor!.customerName);
    await say('Ana Lopez');
    const readBack = await say('07700 900321');
    expect(readBack.reply).toMatch(
      /^Just to confirm: women's cut on Friday .*under Ana Lopez, 07700 900321\./,
    );
    const done = await say('yes');
    expect(done.toolCalls[0]).toMatchObject({ tool: 'book_appointment', result: { booked: true } });
  });

  it('answers a texted "wait whats the price of a keratin treatment" while the phone is asked', async () => {
    const say = await chat();
    await say("book me a men's cut saturday 11am, name Joe Park");
    const price = await say('wait whats the price of a keratin treatment');
    expect(price.reply).toMatch(/keratin smoothing is \$\d+/i);
    expect(price.reply).toContain(booking.askFor!.phone);
    const readBack = await say('07700 900765');
    expect(readBack.reply).toMatch(
      /^Just to confirm: men's cut on Saturday .*under Joe Park, 07700 900765\./,
    );
  });
});
