import { describe, expect, it } from 'vitest';
import { questionSaidApart } from '../../../src/models/offline/forms/questionSaidApart.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';

// "I have my blood pressure follow-up with Dr. Okafor coming up, and that's staying as is. Separate
// question: what's my copay if I see a specialist?" (dialogue batch 27, dev) listed openings with Dr.
// Okafor: the visit kept and "see a specialist" were read as a booking.
describe('a question said apart from what came before it', () => {
  it('is the request, and only when marked apart', () => {
    expect(questionSaidApart('my cut is fine as it is. unrelated question, do you sell gift cards?')).toBe(
      'do you sell gift cards?',
    );
    expect(questionSaidApart('I paid last week. Separately: is my balance zero now?')).toBe(
      'is my balance zero now?',
    );
    expect(questionSaidApart('Separate question: what are your hours?')).toBeUndefined();
    expect(questionSaidApart('can I book a different time for the second appointment')).toBeUndefined();
  });

  it('answers the copay asked, not one about the visit kept', async () => {
    const o = await converse(
      'healthcare',
      [
        "Hello. My knee physio with Jamie Cole is booked and I'm not changing it. Different question: what's my copay to see a specialist?",
        'Grace Liu, September 14 1952',
      ],
      { reply: 'specialist' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).not.toMatch(/physical therapy/);
    expect(toolsOf(o).some((t) => t.tool === 'find_appointment_slots')).toBe(false);
  }, 180_000);
});
