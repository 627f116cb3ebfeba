import { describe, expect, it } from 'vitest';
import type { TurnResult } from '../../../src/runtime/runTurn.ts';
import { salonGraph } from '../../../templates/salon/graph.ts';
import { rows } from '../../support/templates/salon/salonTestDb.ts';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';

/**
 * Whole conversations on the salon template as `switchboard chat --graph salon` runs them: the real
 * graph, the offline model for every agent, the runtime, and a fresh in-memory PGlite seeded by the
 * template's setup SQL. Assertions are on who answered, the handoffs, the tool calls and their
 * arguments, and the rows the tools wrote.
 */

const responsesOf = (agent: string) => salonGraph.agents.find((a) => a.name === agent)!.responses!;

const t = useOfflineTemplate('salon');

async function conversation(context?: Record<string, unknown>) {
  const { id } = await t.switchboard.createConversation({ context });
  const said: string[] = [];
  return {
    id,
    said,
    say: (text: string) => {
      said.push(text);
      return t.switchboard.send(id, text);
    },
  };
}

const hops = (turn: TurnResult) => turn.handoffs.map((h) => `${h.from}->${h.to}`);
const tools = (turn: TurnResult) => turn.toolCalls.map((c) => c.tool);
const query = async <T = Record<string, unknown>>(sql: string) => rows<T>(await t.store.toolDb(), sql);
const bookingRow = async (ref: string) =>
  (
    await query<{
      day: string;
      start_min: number;
      status: string;
      service_id: string;
      customer_name: string;
    }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, start_min, status, service_id, customer_name FROM salon_bookings WHERE ref = '${ref}'`,
    )
  )[0];

describe('salon template, offline, whole conversations', () => {
  it('quotes a colour, books it in Booking, then CustomerService moves and cancels it by the reference in context', async () => {
    const chat = await conversation();

    const quote = await chat.say('how much would a balayage be on long hair?');
    expect(quote.agent).toBe('ColorConsultation');
    expect(hops(quote)).toEqual(['FrontDesk->ColorConsultation']);
    expect(quote.toolCalls).toEqual([
      expect.objectContaining({
        tool: 'color_quote',
        arguments: expect.objectContaining({ hairLength: 'long' }),
      }),
    ]);
    expect(quote.reply).toContain('$240');

    // Decentralized: the colour consultant hands straight to Booking, which knows the quoted service.
    const book = await chat.say('lovely, please book that for 2031-06-20 at 10am');
    expect(book.agent).toBe('Booking');
    expect(hops(book)).toEqual(['ColorConsultation->Booking']);
    expect(book.reply).toBe(responsesOf('Booking').askFor!.customerName);
    expect((await chat.say('Dana Ruiz')).reply).toBe(responsesOf('Booking').askFor!.phone);
    // A booking is read back in one line first and made on the customer's "yes" (docs/dialogue.md).
    const readBack = await chat.say('07700 900123');
    expect(readBack.reply).toMatch(/^Just to confirm: .*Dana Ruiz, 07700 900123\. Shall I go ahead\?$/);
    expect(tools(readBack)).toEqual([]);
    const booked = await chat.say('yes');
    expect(booked.agent).toBe('Booking');
    expect(tools(booked)).toEqual(['book_appointment']);
    const ref = (booked.toolCalls[0].result as { reference: string }).reference;
    expect(ref).toMatch(/^GB-20310620-\d{3}$/);
    expect(booked.reply).toContain(ref);
    expect(await bookingRow(ref)).toEqual({
      day: '2031-06-20',
      start_min: 600,
      status: 'booked',
      service_id: 'COL-BAL',
      customer_name: 'Dana Ruiz',
    });
    expect((await t.store.getConversation(chat.id))!.context).toMatchObject({ bookingRef: ref });

    // Booking hands straight to CustomerService, which reschedules the booking from the context.
    const move = await chat.say('can I move my appointment to 2031-06-21 at 11am instead?');
    expect(move.agent).toBe('CustomerService');
    expect(hops(move)).toEqual(['Booking->CustomerService']);
    expect(move.reply).toMatch(/^Just to confirm: move booking GB-\d{8}-\d{3} to Saturday 21 June 2031/);
    const moved = await chat.say('yes please');
    expect(moved.toolCalls).toEqual([
      expect.objectContaining({
        agent: 'CustomerService',
        tool: 'reschedule_booking',
        arguments: expect.objectContaining({ bookingRef: ref }),
        result: expect.objectContaining({ changed: true, reference: ref }),
      }),
    ]);
    expect(moved.reply).toContain(ref);
    expect(await bookingRow(ref)).toMatchObject({ day: '2031-06-21', start_min: 660, status: 'booked' });

    expect((await chat.say('actually please cancel it')).reply).toMatch(/^Just to confirm: cancel/);
    const cancelled = await chat.say('yes');
    expect(cancelled.agent).toBe('CustomerService');
    expect(cancelled.toolCalls).toEqual([
      expect.objectContaining({
        tool: 'cancel_booking',
        arguments: expect.objectContaining({ bookingRef: ref }),
      }),
    ]);
    expect((await bookingRow(ref)).status).toBe('cancelled');

    // The customer never said the reference: it only ever travelled in the conversation context.
    expect(chat.said.some((text) => text.includes(ref))).toBe(false);
  });

  it('logs a complaint against the booking in context and parks the conversation with a person', async () => {
    const chat = await conversation({ customerName: 'Hannah Weiss', bookingRef: 'GB-20250614-001' });
    const turn = await chat.say('the colourist burned my scalp last time, I want to complain');
    expect(turn.agent).toBe('Human');
    expect(turn.status).toBe('awaiting_human');
    expect(tools(turn)).toEqual(['log_complaint']);
    expect(turn.handoffs.at(-1)).toEqual(
      expect.objectContaining({ from: 'CustomerService', to: 'Human', kind: 'fallback' }),
    );
    const complaints = await query<{ booking_ref: string; category: string; customer_name: string }>(
      "SELECT booking_ref, category, customer_name FROM salon_complaints WHERE customer_name = 'Hannah Weiss'",
    );
    expect(complaints).toEqual([
      { booking_ref: 'GB-20250614-001', category: 'injury', customer_name: 'Hannah Weiss' },
    ]);
  });

  it('cancels a booking by its reference once the phone number matches, after a read-back', async () => {
    const chat = await conversation();
    const first = await chat.say('I need to cancel GB-20310614-002');
    expect(first.agent).toBe('CustomerService');
    expect(first.reply).toBe(responsesOf('CustomerService').askFor!.phone);
    expect((await chat.say('07700 900606')).reply).toMatch(
      /^Just to confirm: cancel booking GB-\d{8}-\d{3}\./,
    );
    expect((await bookingRow('GB-20310614-002')).status).toBe('booked');
    const second = await chat.say('yes');
    expect(second.toolCalls).toEqual([
      expect.objectContaining({ tool: 'cancel_booking', result: expect.objectContaining({ changed: true }) }),
    ]);
    expect(second.reply).toContain('GB-20310614-002');
    expect((await bookingRow('GB-20310614-002')).status).toBe('cancelled');
  });

  it('keeps a general question with FrontDesk and answers it from the salon facts', async () => {
    const chat = await conversation();
    const turn = await chat.say('what time do you close on saturdays?');
    expect(turn.agent).toBe('FrontDesk');
    expect(turn.handoffs).toEqual([]);
    expect(turn.toolCalls).toEqual([]);
    expect(turn.reply).toBe(responsesOf('FrontDesk').answers![0].say);
  });
});
