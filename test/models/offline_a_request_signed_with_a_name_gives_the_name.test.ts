import { describe, expect, it } from 'vitest';
import { findPersonName } from '../../src/models/offline/personNames.ts';
import { converse, toolsOf } from './offlineScenario.ts';

describe('a request signed with the customer’s name after a comma', () => {
  it('reads the closing full name as the customer’s, and no closing word, title or day as one', () => {
    expect(findPersonName('need to cancel an appointment, Marcus Bell')).toBe('Marcus Bell');
    expect(findPersonName('I want to move my visit - Dana Ruiz')).toBe('Dana Ruiz');
    expect(findPersonName('can I book in with someone, Thanks Again')).toBeUndefined();
    expect(findPersonName('I need an appointment, Dr Patel')).toBeUndefined();
    expect(findPersonName('can you fit me in, Tuesday Morning')).toBeUndefined();
    expect(findPersonName('Marcus Bell')).toBeUndefined();
    expect(findPersonName('can you send me my X-Ray Report')).toBeUndefined();
  });

  it('looks the appointment up under the name given with the request, asking only the phone', async () => {
    const o = await converse('after-hours', ['need to cancel an appointment, Marcus Bell'], {
      never_tools: ['cancel_slot'],
    });
    // Before: "Whose name is the appointment under?"
    expect(toolsOf(o)[0].arguments).toMatchObject({ bookedUnderName: 'Marcus Bell' });
    expect(o.turns[0].reply).not.toMatch(/whose name/i);
  }, 120_000);
});
