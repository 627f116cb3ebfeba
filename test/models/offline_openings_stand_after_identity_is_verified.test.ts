import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

/**
 * Healthcare, found by chatting: "do you have anything tomorrow morning?" reached the appointments
 * desk, whose openings look-up shares only "tomorrow morning" with it (under the bar), and the patient
 * got the desk's list of what it can do. Then, with the openings offered, the patient gave their
 * identity, and the Receptionist answered "Thank you, Dana, you're verified. How can I help you
 * today?" as if nothing had been asked: the openings stand, and are offered again.
 */
describe('openings offered stand after identity is verified', () => {
  it('"do you have anything tomorrow morning?" lists openings (a desk uses its closest look-up)', async () => {
    const o = await converse('healthcare', ['do you have anything tomorrow morning?'], {
      tool: 'find_appointment_slots',
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].reply).toMatch(/Which one would you like\?$/);
  }, 120_000);

  it('identity given after the offer: verified, the openings again, then the second one is booked', async () => {
    const o = await converse(
      'healthcare',
      ['do you have anything tomorrow morning?', 'ok, Dana Ruiz, 1984-03-12', 'the second one'],
      { tool: 'book_appointment', result: { booked: true } },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).toMatch(
      /^Thank you, Dana, you're verified\. The next openings .*Which one would you like\?$/,
    );
    expect(o.turns[1].reply).not.toMatch(/How can I help/);
    expect(toolsOf(o).map((t) => t.tool)).toContain('verify_identity');
  }, 120_000);

  it('verified with nothing offered still asks how it can help', async () => {
    const o = await converse('healthcare', ['Dana Ruiz, 1984-03-12'], { reply: 'How can I help you today' });
    expect(o.unmet).toEqual([]);
  }, 120_000);
});
