import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteStore } from '../../src/store/pgliteStore.ts';
import { traceStoreFor } from '../../src/store/traceStore.ts';
import type { ConversationStore } from '../../src/store/types.ts';
import { flushTracing, reinstallTracing } from '../../src/tracing/tracingSetup.ts';
import { fakeLlmSwitchboard } from '../support/tracing/fakeLlmSwitchboard.ts';
import { type OtlpReceiver, startOtlpReceiver } from '../support/tracing/otlpReceiver.ts';

/** A fresh PGlite database takes seconds to create, far more on a loaded machine. */
const PGLITE_TIMEOUT_MS = 120_000;

const CARD = '4111 1111 1111 1111';
const EMAIL = 'ada.lovelace@example.com';
const PHONE = '+1 (555) 123-4567';
const MESSAGE = `my card ${CARD} was charged twice, reach me at ${EMAIL} or ${PHONE}`;

/** Every form the three values could take once serialized (JSON escapes nothing here, but digits may lose spaces). */
const LEAKS = [CARD, CARD.replace(/ /g, ''), EMAIL, PHONE, '555) 123-4567'];

let receiver: OtlpReceiver;

async function tracedTurn(store: ConversationStore) {
  const { fake, sb } = await fakeLlmSwitchboard({ store });
  try {
    const conv = await sb.createConversation();
    fake.enqueue(
      {
        toolCall: {
          name: 'transfer_to_Billing',
          arguments: { reason: `card ${CARD} charged twice`, intent: null },
        },
      },
      { toolCall: { name: 'lookup_account', arguments: { name: `Ada ${EMAIL} ${PHONE}` } } },
      { text: `I see two charges on the card ending 1111; I will email ${EMAIL}.` },
    );
    await sb.send(conv.id, MESSAGE);
    await flushTracing();
    const traces = await traceStoreFor(store);
    const [trace] = await traces.listTraces(conv.id);
    return { trace, spans: await traces.listSpans(trace.traceId) };
  } finally {
    await fake.close();
  }
}

beforeAll(async () => {
  receiver = await startOtlpReceiver();
});
afterAll(async () => {
  reinstallTracing({});
  await receiver.close();
});

describe('SWITCHBOARD_REDACT=pii', () => {
  // Message contents are captured on purpose, so the values would be in spans and exports if not masked.
  const env = (redact: string) => ({
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
    OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: 'true',
    SWITCHBOARD_REDACT: redact,
  });

  it(
    'without it, the values do reach the stored spans and the exporter (the check below can fail)',
    async () => {
      reinstallTracing(env('off'));
      receiver.rawBodies.length = 0;
      const store = await createPgliteStore();
      await store.migrate();
      try {
        const { spans } = await tracedTurn(store);
        expect(JSON.stringify(spans)).toContain(CARD);
        expect(receiver.rawBodies.join('\n')).toContain(CARD);
        expect(receiver.rawBodies.join('\n')).toContain(EMAIL);
      } finally {
        await store.close();
      }
    },
    PGLITE_TIMEOUT_MS,
  );

  it(
    'masks the card number, email and phone in the database spans and in everything exported',
    async () => {
      reinstallTracing(env('pii'));
      receiver.rawBodies.length = 0;
      const store = await createPgliteStore();
      await store.migrate();
      try {
        const { trace, spans } = await tracedTurn(store);
        const db = await store.toolDb();
        // The span tables as PostgreSQL holds them, read back as text.
        const { rows } = (await db.execute(
          `select t::text as row from traces t union all select s::text from trace_spans s`,
        )) as unknown as { rows: { row: string }[] };
        const stored = rows.map((r) => r.row).join('\n');
        const exported = receiver.rawBodies.join('\n');

        expect(spans.length).toBeGreaterThan(5);
        expect(exported.length).toBeGreaterThan(0);
        for (const leak of LEAKS) {
          expect(stored, `database holds ${leak}`).not.toContain(leak);
          expect(exported, `exporter received ${leak}`).not.toContain(leak);
        }
        // Masked, not dropped: the captured content is there with placeholders.
        for (const label of ['[card]', '[email]', '[phone]']) {
          expect(stored).toContain(label);
          expect(exported).toContain(label);
        }
        expect(trace.metadata.conversationId).toBeDefined();
      } finally {
        await store.close();
      }
    },
    PGLITE_TIMEOUT_MS,
  );
});
