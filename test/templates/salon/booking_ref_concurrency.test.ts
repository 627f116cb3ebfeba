import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteStore } from '../../../src/store/pgliteStore.ts';
import { createPostgresStore } from '../../../src/store/postgresStore.ts';
import type { ConversationStore } from '../../../src/store/types.ts';
import { bookAppointment } from '../../../templates/salon/bookingTools.ts';
import { SALON_STYLISTS } from '../../../templates/salon/context.ts';
import { salonSetupSql } from '../../../templates/salon/setup.ts';
import {
  dropSchema,
  postgresAvailability,
  TEST_DATABASE_URL,
  uniqueSchema,
} from '../../support/store/postgresTestDb.ts';
import { rows } from '../../support/templates/salon/salonTestDb.ts';

/**
 * Booking references are allocated by the database: each booking upserts its day's counter row inside
 * the transaction that also inserts the booking. These tests fire many bookings for the same day at
 * once, each through the store's side-effect ledger exactly as the runtime runs `book_appointment`,
 * and check the references are distinct and consecutive. PostgreSQL (a real pool of connections, so
 * transactions truly overlap) and PGlite (one connection, transactions queue) must both hold.
 */

// Fridays with no seeded bookings, one per test (the tests share one database): sequences start at 001.
const DAY = '2031-09-19';
const RIVALS_DAY = '2031-09-26';
const CUT_STYLISTS = SALON_STYLISTS.filter((s) => s !== 'Aisha'); // Aisha does colour and treatments only
const TIMES = ['10:00', '10:30', '11:00', '11:30', '12:00', '12:30'];

type Outcome = { booked: boolean; reference?: string; message?: string };

/** Runs `book_appointment` once per request, all at once, each in its own conversation and ledger entry. */
async function bookAtOnce(
  store: ConversationStore,
  day: string,
  requests: { stylist: string; time: string; name: string }[],
  inFlight = { now: 0, max: 0 },
): Promise<Outcome[]> {
  const conversations = await Promise.all(
    requests.map(() => store.createConversation({ graph: 'salon', activeAgent: 'Booking', context: {} })),
  );
  return Promise.all(
    requests.map(async (r, i) => {
      const args = {
        serviceDescription: "men's cut",
        date: day,
        timeText: r.time,
        stylist: r.stylist as (typeof SALON_STYLISTS)[number],
        customerName: r.name,
        phone: `07700 9${String(i).padStart(5, '0')}`,
      };
      const { result } = await store.runToolOnce(
        {
          conversationId: conversations[i].id,
          callId: `call-${i}`,
          tool: 'book_appointment',
          agent: 'Booking',
          arguments: args,
        },
        async (db) => {
          inFlight.now += 1;
          inFlight.max = Math.max(inFlight.max, inFlight.now);
          try {
            return await bookAppointment.execute(args, {
              state: {},
              conversationId: conversations[i].id,
              callId: `call-${i}`,
              agent: 'Booking',
              db,
            });
          } finally {
            inFlight.now -= 1;
          }
        },
      );
      return result as Outcome;
    }),
  );
}

const sequenceOf = (ref: string) => Number(ref.slice(`GB-${DAY.replaceAll('-', '')}-`.length));

function describeConcurrency(
  name: string,
  open: () => Promise<ConversationStore>,
  opts: { overlapping: boolean },
) {
  describe(`booking references under concurrent bookings (${name})`, () => {
    let store: ConversationStore;
    beforeAll(async () => {
      store = await open();
      await store.migrate();
      await store.ensureSetup('salon-concurrency', salonSetupSql);
    });
    afterAll(() => store?.close());

    it('gives 24 simultaneous bookings for one day 24 distinct, consecutive references', {
      timeout: 60_000,
    }, async () => {
      const requests = CUT_STYLISTS.flatMap((stylist) =>
        TIMES.map((time) => ({ stylist, time, name: `${stylist} client ${time}` })),
      );
      expect(requests.length).toBe(24);
      const inFlight = { now: 0, max: 0 };
      const outcomes = await bookAtOnce(store, DAY, requests, inFlight);

      expect(outcomes.filter((o) => !o.booked)).toEqual([]);
      const refs = outcomes.map((o) => o.reference!);
      expect(new Set(refs).size).toBe(24);
      for (const ref of refs) expect(ref).toMatch(/^GB-20310919-\d{3}$/);
      expect(refs.map(sequenceOf).sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));

      const db = await store.toolDb();
      const [counter] = await rows<{ n: number }>(
        db,
        `SELECT n FROM salon_booking_counters WHERE day = '${DAY}'`,
      );
      expect(counter.n).toBe(24);
      const stored = await rows<{ ref: string }>(
        db,
        `SELECT ref FROM salon_bookings WHERE day = '${DAY}' ORDER BY ref`,
      );
      expect(stored.map((r) => r.ref)).toEqual([...refs].sort());
      // On a server the bookings really ran side by side; PGlite has one connection and queues them.
      if (opts.overlapping) expect(inFlight.max).toBeGreaterThan(1);
    });

    it('lets exactly one of 10 simultaneous requests for the same stylist and time win, without spending numbers', {
      timeout: 60_000,
    }, async () => {
      const requests = Array.from({ length: 10 }, (_, i) => ({
        stylist: 'Theo',
        time: '15:00',
        name: `Rival ${i}`,
      }));
      const outcomes = await bookAtOnce(store, RIVALS_DAY, requests);
      const winners = outcomes.filter((o) => o.booked);
      expect(winners).toHaveLength(1);
      expect(winners[0].reference).toBe('GB-20310926-001');
      for (const loser of outcomes.filter((o) => !o.booked))
        expect(loser.message).toMatch(/^Theo is fully booked at 15:00/);

      const [next] = await bookAtOnce(store, RIVALS_DAY, [{ stylist: 'Theo', time: '16:00', name: 'Next' }]);
      expect(next.reference).toBe('GB-20310926-002');
    });
  });
}

describeConcurrency('PGlite', () => createPgliteStore({}), { overlapping: false });

const availability = await postgresAvailability('test/templates/salon/booking_ref_concurrency.test.ts');
const schemas: string[] = [];
afterAll(async () => {
  for (const schema of schemas) await dropSchema(schema);
});

describe.skipIf(availability.skip)('PostgreSQL server', () => {
  it('is reachable', () => {
    expect(availability.reason, `PostgreSQL at ${TEST_DATABASE_URL} is unreachable`).toBeNull();
  });
  describeConcurrency(
    'PostgreSQL',
    async () => {
      const schema = uniqueSchema('salon_test');
      schemas.push(schema);
      return createPostgresStore({ url: TEST_DATABASE_URL, searchPath: schema, max: 30 });
    },
    { overlapping: true },
  );
});
