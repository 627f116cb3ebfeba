import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "What's the phone number the booking is under?", asked before a move by reference, answered "yes
// please": the move was read back with no number (and the tool then asked for it anyway). Agreeing to
// give a value is not giving it, so the question is asked once more (forms/beforeTheChange.ts); the
// number stays required at the tool either way.
describe('a move whose phone question gets only a yes asks the number again', () => {
  it('asks for the number again instead of reading the move back', async () => {
    const o = await converse(
      'salon',
      ['hola, reference GB-20310614-001, can i push it back to 11 same day?', 'yes please'],
      { reply: 'phone number', never_tools: ['reschedule_booking'] },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(/phone number the booking is under/i);
    expect(o.turns[1].reply).not.toMatch(/just to confirm/i);
    expect(toolsOf(o)).toEqual([]);
  }, 180_000);
});
