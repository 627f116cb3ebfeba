import { describe, expect, it } from 'vitest';
import { relayToDesk, unfoldRelay } from '../../src/models/offline/forms/deskRelay.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// Issue #23: confirm before side effects with a one-line summary. The healthcare Billing desk (an agent
// the Receptionist consults as a tool, with no memory) charged the card as soon as "can I pay my bill"
// was said. Its payments are now read back; the caller's answer is relayed to the desk with the
// read-back it answers (forms/deskRelay.ts), so "yes" pays once, "no" pays nothing, and a correction
// gives a new read-back.
const VERIFIED = 'Dana Ruiz, born 1984-03-12';
const pays = (o: Awaited<ReturnType<typeof converse>>) =>
  toolsOf(o).filter((t) => t.tool === 'pay_by_card_or_link');

describe('a payment is read back before it runs', () => {
  it('reads the payment back and pays once on "yes"', async () => {
    const o = await converse('healthcare', [VERIFIED, 'can I pay my bill', 'yes', 'thanks'], {
      tool: 'pay_by_card_or_link',
      result: { paid: true, amount: '$145' },
    });
    expect(o.turns[1].reply).toBe(
      'Just to confirm: pay your whole balance of $145 with the Visa ending 4421. Shall I go ahead?',
    );
    expect(o.turns[1].tools.map((t) => t.tool)).not.toContain('pay_by_card_or_link');
    expect(o.unmet).toEqual([]);
    expect(pays(o)).toHaveLength(1);
  }, 180_000);

  it('pays nothing on "no"', async () => {
    const o = await converse('healthcare', [VERIFIED, 'can I pay my bill', 'no'], {
      never_tools: ['pay_by_card_or_link'],
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[2].reply).toMatch(/nothing was changed/);
  }, 180_000);

  it('takes a correction at the read-back to the desk, and pays what was corrected', async () => {
    const o = await converse('healthcare', [VERIFIED, 'can I pay my bill', 'actually make it $50', 'yes'], {
      tool: 'pay_by_card_or_link',
      result: { paid: true, amount: '$50' },
    });
    expect(o.turns[2].reply).toBe(
      'Just to confirm: pay $50 of your $145 balance with the Visa ending 4421. Shall I go ahead?',
    );
    // "$50" was passed to the appointments desk, which cancelled an appointment.
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('cancel_appointment');
    expect(o.unmet).toEqual([]);
    expect(pays(o)).toHaveLength(1);
  }, 180_000);

  it('asks the months before reading a payment plan back', async () => {
    const o = await converse('healthcare', [VERIFIED, 'can I set up a payment plan', '6', 'yes'], {
      tool: 'pay_in_installments',
      result: { created: true, months: 6 },
    });
    expect(o.turns[2].reply).toBe(
      'Just to confirm: split your $145 balance into 6 monthly payments. Shall I go ahead?',
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('"can I split my bill" asks the months, and a "no" to that stops with nothing changed', async () => {
    const o = await converse('healthcare', [VERIFIED, 'can I split my bill', 'no'], {
      never_tools: ['pay_in_installments', 'pay_by_card_or_link'],
    });
    expect(o.turns[1].reply).toMatch(/how many months/i);
    // The desk, with no memory of asking, gave its fallback.
    expect(o.turns[2].reply).toMatch(/nothing was changed/);
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('relays a reply with every exchange since the request, a correction as the reply it was', () => {
    const first = relayToDesk(
      'can I pay my bill',
      'Just to confirm: pay it. Shall I go ahead?',
      'make it $50',
    );
    const again = relayToDesk(first, 'Just to confirm: pay $50. Shall I go ahead?', 'yes');
    const items = unfoldRelay(again) as { role: string; content: unknown }[];
    expect(items.map((i) => i.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user']);
    // The desk reads the conversation as it went: its read-back, the correction, the new read-back, yes.
    expect(items[0]).toMatchObject({ content: 'can I pay my bill' });
    expect(items[2]).toMatchObject({ content: 'make it $50' });
    expect(items[4]).toMatchObject({ content: 'yes' });
    expect(unfoldRelay('can I pay my bill')).toBe('can I pay my bill');
  });
});
