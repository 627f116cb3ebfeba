import { describe, expect, it } from 'vitest';
import { subjectOf } from '../../../src/models/offline/forms/formQuestions.ts';
import { converse } from '../../models/offlineScenario.ts';

// "hiya have you got anything thursday evening for a fringe trim" was read back as "you got anything on
// Thursday …": the question's "have" was taken for the booking's verb ("have a cut"), and the words after
// it for the service. "have you …" asks; the service is what it is for.
describe('a service asked for with "have you got" is read back by its name', () => {
  it('takes the service after "for", not the words after "have"', () => {
    expect(subjectOf('morning, have you got any room on saturday for a beard trim?')).toBe('beard trim');
    expect(subjectOf('can I have a beard trim on saturday')).toBe('beard trim');
  });

  it('reads the booking back as the service asked for', async () => {
    const o = await converse(
      'salon',
      ['hello, have you got anything saturday morning for a beard trim', '10:00', 'Omar Haddad 07700 900765'],
      { reply: 'Just to confirm: beard trim on Saturday' },
    );
    expect(o.unmet).toEqual([]);
    expect(o.turns.at(-1)?.reply).not.toMatch(/you got/i);
  }, 180_000);
});
