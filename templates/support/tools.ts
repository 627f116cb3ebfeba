import { closeAccount, sendPasswordReset, unlockAccount } from './accountTools.ts';
import { changePlan, issueRefund, lookupInvoice } from './billingTools.ts';
import { cancelOrder, changeOrderQuantity, checkOrderStatus, placeOrder } from './orderTools.ts';
import { bookDemo, lookupPricing } from './salesTools.ts';
import { fetchCallLog, runWebhookDiagnostic } from './techTools.ts';

/**
 * Every tool of the support template, grouped by the agent that owns it. Changing an existing
 * account's plan and closing a paid account are Billing's (they change what the account is charged),
 * buying more (orders and what happens to them, new accounts) is Sales's, access and sign-in are TechSupport's; see
 * docs/routing.md.
 */
export const billingTools = [lookupInvoice, issueRefund, changePlan, closeAccount];
export const salesTools = [
  lookupPricing,
  bookDemo,
  placeOrder,
  checkOrderStatus,
  changeOrderQuantity,
  cancelOrder,
];
export const techTools = [fetchCallLog, runWebhookDiagnostic, sendPasswordReset, unlockAccount];

export { closeAccount, sendPasswordReset, unlockAccount } from './accountTools.ts';
export {
  changePlan,
  issueRefund,
  lookupInvoice,
  SELF_SERVICE_REFUND_LIMIT_CENTS,
} from './billingTools.ts';
export { cancelOrder, changeOrderQuantity, checkOrderStatus, placeOrder } from './orderTools.ts';
export { bookDemo, lookupPricing } from './salesTools.ts';
export { fetchCallLog, runWebhookDiagnostic } from './techTools.ts';
