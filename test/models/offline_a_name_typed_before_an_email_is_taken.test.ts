import { describe, expect, it } from 'vitest';
import { leadingPersonName } from '../../src/models/offline/forms/slotValues.ts';
import { converse } from './offlineScenario.ts';

// "sam lee sam@lee.example" to "May I have your full name?" got the question again: the name ran on
// into the email address, which is no word of a name. The name ends where the address starts.
describe('a name typed before an email address', () => {
  it('ends where the address starts', () => {
    expect(leadingPersonName('sam lee sam@lee.example')).toBe('Sam Lee');
    expect(leadingPersonName('Dana Ruiz dana.ruiz@example.com')).toBe('Dana Ruiz');
  });

  it('records the lead instead of asking the name again', async () => {
    const o = await converse('real-estate', ['have an agent contact me', 'sam lee sam@lee.example'], {
      tool: 'record_lead',
      reply: 'Thanks Sam Lee',
    });
    expect(o.unmet).toEqual([]);
    expect(o.turns[1].reply).not.toMatch(/full name/);
  }, 180_000);
});
