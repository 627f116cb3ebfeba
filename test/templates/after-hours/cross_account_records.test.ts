import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToolDb } from '../../../src/store/types.ts';
import { lookupBalance, lookupClaim } from '../../../templates/after-hours/childTools.ts';
import type { AfterHoursContext } from '../../../templates/after-hours/context.ts';
import { afterHoursSetupSql } from '../../../templates/after-hours/setup.ts';
import { useOfflineTemplate } from '../../support/templates/shared/offlineTemplate.ts';
import { seededTemplateDb, templateToolContext } from '../../support/templates/shared/templateTestDb.ts';

/**
 * Issue #17 item 4, after-hours analogue: a caller who gave billing account AC-2001 must not hear
 * claim CLM-7002 or the balance of AC-2003 (another family's records).
 */

const t = useOfflineTemplate('after-hours', { perTest: true });

describe('after-hours: a call never reaches another billing account (offline model, whole conversation)', () => {
  it("AC-2001 asks for claim CLM-7002 (AC-2003's) and AC-2003's balance: neither is read out", async () => {
    const { id } = await t.switchboard.createConversation();
    const say = (text: string) => t.switchboard.send(id, text);

    const own = await say('what do I owe on account AC-2001?');
    expect(own.toolCalls[0]).toMatchObject({
      tool: 'lookup_balance',
      result: { found: true, accountId: 'AC-2001' },
    });

    const claim = await say("what's the status of claim CLM-7002?");
    expect(claim.toolCalls.map((c) => c.tool)).toEqual(['lookup_claim']);
    expect(claim.reply).toBe("I couldn't find claim CLM-7002.");

    const balance = await say('what about my balance on AC-2003');
    expect(balance.toolCalls.map((c) => c.tool)).toEqual(['lookup_balance']);
    expect(balance.reply).toContain('This conversation is about account AC-2001');
    expect(balance.reply).not.toMatch(/\$312\.50|owes/);
    expect((await t.store.getConversation(id))!.context).toMatchObject({ accountId: 'AC-2001' });
  });
});

describe('after-hours balance and claim tools are scoped to the call’s account', () => {
  let db: ToolDb;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await seededTemplateDb(afterHoursSetupSql));
  });
  afterAll(() => close());
  const ctx = (state: AfterHoursContext = {}) => templateToolContext(db, 'Billing', state);

  it('lookup_claim: another account’s claim reads exactly like a missing claim', async () => {
    const foreign = await lookupClaim.execute({ claimId: 'CLM-7002' }, ctx({ accountId: 'AC-2001' }));
    const missing = await lookupClaim.execute({ claimId: 'CLM-7999' }, ctx({ accountId: 'AC-2001' }));
    expect(foreign).toEqual({ found: false, message: "I couldn't find claim CLM-7002." });
    expect(missing).toEqual({ found: false, message: "I couldn't find claim CLM-7999." });
    expect(await lookupClaim.execute({ claimId: 'CLM-7006' }, ctx({ accountId: 'AC-2001' }))).toMatchObject({
      found: true,
    });
  });

  it('the first claim named establishes the account; it never switches afterwards', async () => {
    const c = ctx();
    expect(await lookupClaim.execute({ claimId: 'CLM-7002' }, c)).toMatchObject({ found: true });
    expect(c.state.accountId).toBe('AC-2003');
    expect(await lookupClaim.execute({ claimId: 'CLM-7001' }, c)).toMatchObject({ found: false });
    expect(c.state).toMatchObject({ accountId: 'AC-2003', claimId: 'CLM-7002' });
  });

  it('another account named outright is refused the same way whether or not it exists', async () => {
    const real = await lookupBalance.execute({ accountId: 'AC-2003' }, ctx({ accountId: 'AC-2001' }));
    const madeUp = await lookupBalance.execute({ accountId: 'AC-2999' }, ctx({ accountId: 'AC-2001' }));
    expect(real).toEqual(madeUp);
    expect(real).toMatchObject({ found: false, otherOwner: true });
    expect(await lookupClaim.execute({ accountId: 'AC-2003' }, ctx({ accountId: 'AC-2001' }))).toEqual(real);
  });
});
