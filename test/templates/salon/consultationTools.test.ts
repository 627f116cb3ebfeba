import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import { colorQuote } from '../../../templates/salon/colourTools.ts';
import { complaintCategory, logComplaint } from '../../../templates/salon/complaintTools.ts';
import { rows, seededSalonDb, toolContext } from '../../support/templates/salon/salonTestDb.ts';

let db: ToolDb;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await seededSalonDb());
});
afterAll(() => close());

describe('color_quote', () => {
  it('quotes price and chair time for the hair length, names the colourists, and remembers the quote', async () => {
    const ctx = toolContext(db, 'ColorConsultation');
    const result: any = await colorQuote.execute(
      { serviceDescription: 'balayage please', hairLength: 'long' },
      ctx,
    );
    expect(result).toMatchObject({
      found: true,
      service: 'balayage',
      price: '$240',
      duration: '3 hours 45 minutes',
      patchTestNeeded: false,
      colourists: ['Maya', 'Priya', 'Aisha'],
    });
    expect(ctx.state).toEqual({
      quotedService: 'COL-BAL',
      quotedServiceName: 'balayage',
      quotedLength: 'long',
    });
  });

  it('asks for the length only when it changes the price, and says when a patch test is needed', async () => {
    expect(
      await colorQuote.execute({ serviceDescription: 'full colour' }, toolContext(db, 'ColorConsultation')),
    ).toMatchObject({
      found: false,
      missing: 'hairLength',
    });
    const roots: any = await colorQuote.execute(
      { serviceDescription: 'cover my greys' },
      toolContext(db, 'ColorConsultation'),
    );
    expect(roots).toMatchObject({
      found: true,
      service: 'root touch-up',
      price: '$75',
      patchTestNeeded: true,
    });
    expect(roots.summary).toContain('patch test at least 48 hours before');
  });

  it('re-quotes the remembered service for a new length, and asks which colour when none is named', async () => {
    const ctx = toolContext(db, 'ColorConsultation', { quotedService: 'COL-HL', quotedLength: 'long' });
    expect(
      await colorQuote.execute({ serviceDescription: 'what about medium', hairLength: 'medium' }, ctx),
    ).toMatchObject({
      service: 'full-head highlights',
      price: '$180',
    });
    expect(
      await colorQuote.execute(
        { serviceDescription: 'something nice' },
        toolContext(db, 'ColorConsultation'),
      ),
    ).toMatchObject({
      found: false,
      missing: 'serviceDescription',
    });
  });
});

describe('log_complaint', () => {
  it.each([
    ['the bleach burned my scalp', 'injury'],
    ['I had a rash after the dye', 'injury'],
    ['I was charged twice', 'billing'],
    ['the stylist was rude', 'staff'],
    ['my colour came out patchy', 'service'],
    ['nobody answered the phone', 'other'],
  ])('files %j as %s', (details, category) => {
    expect(complaintCategory(details)).toBe(category);
  });

  it('records the complaint against the booking in the state and always escalates to a person', async () => {
    const ctx = toolContext(db, 'CustomerService', {
      bookingRef: 'GB-20250614-001',
      customerName: 'Hannah Weiss',
    });
    const result: any = await logComplaint.execute(
      { details: 'my scalp is burning after the balayage' },
      ctx,
    );
    const [complaint] = await rows<{
      id: number;
      booking_ref: string;
      category: string;
      customer_name: string;
    }>(
      db,
      "SELECT id, booking_ref, category, customer_name FROM salon_complaints WHERE details = 'my scalp is burning after the balayage'",
    );
    expect(complaint).toMatchObject({
      booking_ref: 'GB-20250614-001',
      category: 'injury',
      customer_name: 'Hannah Weiss',
    });
    expect(result).toMatchObject({ escalate: true, complaintRef: `CMP-${complaint.id}`, category: 'injury' });
    expect(result.reason).toContain('GB-20250614-001');
    expect(ctx.state.complaintRef).toBe(`CMP-${complaint.id}`);
  });
});
