import { describe, expect, it } from 'vitest';
import { converse, toolsOf } from './offlineScenario.ts';

// A caller speaking for someone names them once, at the start ("I'm ringing for my girlfriend, Maria
// Garcia"), then gives the birth date as theirs: "Her date of birth is…", "she says August 30th". The
// pronoun was taken for the name ("Her", "She Says") and no patient matched; "girlfriend" and "boss" were
// no relations the name reader knew, and "Dr Helen Achebe" was read as "Dr Helen".
describe('a caller speaking for someone names the patient', () => {
  it('verifies the partner named at the start from her birth date alone', async () => {
    const o = await converse(
      'healthcare',
      [
        "Hi, I'm ringing for my girlfriend, Maria Garcia. She'd like to know if her insurance covers physical therapy with you.",
        'Her date of birth? Let me ask... she says August 30th, 1993.',
      ],
      { tool: 'verify_identity', result: { verified: true, patientId: 'PT-1010' } },
    );
    expect(o.unmet).toEqual([]);
    expect(toolsOf(o).some((t) => /"fullName":"(?:Her|She Says)"/.test(JSON.stringify(t.arguments)))).toBe(
      false,
    );
  }, 180_000);

  it("verifies a mother named at the start when her birth date is given as 'her date of birth'", async () => {
    const o = await converse(
      'healthcare',
      [
        'Good morning, I look after my mother, Grace Liu, and she needs her appointment with Dr. Patel moved.',
        'Her date of birth is 14 September 1952.',
      ],
      { tool: 'verify_identity', result: { verified: true, patientId: 'PT-1005' } },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);

  it('books a demo for a boss named with her title, taking her name from the first message', async () => {
    const o = await converse(
      'support',
      [
        "Hello, I'm calling for my boss, Dr Priya Mensah, who runs Mensah Dental. Could she get a demo?",
        'Her email is priya@mensahdental.example and the company is Mensah Dental.',
        'She is free next Wednesday afternoon.',
        'Yes, please book it.',
      ],
      { tool: 'book_demo', result: { booked: true, email: 'priya@mensahdental.example' } },
    );
    expect(o.unmet).toEqual([]);
    expect(JSON.stringify(toolsOf(o).find((t) => t.tool === 'book_demo')?.arguments)).toMatch(/Priya Mensah/);
  }, 180_000);
});
