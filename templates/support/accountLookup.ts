import type { ToolDb } from '../../src/authoring.ts';
import { namesOtherOwner, otherOwnerRefusal, ownedRecord, scopeOwner } from '../shared/ownership.ts';
import { normalizeId } from '../shared/words.ts';
import { SUPPORT_PLANS, type SupportContext, type SupportPlan } from './context.ts';
import { supportReads } from './preparedReads.ts';
import type { supportAccounts } from './schema.ts';

export type SupportAccount = typeof supportAccounts.$inferSelect;

/**
 * The account a tool may act on. Once the conversation has an account (state.accountId), that is the
 * only one: an account id the model passes for another account is refused, never switched to. Before
 * that, the id the model passed (or null: the first record looked up then establishes the account).
 */
export type AccountScope =
  | { ok: true; accountId: string | null }
  | { ok: false; result: ReturnType<typeof otherOwnerRefusal> };

export function accountScope(raw: string | null | undefined, state: SupportContext): AccountScope {
  const established = normalizeId('ACC', state.accountId);
  const named = normalizeId('ACC', raw);
  if (established && namesOtherOwner(established, named))
    return { ok: false, result: otherOwnerRefusal(`account ${established}`) };
  return { ok: true, accountId: scopeOwner(established, named) };
}

/**
 * A record of the scoped account, or null exactly as if it did not exist. Every support lookup of an
 * invoice, a call or a webhook by its own id goes through here.
 */
export function ofAccount<T extends { accountId: string }>(
  record: T | null | undefined,
  accountId: string | null,
): T | null {
  return ownedRecord(record, accountId, (r) => r.accountId);
}

export async function findAccount(db: ToolDb, accountId: string): Promise<SupportAccount | null> {
  const rows = await supportReads(db).account.execute({ id: accountId });
  return rows[0] ?? null;
}

/** Records the identified account in the state so later agents do not ask for it again. */
export function rememberAccount(state: SupportContext, account: Pick<SupportAccount, 'id' | 'plan'>): void {
  state.accountId = account.id;
  state.plan = (SUPPORT_PLANS as readonly string[]).includes(account.plan)
    ? (account.plan as SupportPlan)
    : undefined;
}

export function unknownAccount(accountId: string) {
  return {
    found: false as const,
    accountId,
    message: `I couldn't find an account with the ID ${accountId}. Account IDs look like ACC-1001.`,
  };
}
