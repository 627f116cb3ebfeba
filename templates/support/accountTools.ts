import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolRunContext } from '../../src/authoring.ts';
import { accountScope, findAccount, rememberAccount, unknownAccount } from './accountLookup.ts';
import type { SupportContext } from './context.ts';
import { formatMoney } from './format.ts';
import { supportAccountClosures, supportAccounts, supportLogins, supportPasswordResets } from './schema.ts';

/**
 * Account access and the account's life cycle (orders are in orderTools.ts): what a SaaS desk is asked most after billing and
 * outages. TechSupport resets passwords and unlocks sign-ins, Billing closes a
 * paid account (its subscription and charges stop; the final balance is what is left to pay).
 */

type Ctx = ToolRunContext<SupportContext>;

const accountIdParam = z
  .string()
  .optional()
  .describe('Account ID, e.g. ACC-1001; omit if already known in this conversation');

const NEED_ACCOUNT = {
  found: false as const,
  missing: 'accountId',
  message: "What's your account ID? It starts with ACC, like ACC-1001.",
};

/** "maya.patel@brightsidedental.example" → "m•••@brightsidedental.example": enough to recognise, not to leak. */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  return at <= 0 ? '•••' : `${email[0]}•••${email.slice(at)}`;
}

/** The conversation's account the tool may act on, or the answer that stops it (another's, or none yet). */
function accountToActOn(raw: string | undefined, ctx: Ctx) {
  const scope = accountScope(raw, ctx.state);
  if (!scope.ok) return scope.result;
  return scope.accountId ?? NEED_ACCOUNT;
}

export const sendPasswordReset = defineTool({
  name: 'send_password_reset',
  description:
    "Send a password reset link to the account's email on file. Use it when a caller forgot their password, cannot log in or sign in, or their reset email never arrived.",
  sideEffect: true,
  parameters: z.object({
    accountId: accountIdParam,
    // No "e.g." here: a parameter's example is router training text (routerTrainingSet.ts).
    email: z
      .string()
      .optional()
      .describe('The email address the caller signs in with, when they do not know their account ID'),
  }),
  execute: async (args, ctx: Ctx) => {
    // "I forgot my password, my email is …": whoever types an address is not yet its owner, so the
    // link goes only to the address on file and the answer is the same whether or not one matched.
    if (!ctx.state.accountId && !args.accountId && args.email) return resetByEmail(args.email, ctx);
    const accountId = accountToActOn(args.accountId, ctx);
    if (typeof accountId !== 'string') return accountId;
    const account = await findAccount(ctx.db, accountId);
    if (!account) return unknownAccount(accountId);
    rememberAccount(ctx.state, account);
    await ctx.db.insert(supportPasswordResets).values({ accountId, email: account.email });
    const sentTo = maskEmail(account.email);
    return {
      found: true,
      accountId,
      sentTo,
      message: `I've sent a password reset link to ${sentTo}; it works for one hour.`,
    };
  },
});

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A reset asked for by email address. The conversation learns nothing: no account is remembered and
 * the reply does not say whether the address is on file (no account enumeration), while the owner of
 * a matching account gets the link in their own inbox.
 */
async function resetByEmail(raw: string, ctx: Ctx) {
  const email = raw.trim().toLowerCase();
  if (!EMAIL.test(email))
    return {
      found: false as const,
      missing: 'email',
      message: "That doesn't look like an email address. Could you type it again, like name@company.com?",
    };
  const [account] = await ctx.db
    .select({ id: supportAccounts.id, email: supportAccounts.email })
    .from(supportAccounts)
    .where(sql`lower(${supportAccounts.email}) = ${email}`);
  if (account)
    await ctx.db.insert(supportPasswordResets).values({ accountId: account.id, email: account.email });
  return {
    found: true as const,
    message: `If ${email} is the address on a Relay Cloud account, a password reset link is on its way to it; it works for one hour. Nothing arrived? Tell me your account ID (like ACC-1001).`,
  };
}

export const unlockAccount = defineTool({
  name: 'unlock_account',
  description:
    'Unlock a sign-in that was locked after too many failed login attempts, and clear the failed attempts. Use it when a caller is locked out of their account or dashboard.',
  sideEffect: true,
  parameters: z.object({ accountId: accountIdParam }),
  execute: async (args, ctx: Ctx) => {
    const accountId = accountToActOn(args.accountId, ctx);
    if (typeof accountId !== 'string') return accountId;
    return ctx.db.transaction(async (tx) => {
      const account = await findAccount(tx, accountId);
      if (!account) return unknownAccount(accountId);
      rememberAccount(ctx.state, account);
      const [login] = await tx.select().from(supportLogins).where(eq(supportLogins.accountId, accountId));
      if (!login)
        return { found: false, accountId, message: `Account ${accountId} has no dashboard sign-in yet.` };
      if (!login.locked) {
        // The username is not said: a caller who gave only an account number would learn the sign-in
        // name of that account (a QA chat probe, 2026-11-27). It stays in the result, for the record.
        return {
          found: true,
          accountId,
          username: login.username,
          status: 'not_locked',
          message: `The dashboard sign-in of account ${accountId} isn't locked, so a password reset is the next step.`,
        };
      }
      await tx
        .update(supportLogins)
        .set({ locked: false, failedAttempts: 0 })
        .where(eq(supportLogins.accountId, accountId));
      return {
        found: true,
        accountId,
        username: login.username,
        status: 'unlocked',
        message: `I've unlocked the dashboard sign-in of account ${accountId}; you can log in again now.`,
      };
    });
  },
});

export const closeAccount = defineTool({
  name: 'close_account',
  description:
    'Close for good when the caller wants to leave, quit or cancel everything: stop the subscription and future charges and record the final balance still owed. Use only after the caller confirmed they want to close.',
  sideEffect: true,
  parameters: z.object({
    accountId: accountIdParam,
    reason: z.string().min(1).describe('Why the caller is leaving, in a few words'),
  }),
  execute: async (args, ctx: Ctx) => {
    const accountId = accountToActOn(args.accountId, ctx);
    if (typeof accountId !== 'string') return accountId;
    return ctx.db.transaction(async (tx) => {
      const account = await findAccount(tx, accountId);
      if (!account) return unknownAccount(accountId);
      rememberAccount(ctx.state, account);
      const [already] = await tx
        .select({ id: supportAccountClosures.id })
        .from(supportAccountClosures)
        .where(eq(supportAccountClosures.accountId, accountId))
        .limit(1);
      if (already) {
        return {
          found: true,
          accountId,
          status: 'already_closed',
          message: `Account ${accountId} is already closed.`,
        };
      }
      await tx
        .insert(supportAccountClosures)
        .values({ accountId, reason: args.reason, finalBalanceCents: account.balanceCents });
      const [{ balanceCents }] = await tx
        .select({ balanceCents: supportAccounts.balanceCents })
        .from(supportAccounts)
        .where(eq(supportAccounts.id, accountId));
      const finalBalance = formatMoney(balanceCents);
      return {
        found: true,
        accountId,
        status: 'closed',
        finalBalance,
        message:
          balanceCents > 0
            ? `Account ${accountId} is closed and won't be charged again; ${finalBalance} is still due on the final invoice.`
            : `Account ${accountId} is closed and won't be charged again; nothing is left to pay.`,
      };
    });
  },
});
