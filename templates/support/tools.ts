/** Every tool of the support template, grouped by the agent that owns it. */
export {
  billingTools,
  changePlan,
  issueRefund,
  lookupInvoice,
  SELF_SERVICE_REFUND_LIMIT_CENTS,
} from './billingTools.ts';
export { bookDemo, lookupPricing, salesTools } from './salesTools.ts';
export { fetchCallLog, runWebhookDiagnostic, techTools } from './techTools.ts';
