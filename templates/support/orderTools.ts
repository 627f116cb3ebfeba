import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineTool, type ToolDb, type ToolRunContext } from '../../src/authoring.ts';
import { accountScope, findAccount, rememberAccount, unknownAccount } from './accountLookup.ts';
import type { SupportContext } from './context.ts';
import { supportOrders } from './schema.ts';

/**
 * Orders of extra numbers, seats and minute bundles: placing one, asking where one is, changing how many
 * while it waits to be set up, and cancelling it. What customers of any desk that sells ask next after
 * "I want to buy" ("where's my order", "can I change it", "cancel the order I just placed").
 *
 * An order is `pending` until it is set up (within one business day), then `completed`: numbers are live
 * and seats usable, so it can no longer be changed or cancelled here (removing seats or numbers is a
 * plan change). Cancelled orders stay on record.
 */

type Ctx = ToolRunContext<SupportContext>;
type OrderRow = typeof supportOrders.$inferSelect;

export const ORDER_ITEMS = ['numbers', 'seats', 'minutes'] as const;

/**
 * Sales's order tools name no example id: the router learns a tool's parameter examples as answers that
 * keep the conversation with its agent, and "ACC-1002" in "move my account ACC-1002 to Growth" must not
 * keep a plan change with Sales.
 */
const orderAccountParam = z
  .string()
  .optional()
  .describe('Account ID the order is for (starts with ACC); omit if already known in this conversation');

const orderIdParam = z
  .string()
  .optional()
  .describe(
    'Order reference as the caller said it (starts with ORD); omit when the caller means their latest order',
  );

const NEED_ACCOUNT = {
  found: false as const,
  missing: 'accountId',
  message: "What's your account ID? It starts with ACC, like ACC-1001.",
};

export function orderReference(id: number): string {
  return `ORD-${String(id).padStart(4, '0')}`;
}

/** "ORD-0002", "ord 2", "order 0002" → 2; null when no number was said. */
function orderNumber(raw: string | undefined): number | null {
  const digits = raw ? /\d+/.exec(raw) : null;
  return digits ? Number(digits[0]) : null;
}

const WHEN = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });

function describeOrder(order: OrderRow): string {
  const what = `${order.quantity} ${order.item}`;
  const placed = WHEN.format(order.createdAt);
  const ref = orderReference(order.id);
  if (order.status === 'pending')
    return `Order ${ref} for ${what}, placed on ${placed}, is being set up; it will be ready within one business day, and it can still be changed or cancelled until then.`;
  if (order.status === 'cancelled') return `Order ${ref} for ${what}, placed on ${placed}, was cancelled.`;
  return `Order ${ref} for ${what}, placed on ${placed}, is complete and already on the account.`;
}

/**
 * The order the caller means: the one named (only if it is the scoped account's), else the account's
 * latest. An account is needed either way, so nobody reads another customer's order by guessing numbers.
 */
async function findOrder(db: ToolDb, raw: string | undefined, ctx: Ctx) {
  const scope = accountScope(undefined, ctx.state);
  if (!scope.ok) return { result: scope.result };
  const accountId = scope.accountId;
  if (!accountId) return { result: NEED_ACCOUNT };
  const wanted = orderNumber(raw);
  const rows =
    wanted === null
      ? await db
          .select()
          .from(supportOrders)
          .where(eq(supportOrders.accountId, accountId))
          .orderBy(desc(supportOrders.id))
          .limit(1)
      : await db.select().from(supportOrders).where(eq(supportOrders.id, wanted));
  // Another account's order is answered exactly as one that does not exist.
  const order = rows[0]?.accountId === accountId ? rows[0] : null;
  if (!order) {
    const named = wanted === null ? '' : ` ${orderReference(wanted)}`;
    return {
      result: {
        found: false as const,
        accountId,
        message: `I couldn't find an order${named} on account ${accountId}. Order references look like ORD-0002.`,
      },
    };
  }
  return { order, accountId };
}

/** Scopes the account the model passed (refusing another's), then finds the order. */
async function orderToActOn(args: { accountId?: string; orderId?: string }, ctx: Ctx) {
  const scope = accountScope(args.accountId, ctx.state);
  if (!scope.ok) return { result: scope.result };
  if (scope.accountId && !ctx.state.accountId) {
    const account = await findAccount(ctx.db, scope.accountId);
    if (!account) return { result: unknownAccount(scope.accountId) };
    rememberAccount(ctx.state, account);
  }
  return findOrder(ctx.db, args.orderId, ctx);
}

/** The order as stored now (after a statement that found it no longer pending). */
async function orderNow(db: ToolDb, order: OrderRow): Promise<OrderRow> {
  const [row] = await db.select().from(supportOrders).where(eq(supportOrders.id, order.id));
  return row ?? order;
}

