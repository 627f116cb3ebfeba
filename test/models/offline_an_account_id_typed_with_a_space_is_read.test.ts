import { describe, expect, it } from 'vitest';
import { converse } from './offlineScenario.ts';

// "account id is acc 1010" to "What's your account ID? It starts with ACC…": the ID typed with a space
// was not read, so the reset was asked for again (entityExtractors.ts: the schema's own prefix, a space,
// then digits). A word and a number apart are read so only with that prefix.
describe('an account ID typed with a space is read', () => {
  it('sends the password reset for "acc 1010"', async () => {
    const o = await converse(
      'support',
      ['forgot my password and the reset email never came', 'account id is acc 1010'],
      {
        tool: 'send_password_reset',
        result: { found: true, accountId: 'ACC-1010' },
      },
    );
    expect(o.unmet).toEqual([]);
  }, 180_000);
});
