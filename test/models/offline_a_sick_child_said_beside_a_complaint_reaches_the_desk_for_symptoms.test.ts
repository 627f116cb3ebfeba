import { describe, expect, it } from 'vitest';
import { namesIllHealth } from '../../src/models/offline/illHealth.ts';
import { converse, toolsOf } from './offlineScenario.ts';

// "The pharmacy's shut, the day line never rang me back … and now my son has been throwing up since
// dinner": the after-hours line put the caller in the complaints queue for a call back, and the clinic's
// front desk asked what was needed. Vomiting is no symptom in WordNet (a reflex), and the complaint's
// words outweighed it. A bodily reaction going on names ill health (illHealth.ts); ill health said beside
// a complaint goes to the desk whose purpose names symptoms (routeMessage.ts, symptomsDesk.ts) — not
// when the caller asks something, nor asks this desk for what it does.
describe('a sick child said beside a complaint reaches the desk for symptoms', () => {
  it('reads a bodily reaction going on as ill health, and not a verb merely in -ing', () => {
    expect(namesIllHealth('my son has been throwing up since dinner')).toBe(true);
    expect(namesIllHealth('she keeps vomiting')).toBe(true);
    expect(namesIllHealth('thinking about starting some physical therapy')).toBe(false);
    expect(namesIllHealth("I'm running late")).toBe(false);
  });

  it('after hours: the nurse line, not the complaints queue', async () => {
    const o = await converse(
      'after-hours',
      [
        "the day clinic never rang me back like they said they would, and now my daughter has been throwing up since lunch. I don't know what to do.",
      ],
      { tool: 'lookup_nurse_protocol' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).toBe('NurseLine');
    expect(toolsOf(o).map((t) => t.tool)).not.toContain('queue_callback');
  }, 180_000);

  it("the clinic: the clinical line's triage", async () => {
    const o = await converse(
      'healthcare',
      [
        'nobody ever called me back about her results like you said you would, and now she has been vomiting all afternoon',
      ],
      { tool: 'triage_symptoms' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns[0].agent).toBe('Clinical');
  }, 180_000);

  it('not a question about a bill that names an illness, nor a call back asked for', async () => {
    const bill = await converse(
      'healthcare',
      [
        "how come there's a 35 dollar charge on my statement? my plan was meant to cover her ear infection appointment",
      ],
      { reply: '.' },
    );
    expect(bill.turns[0].agent).not.toBe('Clinical');
    const callback = await converse(
      'after-hours',
      ["can the on-call doctor call me back about my son's fever"],
      {
        reply: '.',
      },
    );
    expect(callback.turns[0].agent).not.toBe('NurseLine');
  }, 180_000);
});
