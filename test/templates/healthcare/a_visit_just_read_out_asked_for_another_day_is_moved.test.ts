import { describe, expect, it } from 'vitest';
import { heldRecordMove } from '../../../src/models/offline/forms/heldRecordMove.ts';
import type { FunctionTool } from '../../../src/models/offline/modelItems.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "it's on a Sunday and I'd rather not. can it be this Thursday at 1pm with Dr Patel?" right after the
// caller's one appointment was read out (dialogue batch 26, dev) was passed to the scheduling desk as a
// search for openings, and the pick of one booked a second visit beside the Sunday one.
const tool = (name: string, properties: string[]) =>
  ({
    type: 'function',
    name,
    description: '',
    parameters: {
      type: 'object',
      properties: Object.fromEntries(properties.map((p) => [p, { type: 'string' }])),
    },
  }) as unknown as FunctionTool;
const tools = [
  tool('find_appointment_slots', ['date', 'provider']),
  tool('book_appointment', ['slotId', 'provider']),
  tool('reschedule_appointment', ['appointmentId', 'date', 'timeText']),
];
const changes = (name: string) => name !== 'find_appointment_slots';

describe('a visit just read out, asked for another day by "it"', () => {
  it('is the move of the visit the state holds, and only that', () => {
    const holding = { appointmentId: 'APT-5003' };
    expect(heldRecordMove('could that be next Tuesday at 2pm?', tools, holding, changes)?.name).toBe(
      'reschedule_appointment',
    );
    expect(heldRecordMove("i'd rather have it on friday morning", tools, holding, changes)?.name).toBe(
      'reschedule_appointment',
    );
    // Nothing held: the words are a new booking's.
    expect(heldRecordMove('could that be next Tuesday at 2pm?', tools, {}, changes)).toBeUndefined();
    // An opening offered for a new booking and not taken: "it" may be that opening.
    const offered = { appointmentId: 'APT-5003', slotId: 'SL-2031' };
    expect(heldRecordMove('could that be next Tuesday at 2pm?', tools, offered, changes)).toBeUndefined();
    // A new booking said outright.
    expect(
      heldRecordMove('can we book another one, could it be Friday?', tools, holding, changes),
    ).toBeUndefined();
  });

  it('moves it on a yes and books nothing', async () => {
    const o = await converse(
      'healthcare',
      [
        'hello, can you tell me when my next visit is',
        'Marcus Bell, born 4 July 1990',
        "hmm that day doesn't suit me any more. can it be Thursday at 11am?",
        'yes that works',
      ],
      { tool: 'reschedule_appointment', result: { rescheduled: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).filter((t) => t.tool === 'book_appointment')).toEqual([]);
  }, 180_000);
});
