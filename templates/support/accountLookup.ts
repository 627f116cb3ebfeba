import { eq } from 'drizzle-orm';
import type { ToolDb } from '../../src/store/types.ts';
import { normalizeId } from '../shared/words.ts';
import { SUPPORT_PLANS, type SupportContext, type SupportPlan } from './context.ts';
import { supportAccounts } from './schema.ts';

export type SupportAccount = typeof supportAccounts.$inferSelect;

/**
 * The account a tool should act on: the id the model passed, else the one already in the conversation
 * state (so "and my latest invoice?" works after the account was identified by another agent).
 */
export function accountIdFrom(raw: string | null | undefined, state: SupportContext): string | null {
  return normalizeId('ACC', raw) ?? normalizeId('ACC', state.accountId);
}

export async function findAccount(db: ToolDb, accountId: string): Promise<SupportAccount | null> {
  const rows = await db.select().from(supportAccounts).where(eq(supportAccounts.id, accountId)).limit(1);
  return rows[0] ?? null;
}

/** Records the identified account in the state so later agents do not ask for it again. */
export function rememberAccount(state: SupportContext, account: Pick<SupportAccount, 'id' | 'plan'>): void {
  state.accountId = account.id;
  // Never leave the previous account's plan behind when the conversation switches accounts.
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
