import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/app/loadGraph.ts';
import { coversRequest } from '../../../src/models/offline/agentCoverage.ts';
import { findDate, findPersonName } from '../../../src/models/offline/entityExtractors.ts';
import { referencePicked } from '../../../src/models/offline/forms/deskReply.ts';

/** Issue #23: what a specialist covers on arrival, texted days and names, and picks from a desk's offer. */
describe('offline model: arrival coverage, texting and offered picks', () => {
  it('a specialist covers requests in its own words, not ones that only share the trade', async () => {
    const salon = await loadGraph('salon');
    const colour = salon.byName.get('ColorConsultation');
    expect(coversRequest(salon, colour, 'I want balayage on my long hair, how much?')).toBe(true);
    expect(coversRequest(salon, colour, 'do you do wedding hair trials at the venue?')).toBe(false);
    // The entry agent takes anything; a message with no content words is not judged.
    expect(coversRequest(salon, salon.byName.get('FrontDesk'), 'do you sell bikes?')).toBe(true);
    expect(coversRequest(salon, colour, 'yes')).toBe(true);
  });

  it('reads days and names as customers text them', () => {
    const monday = new Date('2026-11-23T09:00:00Z');
    expect(findDate('cn i get a mens cut fri 11am', monday)).toBe('2026-11-27');
    expect(findDate('tmrw afternoon', monday)).toBe('2026-11-24');
    expect(findDate('on sat', monday)).toBe('2026-11-28');
    // "sat", "sun" and "mon" are words too: only a day after on/this/next or before a time.
    expect(findDate('I sat down and the sun came out', monday)).toBeUndefined();
    expect(findPersonName('fri 11am, name Jay Patel 07700 900454')).toBe('Jay Patel');
    expect(findPersonName('can you name the stylist')).toBeUndefined();
    expect(findPersonName('ok can the nurse call me back? Amy Fox 555 0166')).toBe('Amy Fox');
    expect(findPersonName('Hi, I am locked out 555 0101')).toBeUndefined();
  });

  it('"the second one" after a desk listed references is the second reference', () => {
    const offer = {
      name: 'scheduling_desk',
      callId: 'c1',
      args: {},
      output:
        'Openings: Monday at 08:30 (SL-2054), Monday at 13:00 (SL-2055) and Tuesday (SL-2062). Which one?',
    };
    expect(referencePicked(offer, 'the second one')).toBe('SL-2055');
    expect(referencePicked(offer, 'the last one please')).toBe('SL-2062');
    expect(referencePicked(offer, 'Grace Liu')).toBeUndefined();
  });
});
