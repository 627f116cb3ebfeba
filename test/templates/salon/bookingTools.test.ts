import { TransactionRollbackError } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import { bookAppointment, checkAvailability, listServices } from '../../../templates/salon/bookingTools.ts';
import { rows, seededSalonDb, toolContext } from '../../support/templates/salon/salonTestDb.ts';

// One seeded database for the file; each test books on its own day so order does not matter.
let db: ToolDb;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await seededSalonDb());
});
afterAll(() => close());

const booking = (ref: string) =>
  rows<{
    day: string;
    start_min: number;
    end_min: number;
    stylist_id: string;
    service_id: string;
    price_cents: number;
    status: string;
  }>(
    db,
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, start_min, end_min, stylist_id, service_id, price_cents, status FROM salon_bookings WHERE ref = '${ref}'`,
  ).then((r) => r[0]);
const counter = async (day: string) =>
  (await rows<{ n: number }>(db, `SELECT n FROM salon_booking_counters WHERE day = '${day}'`))[0]?.n ?? null;

const dana = { customerName: 'Dana Ruiz', phone: '07700 900123' };

describe('book_appointment', () => {
  it('books, writes the row, and gives the day’s next GB- reference to the state', async () => {
    const ctx = toolContext(db, 'Booking');
    const result: any = await bookAppointment.execute(
      { serviceDescription: "a men's cut", date: '2031-07-01', timeText: 'at 11am', ...dana },
      ctx,
    );
    expect(result).toMatchObject({ booked: true, reference: 'GB-20310701-001', service: "men's cut" });
    expect(await booking('GB-20310701-001')).toMatchObject({
      day: '2031-07-01',
      start_min: 660,
      end_min: 690,
      service_id: 'CUT-M',
      price_cents: 3500,
      status: 'booked',
    });
    expect(ctx.state).toMatchObject({ bookingRef: 'GB-20310701-001', ...dana });
    const second: any = await bookAppointment.execute(
      { serviceDescription: 'blow dry', date: '2031-07-01', timeText: '11:00', ...dana },
      toolContext(db, 'Booking'),
    );
    expect(second.reference).toBe('GB-20310701-002');
    expect(await counter('2031-07-01')).toBe(2);
  });

  it('continues a seeded day’s sequence', async () => {
    const result: any = await bookAppointment.execute(
      { serviceDescription: 'fringe trim', date: '2031-06-13', timeText: '16:00', ...dana },
      toolContext(db, 'Booking'),
    );
    expect(result.reference).toBe('GB-20310613-004');
  });

  it('books the quoted colour for the quoted length when the words name no service', async () => {
    const ctx = toolContext(db, 'Booking', { quotedService: 'COL-BAL', quotedLength: 'long' });
    const result: any = await bookAppointment.execute(
      { serviceDescription: 'great, book that in please', date: '2031-07-02', timeText: '9am', ...dana },
      ctx,
    );
    expect(result).toMatchObject({
      booked: true,
      service: 'balayage',
      price: '$240',
      duration: '3 hours 45 minutes',
    });
    const row = await booking(result.reference);
    expect(row).toMatchObject({ service_id: 'COL-BAL', start_min: 540, end_min: 765, price_cents: 24000 });
    // Only colourists get colour: Maya, Priya or Aisha.
    expect(['STY-1', 'STY-3', 'STY-5']).toContain(row.stylist_id);
  });

  it('never double-books a stylist: the next free colleague gets it, and a named one is refused with free times', async () => {
    const first: any = await bookAppointment.execute(
      { serviceDescription: 'beard trim', date: '2031-07-03', timeText: '12:00', stylist: 'Theo', ...dana },
      toolContext(db, 'Booking'),
    );
    expect(first).toMatchObject({ booked: true, stylist: 'Theo' });
    const again: any = await bookAppointment.execute(
      { serviceDescription: 'beard trim', date: '2031-07-03', timeText: '12:00', stylist: 'Theo', ...dana },
      toolContext(db, 'Booking'),
    );
    expect(again.booked).toBe(false);
    expect(again.message).toMatch(
      /^Theo is fully booked at 12:00 on Thursday 3 July 2031\. Free that day: Theo at /,
    );
    expect(again.message).not.toMatch(/12:00,/);
    const anyone: any = await bookAppointment.execute(
      { serviceDescription: 'beard trim', date: '2031-07-03', timeText: '12:00', ...dana },
      toolContext(db, 'Booking'),
    );
    expect(anyone).toMatchObject({ booked: true });
    expect(anyone.stylist).not.toBe('Theo');
    expect(await counter('2031-07-03')).toBe(2);
  });

  it('refuses a stylist who does not do the service', async () => {
    const result: any = await bookAppointment.execute(
      { serviceDescription: 'balayage', date: '2031-07-04', timeText: '10:00', stylist: 'Theo', ...dana },
      toolContext(db, 'Booking'),
    );
    expect(result).toMatchObject({
      booked: false,
      message: "Theo doesn't do that service; Maya, Priya or Aisha can.",
    });
  });

  it('asks again for what is wrong or missing, writing nothing', async () => {
    const ask = (args: Record<string, unknown>) =>
      bookAppointment.execute(
        { serviceDescription: "men's cut", date: '2031-07-05', timeText: '10am', ...dana, ...args } as any,
        toolContext(db, 'Booking'),
      );
    expect(await ask({ date: '2031-07-07' })).toMatchObject({ booked: false, missing: 'date' }); // a Monday
    expect(await ask({ date: '2020-07-07' })).toMatchObject({ booked: false, missing: 'date' });
    expect(await ask({ date: '2031-02-30' })).toMatchObject({ booked: false, missing: 'date' });
    expect(await ask({ timeText: 'sometime' })).toMatchObject({ booked: false, missing: 'timeText' });
    expect(await ask({ serviceDescription: 'a haircut' })).toMatchObject({
      booked: false,
      missing: 'serviceDescription',
    });
    expect(await ask({ phone: 'none' })).toMatchObject({ booked: false, missing: 'phone' });
    expect(await ask({ timeText: '10:10' })).toMatchObject({
      booked: false,
      message: expect.stringContaining('quarter hour'),
    });
    expect(await counter('2031-07-05')).toBeNull();
  });

  it('writes through the transaction it is given: a rollback takes the booking and its number back', async () => {
    const run = db.transaction(async (tx) => {
      const result: any = await bookAppointment.execute(
        { serviceDescription: "men's cut", date: '2031-07-08', timeText: '10:00', ...dana },
        toolContext(tx, 'Booking'),
      );
      expect(result.reference).toBe('GB-20310708-001');
      tx.rollback();
    });
    await expect(run).rejects.toBeInstanceOf(TransactionRollbackError);
    expect(await counter('2031-07-08')).toBeNull();
    const next: any = await bookAppointment.execute(
      { serviceDescription: "men's cut", date: '2031-07-08', timeText: '10:00', ...dana },
      toolContext(db, 'Booking'),
    );
    expect(next.reference).toBe('GB-20310708-001');
  });
});

describe('check_availability', () => {
  it('lists half-hourly free times of the stylists who do the service, leaving out booked time', async () => {
    const result: any = await checkAvailability.execute(
      { date: '2031-06-13', serviceDescription: "men's cut" },
      toolContext(db, 'Booking'),
    );
    expect(result.found).toBe(true);
    // Theo has the seeded 14:00 men's cut that Friday.
    const theo = result.free.find((f: any) => f.stylist === 'Theo');
    expect(theo.times[0]).toBe('10:00');
    const all: any = await checkAvailability.execute(
      { date: '2031-06-13', serviceDescription: "men's cut", stylist: 'Theo' },
      toolContext(db, 'Booking'),
    );
    expect(all.free).toHaveLength(1);
    expect(result.free.map((f: any) => f.stylist)).not.toContain('Aisha');
  });

  it('says when the salon is closed', async () => {
    expect(await checkAvailability.execute({ date: '2031-06-15' }, toolContext(db, 'Booking'))).toMatchObject(
      { found: false, missing: 'date', message: expect.stringContaining('closed on Sundays') },
    );
  });
});

describe('list_services', () => {
  it('answers for one service when named, else reads the whole menu', async () => {
    const one: any = await listServices.execute(
      { serviceDescription: 'how much is a blow dry' },
      toolContext(db, 'Booking'),
    );
    expect(one.summary).toBe('A blow-dry is $40 and takes 45 minutes. It costs a little more on long hair.');
    const menu: any = await listServices.execute({}, toolContext(db, 'Booking'));
    expect(menu.summary).toMatch(/^Cuts: .*Colour: .*Treatments: /);
    expect(menu.summary).not.toContain('patch test');
    const cuts: any = await listServices.execute(
      { serviceDescription: 'a haircut' },
      toolContext(db, 'Booking'),
    );
    expect(cuts.services.map((s: any) => s.id).sort()).toEqual(['CUT-K', 'CUT-M', 'CUT-W']);
  });
});