function notPending(order: OrderRow, change: string) {
  const ref = orderReference(order.id);
  const why =
    order.status === 'cancelled'
      ? `Order ${ref} was already cancelled, so there is nothing to ${change}.`
      : `Order ${ref} is already complete and on the account, so it can't be ${change === 'cancel' ? 'cancelled' : 'changed'} now; removing ${order.item} is a change to the plan, which Billing can make.`;
  return { found: true, orderId: ref, status: order.status, message: why };
}

export const placeOrder = defineTool({
  name: 'place_order',
  description:
    'Order more: extra phone numbers, user seats or minute bundles on top of the plan. Use only after the caller confirmed what and how many they want.',
  sideEffect: true,
  parameters: z.object({
    accountId: orderAccountParam,
    item: z.enum(ORDER_ITEMS).describe('What to order: numbers, seats or minutes (bundles of 1000)'),
    quantity: z.number().int().min(1).max(1000).describe('How many'),
  }),
  execute: async (args, ctx: Ctx) => {
    const scope = accountScope(args.accountId, ctx.state);
    if (!scope.ok) return scope.result;
    const accountId = scope.accountId;
    if (!accountId) return NEED_ACCOUNT;
    const account = await findAccount(ctx.db, accountId);
    if (!account) return unknownAccount(accountId);
    rememberAccount(ctx.state, account);
    const [row] = await ctx.db
      .insert(supportOrders)
      .values({ accountId, item: args.item, quantity: args.quantity })
      .returning({ id: supportOrders.id });
    const orderId = orderReference(row.id);
    return {
      found: true,
      accountId,
      orderId,
      item: args.item,
      quantity: args.quantity,
      message: `Your order of ${args.quantity} ${args.item} for ${accountId} is in; the reference is ${orderId}. It will be ready within one business day.`,
    };
  },
});

export const checkOrderStatus = defineTool({
  name: 'check_order_status',
  description:
    "Status of an existing order: any news on it, whether it has gone through, is still being set up, is ready or complete, and when it was placed. Use it when the caller asks where their order is; omit the reference for the account's latest order.",
  parameters: z.object({ orderId: orderIdParam, accountId: orderAccountParam }),
  execute: async (args, ctx: Ctx) => {
    const found = await orderToActOn(args, ctx);
    if ('result' in found) return found.result;
    const { order, accountId } = found;
    return {
      found: true,
      accountId,
      orderId: orderReference(order.id),
      item: order.item,
      quantity: order.quantity,
      status: order.status,
      message: describeOrder(order),
    };
  },
});

export const changeOrderQuantity = defineTool({
  name: 'change_order_quantity',
  description:
    'Change the quantity of an existing order still being set up to a different total, instead of the amount it was placed for. Use only after the caller confirmed the new quantity; a complete order cannot be changed.',
  sideEffect: true,
  parameters: z.object({
    orderId: orderIdParam,
    quantity: z.number().int().min(1).max(1000).describe('The new quantity for the whole order'),
    accountId: orderAccountParam,
  }),
  execute: async (args, ctx: Ctx) => {
    const found = await orderToActOn(args, ctx);
    if ('result' in found) return found.result;
    const { order, accountId } = found;
    if (order.status !== 'pending') return notPending(order, 'change');
    // Only a pending order changes, checked in the same statement: an order cancelled or completed
    // since it was read is reported as it now is, never as changed.
    const changed = await ctx.db
      .update(supportOrders)
      .set({ quantity: args.quantity })
      .where(and(eq(supportOrders.id, order.id), eq(supportOrders.status, 'pending')))
      .returning({ id: supportOrders.id });
    if (changed.length === 0) return notPending(await orderNow(ctx.db, order), 'change');
    const ref = orderReference(order.id);
    return {
      found: true,
      accountId,
      orderId: ref,
      item: order.item,
      quantity: args.quantity,
      status: 'pending',
      message: `Order ${ref} is now for ${args.quantity} ${order.item} (it was ${order.quantity}); it will be ready within one business day.`,
    };
  },
});

export const cancelOrder = defineTool({
  name: 'cancel_order',
  description:
    'Cancel an order still being set up, when the caller no longer wants it; nothing is charged for it. Use only after the caller confirmed; a complete order cannot be cancelled.',
  sideEffect: true,
  parameters: z.object({ orderId: orderIdParam, accountId: orderAccountParam }),
  execute: async (args, ctx: Ctx) => {
    const found = await orderToActOn(args, ctx);
    if ('result' in found) return found.result;
    const { order, accountId } = found;
    if (order.status !== 'pending') return notPending(order, 'cancel');
    const cancelled = await ctx.db
      .update(supportOrders)
      .set({ status: 'cancelled' })
      .where(and(eq(supportOrders.id, order.id), eq(supportOrders.status, 'pending')))
      .returning({ id: supportOrders.id });
    if (cancelled.length === 0) return notPending(await orderNow(ctx.db, order), 'cancel');
    const ref = orderReference(order.id);
    return {
      found: true,
      accountId,
      orderId: ref,
      status: 'cancelled',
      message: `I've cancelled order ${ref} for ${order.quantity} ${order.item}; nothing will be charged for it.`,
    };
  },
});
