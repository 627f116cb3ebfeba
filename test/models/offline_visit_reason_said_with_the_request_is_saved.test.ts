import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * Healthcare: the symptom said with an appointment request is the booking's reason. The Receptionist
 * passes a pick ("the first one") to the appointments desk as the slot it points at, and the desk
 * remembers nothing of the request, so the booking was saved as "visit"; where a reason was read, it
 * was the whole request, and a pick ("ok the first one then") could become it.
 */
const booked = (o: Awaited<ReturnType<typeof converse>>) =>
  toolsOf(o).find(
    (t) => t.tool === 'book_appointment' && (t.result as { booked?: boolean } | undefined)?.booked === true,
  );

describe('the reason said with a request is the booking reason', () => {
  it('"I need to see a doctor next week, my knee has been hurting" books for the knee', async () => {
    const o = await converse(
      'healthcare',
      [
        'Hi, I need to see a doctor next week, my knee has been hurting',
        'the first one',
        'Dana Ruiz',
        '1984-03-12',
      ],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(booked(o)?.arguments).toMatchObject({ reason: 'my knee has been hurting' });
  }, 120_000);

  it('identity first, then "ok the first one then": the cough is the reason, never the pick', async () => {
    const o = await converse(
      'healthcare',
      [
        'can I book an appointment, I have a bad cough',
        'Dana Ruiz, born 1984-03-12',
        'ok the first one then',
        'what appointments do I have coming up?',
      ],
      [{ tool: 'book_appointment', result: { booked: true } }, { reply: 'for I have a bad cough' }],
    );
    expect(o.unmet).toEqual([]);
    for (const call of toolsOf(o).filter((t) => t.tool === 'book_appointment'))
      expect(String((call.arguments as { reason?: string }).reason)).not.toMatch(/first one|can I book/i);
  }, 120_000);

  it('a request with no reason leaves the reason to the clinic ("I need to book … with Dr. Okafor")', async () => {
    const o = await converse(
      'healthcare',
      ['I need to book an appointment with Dr. Okafor', 'Dana Ruiz, 1984-03-12', 'the first one'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(booked(o)?.arguments).not.toHaveProperty('reason');
  }, 120_000);
});
