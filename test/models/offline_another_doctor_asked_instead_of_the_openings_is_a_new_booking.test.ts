import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// Openings with one doctor were offered for a new booking, and the caller asked for another doctor,
// day and time "instead". The look-up ran again, and then its "instead" was read as the move of an
// appointment the caller never had: "Whose name is the appointment under?", and the name and number
// after it found nothing. The search again is an offer, not a check passed with a request beside it
// (forms/requestAlongside.ts); a name and number said to an offer are for the booking it leads to
// (nameTakingTool.ts) — booked only when the caller's words picked one of the openings.
describe('another doctor asked instead of the openings is a new booking', () => {
  it('books the opening the caller asked for instead, under the name and number they give', async () => {
    const o = await converse(
      'after-hours',
      [
        'my daughter needs to be seen tomorrow morning with dr okafor',
        'hmm mornings dont work for us, could we do thursday with dr whitfield at half nine instead',
        'priya shah 555 0142',
      ],
      { tool: 'book_slot' },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('find_mine');
    expect(o.turns[1].reply).toMatch(/Thursday, December \d+ at 09:30 with Dr\. Whitfield/);
    const booked = toolsOf(o).find((t) => t.tool === 'book_slot');
    expect(booked?.result).toMatchObject({ booked: true });
    expect(o.turns[2].reply).toMatch(
      /booked for Thursday, December \d+ at 09:30 with Dr\. Whitfield .*Priya Shah/,
    );
  }, 180_000);

  it('asks which opening when the name and number come to a list nobody picked from', async () => {
    const o = await converse('after-hours', ['can my son see dr patel this week', 'tom reyes 555 0142'], {
      reply: 'Which opening',
    });
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).map((t) => t.tool)).toEqual(['find_open_slots']);
  }, 180_000);
});
