import { describe, expect, it } from 'vitest';
import { leadingPersonName } from '../../src/models/offline/forms/slotValues.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// Found by chatting: "Priya and Sam Kapoor" to the viewing desk's "May I have your full name?" was no
// name ("and" is none), and the question came back after every reply, the phone number included.
describe('a couple named together', () => {
  it('is read as the name, and each side must be a name', () => {
    expect(leadingPersonName('Priya and Sam Kapoor')).toBe('Priya and Sam Kapoor');
    expect(leadingPersonName('tom & ana ruiz')).toBe('Tom & Ana Ruiz');
    expect(leadingPersonName('Leo and his mum')).toBeUndefined();
    expect(leadingPersonName('me and my wife')).toBeUndefined();
    expect(leadingPersonName('yes and no')).toBeUndefined();
  });

  it('is the name a viewing goes under', async () => {
    const o = await converse(
      'real-estate',
      [
        "hi! we're looking for a 3 bedroom house in riverside, under 900k",
        'ooh that looks nice, can we go see it this weekend?',
        'saturday morning ideally',
        '10 is good',
        'Priya and Sam Kapoor',
        '07700 900456',
      ],
      { tool: 'book_tour', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).find((c) => c.tool === 'book_tour')?.arguments).toMatchObject({
      clientName: 'Priya and Sam Kapoor',
      phone: '07700 900456',
    });
  }, 180_000);
});
