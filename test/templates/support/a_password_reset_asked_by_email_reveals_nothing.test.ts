import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import { sendPasswordReset } from '../../../templates/support/accountTools.ts';
import { converse, toolsOf } from '../../models/offlineScenario.ts';
import { rows, seededSupportDb, toolContext } from '../../support/templates/support/supportTestDb.ts';

/**
 * Found by talking to the desk: "I can't log in … my email is …" got "Sorry, I didn't catch that" until
 * the caller gave up, since only an account ID opened the reset. An email address now does, but whoever
 * types an address is not yet its owner: the link goes only to the address on file, the reply reads the
 * same whether or not an account has it (no enumeration), and the conversation learns no account.
 */
let db: ToolDb;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await seededSupportDb());
});
afterAll(() => close());

const resetsTo = (email: string) =>
  rows<{ account_id: string }>(db, `SELECT account_id FROM support_password_resets WHERE email = '${email}'`);

describe('a password reset asked for by email address', () => {
  it('sends the link to the matching account, says the same for an unknown address, remembers no account', async () => {
    const known = toolContext(db, 'TechSupport');
    const sent: any = await sendPasswordReset.execute({ email: ' Priya@NairTutoring.example ' }, known);
    expect(await resetsTo('priya@nairtutoring.example')).toEqual([{ account_id: 'ACC-1003' }]);
    expect(known.state.accountId).toBeUndefined();

    const unknown = toolContext(db, 'TechSupport');
    const notSent: any = await sendPasswordReset.execute({ email: 'nobody@nowhere.example' }, unknown);
    expect(await resetsTo('nobody@nowhere.example')).toEqual([]);
    // Same reply but for the address itself: nothing tells the two apart.
    expect(notSent.message.replace('nobody@nowhere.example', 'X')).toBe(
      sent.message.replace('priya@nairtutoring.example', 'X'),
    );
    expect(Object.keys(notSent).sort()).toEqual(Object.keys(sent).sort());
  });

  it('asks again for something that is not an address; an account already known wins', async () => {
    const result: any = await sendPasswordReset.execute(
      { email: 'priya at nair' },
      toolContext(db, 'TechSupport'),
    );
    expect(result).toMatchObject({ found: false, missing: 'email' });
    const ctx = toolContext(db, 'TechSupport');
    ctx.state.accountId = 'ACC-1001';
    const own: any = await sendPasswordReset.execute({ email: 'priya@nairtutoring.example' }, ctx);
    expect(own).toMatchObject({ accountId: 'ACC-1001', sentTo: 'm•••@brightsidedental.example' });
  });

  it('in conversation: the address said first or given to the account question opens the reset', async () => {
    const first = await converse(
      'support',
      ['forgot my password, the email on it is priya@nairtutoring.example'],
      { tool: 'send_password_reset', reply: 'reset link is on its way' },
    );
    expect(first.unmet).toEqual([]);
    const asked = await converse(
      'support',
      ["can't log in, says password wrong but I just reset it", 'my email is priya@nairtutoring.example'],
      { tool: 'send_password_reset', reply: 'reset link is on its way' },
    );
    expect(asked.unmet).toEqual([]);
    expect(toolsOf(asked).filter((t) => t.tool === 'send_password_reset')).toHaveLength(1);
  }, 120_000);
});
